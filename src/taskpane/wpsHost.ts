/**
 * How a page tells it runs in WPS 表格, for the pane (./wps.ts) and the ribbon's main page (./wpsRibbon.ts) alike.
 * WPS's types merge the global `Application` with `wps` (docs/wps.md 3.4); wpsjs's ET templates call
 * `Application`, and a probe found some members only on `wps`.
 */
interface WpsGlobals {
  wps?: { Application?: object };
  Application?: { CreateTaskPane?: unknown };
}

/**
 * The object WPS's API is called on: the global `Application` (or `wps.Application`, or `wps`) when a `wps` global
 * exists, else an `Application` with WPS's `CreateTaskPane`; null anywhere else (a browser, Excel).
 */
export function wpsRoot(root: object = globalThis): object | null {
  const g = root as WpsGlobals;
  if (typeof g.wps === "object" && g.wps !== null) return g.Application ?? g.wps.Application ?? g.wps;
  return typeof g.Application?.CreateTaskPane === "function" ? g.Application : null;
}
