/**
 * The workbook the pane works on: the adapter of the spreadsheet it runs in (./excel.ts or ./wps.ts), chosen once
 * at start-up by index.tsx ({@link connectWorkbook}). The tabs call these functions and never a host directly.
 */
import { FormulaMode } from "../core/workbook/native";
import { Bilingual } from "../core/text";
import { SheetPlan } from "../core/workbook/sheetPlan";
import { excelWorkbook } from "./excel";
import { FlaggedCell, OverwriteRefused, WorkbookAdapter, writePlanAsking as writeAsking } from "./workbook";

let workbook: WorkbookAdapter = excelWorkbook;

/** Makes `adapter` the workbook of every tab (index.tsx, before the pane renders). */
export function connectWorkbook(adapter: WorkbookAdapter): void {
  workbook = adapter;
}

/** The spreadsheet the pane runs in. */
export function workbookHost(): WorkbookAdapter["host"] {
  return workbook.host;
}

/** True when a workbook can be read and written now. */
export function workbookAvailable(): boolean {
  return workbook.available();
}

/**
 * How sheets are written unless the user chooses otherwise: live =MINE.* formulas in Excel; portable in WPS, where
 * =MINE.* needs WPS 12.1.0.20540 or later with this add-in, and a workbook written portable recalculates anywhere.
 */
export function defaultFormulaMode(): FormulaMode {
  return workbook.host === "wps" ? "portable" : "live";
}

export const suggestSheetName = (base: string): Promise<string> => workbook.suggestSheetName(base);
export const findMarkedSheets = (prefix: string) => workbook.findMarkedSheets(prefix);
export const readSheetGrid = (sheetName: string) => workbook.readSheetGrid(sheetName);
export const readWorkbookGrids = () => workbook.readWorkbookGrids();
export const readSelectionGrid = () => workbook.readSelectionGrid();
export const readSelectionValues = () => workbook.readSelectionValues();
export const highlightCells = (cells: readonly FlaggedCell[]): Promise<void> => workbook.highlightCells(cells);
export const selectCell = (sheetName: string, address: string): Promise<void> =>
  workbook.selectCell(sheetName, address);

/** {@link writeAsking} on the pane's workbook. */
export function writePlanAsking(
  plan: SheetPlan,
  confirm: (refused: OverwriteRefused) => Promise<boolean>,
): Promise<readonly Bilingual[] | null> {
  return writeAsking(workbook, plan, confirm);
}
