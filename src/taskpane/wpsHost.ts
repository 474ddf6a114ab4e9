/**
 * How a page tells it runs in WPS 表格, and whether that WPS has add-in custom functions: for the pane (./wps.ts,
 * ./App.tsx) and the ribbon's main page (./wpsRibbon.ts) alike. WPS's types merge the global `Application` with `wps`
 * (docs/wps.md 3.4); wpsjs's ET templates call `Application`, and a probe found some members only on `wps`.
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

/**
 * Whether this WPS can run add-in custom functions: `AddCustomFunction` exists from 12.1.0.20540 (docs/wps.md
 * 1.2, 1.6), the same test functions.wps.js makes before registering.
 */
export function wpsCustomFunctions(root: object = globalThis): boolean {
  const g = root as { wps?: { AddCustomFunction?: unknown } };
  const api = (g.wps ?? wpsRoot(root)) as { AddCustomFunction?: unknown } | null;
  return typeof api?.AddCustomFunction === "function";
}
