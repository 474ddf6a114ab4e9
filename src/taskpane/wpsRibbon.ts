/**
 * The ribbon of the WPS add-in (dist-wps/ribbon.xml): its callbacks, defined on the hidden main page (index.html)
 * that WPS opens at start-up (docs/wps.md 1.13, 3.2). The button opens the pane as wpsjs's templates do: a task
 * pane is created once with `CreateTaskPane(url, title)`, made visible, and its ID kept in `PluginStorage`; later
 * clicks show or hide that same pane.
 */
import { wpsRoot } from "./wpsHost";

/** The part of the `wps` global the ribbon uses (et-jsapi-declare `index.d.ts`, docs/wps.md 3.2–3.3). */
export interface WpsRibbonHost {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: string): WpsTaskPane | null | undefined;
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): unknown };
}

export interface WpsTaskPane {
  readonly ID: string;
  Visible: boolean;
  DockPosition: number;
}

/** KsoMsoCTPDockPosition.msoCTPDockPositionRight (the templates define it themselves while wps.Enum may lack it). */
const DOCK_RIGHT = 2;
const PANE_KEY = "mine_taskpane_id";
export const PANE_PAGE = "pane/taskpane.html";
export const PANE_TITLE = "MINE 三率";

/** Shows the pane (creating it the first time, docked right), or hides it when it is showing. */
export function togglePane(wps: WpsRibbonHost, base: string): void {
  const id = wps.PluginStorage.getItem(PANE_KEY);
  const existing = typeof id === "string" && id !== "" ? wps.GetTaskPane(id) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return;
  }
  const pane = wps.CreateTaskPane(new URL(PANE_PAGE, base).href, PANE_TITLE);
  pane.DockPosition = DOCK_RIGHT;
  pane.Visible = true;
  wps.PluginStorage.setItem(PANE_KEY, pane.ID);
}

/** The callbacks ribbon.xml names, as globals of the main page. */
export function ribbonCallbacks(wps: WpsRibbonHost, base: string) {
  return {
    /** customUI onLoad: the ribbon is accepted. */
    OnMineLoad: (): boolean => true,
    /** The button's onAction. */
    OnMinePane: (): boolean => {
      togglePane(wps, base);
      return true;
    },
    /** The button's getImage: a path relative to the add-in's folder. */
    GetMineImage: (): string => "assets/icon-32.png",
  };
}

const host = wpsRoot() as WpsRibbonHost | null;
const location = (globalThis as { location?: { href: string } }).location;
if (host && location) Object.assign(globalThis, ribbonCallbacks(host, location.href));
