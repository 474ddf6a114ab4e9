/**
 * The Excel adapter: the only module that calls `Excel.run`, the {@link WorkbookAdapter} of Excel. It executes a
 * {@link SheetPlan} (planned by pure core code) and reads sheets back. Requirement set: ExcelApi 1.8 (see
 * {@link EXCEL_API_VERSION}).
 */
import { MineError } from "../core/errors";
import { messages } from "../core/messages";
import { Bilingual } from "../core/text";
import {
  CellRange,
  PlannedCell,
  PlannedValidation,
  SheetGrid,
  SheetPlan,
  cellAddress,
  columnName,
  rangeAddress,
} from "../core/workbook/sheetPlan";
import {
  FlaggedCell,
  HIGHLIGHT_FILL,
  MAX_SELECTION_CELLS,
  OverwriteRefused,
  ROLE_STYLES,
  SelectionGrid,
  SelectionValues,
  WorkbookAdapter,
  checkPlan,
  contentKey,
  cutToSelection,
  filledCells,
  fromA1,
  guardedRanges,
  highlightMarks,
  missingSheet,
  numberFormatOf,
  promptOf,
  runsOf,
  sheetNameFor,
} from "./workbook";

/**
 * The lowest ExcelApi set with everything used here: `Range.dataValidation` needs 1.8; `*OrNullObject` and
 * `isNullObject` need 1.4; `getUsedRange*(valuesOnly)` and `format.columnWidth` need 1.2; the rest (including
 * `getSelectedRange`, `Range.worksheet`, `Worksheet.visibility` and `format.fill`) is 1.1.
 */
export const EXCEL_API_VERSION = "1.8";

/** See {@link WorkbookAdapter.suggestSheetName}. */
export async function suggestSheetName(base: string): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheetNameFor(
      base,
      sheets.items.map((s) => s.name),
    );
  });
}

/** Number of non-empty cells (value or formula) of `range` on the sheet; 0 when the sheet does not exist. */
export async function occupiedCells(sheetName: string, range: CellRange): Promise<number> {
  if (range.rows <= 0 || range.columns <= 0) return 0;
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) return 0;
    const cells = sheet.getRange(rangeAddress(range)).load("formulas");
    await context.sync();
    return filledCells(range, cells.formulas).size;
  });
}

/**
 * {@link WorkbookAdapter.writeSheetPlan} in Excel: with `overwrite`, the guarded cells are cleared (contents, formats,
 * validation) and the charts a previous write of the same marker added are deleted first. Then cells, formats by
 * role, validations, column widths and charts; a spill's anchor is written alone and Excel fills the rest. Excel
 * writes everything as planned, so the result is always empty. Syncs: one to find the sheet, one to check its cells
 * (existing sheet only), one for all writes.
 */
export async function writeSheetPlan(plan: SheetPlan, options: { overwrite: boolean }): Promise<readonly Bilingual[]> {
  checkPlan(plan);
  const guarded = guardedRanges(plan);
  const chartPrefix = chartNamePrefix(plan.marker);

  // Returned, not thrown, so the caller gets the class itself whatever Excel.run does to a rejection.
  const refused = await Excel.run(async (context): Promise<OverwriteRefused | null> => {
    const sheets = context.workbook.worksheets;
    let sheet = sheets.getItemOrNullObject(plan.sheetName);
    await context.sync();

    const exists = !sheet.isNullObject;
    if (exists) {
      const loaded = guarded.map((r) => ({ range: r, cells: sheet.getRange(rangeAddress(r)).load("formulas") }));
      const charts = options.overwrite ? sheet.charts.load("items/name") : undefined;
      await context.sync();
      const filled = new Set<string>();
      for (const l of loaded) filledCells(l.range, l.cells.formulas, filled);
      if (filled.size > 0 && !options.overwrite) return new OverwriteRefused(plan.sheetName, filled.size);
      if (options.overwrite) {
        for (const r of guarded) {
          const range = sheet.getRange(rangeAddress(r));
          range.clear(Excel.ClearApplyTo.all);
          range.dataValidation.clear(); // clear(all) is not documented to remove validation
        }
        for (const chart of charts?.items ?? []) if (chart.name.startsWith(chartPrefix)) chart.delete();
      }
    } else {
      sheet = sheets.add(plan.sheetName);
    }

    writeCells(sheet, plan.cells);
    for (const v of plan.validations) writeValidation(sheet.getRange(rangeAddress(v.range)).dataValidation, v);
    for (const { column, width } of plan.columnWidths) {
      const letter = columnName(column);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(width);
    }
    plan.charts.forEach((c, i) => {
      const type =
        c.kind === "bar"
          ? Excel.ChartType.barClustered
          : c.kind === "line"
            ? Excel.ChartType.line
            : Excel.ChartType.columnClustered;
      const seriesBy = c.seriesBy === "columns" ? Excel.ChartSeriesBy.columns : Excel.ChartSeriesBy.rows;
      const chart = sheet.charts.add(type, sheet.getRange(rangeAddress(c.source)), seriesBy);
      chart.name = `${chartPrefix}${i + 1}`;
      chart.title.text = c.title;
      const p = c.placement;
      chart.setPosition(cellAddress(p.row, p.column), cellAddress(p.row + p.rows - 1, p.column + p.columns - 1));
    });
    sheet.activate();
    await context.sync();
    return null;
  });
  if (refused) throw refused;
  return [];
}

/** Charts carry a name derived from the marker, so an overwrite can find the ones a previous write added. */
function chartNamePrefix(marker: string): string {
  let hash = 0x811c9dc5; // FNV-1a: short, stable, and safe in a chart name whatever the marker's characters
  for (let i = 0; i < marker.length; i++) hash = Math.imul(hash ^ marker.charCodeAt(i), 0x01000193) >>> 0;
  return `MINE-${hash.toString(16).padStart(8, "0")}-chart-`;
}

/** Excel widths are in characters of the default font (7 px each plus 5 px padding); the API takes points. */
function charactersToPoints(characters: number): number {
  return Math.round(characters * 7 + 5) * 0.75;
}

function fill<T>(range: CellRange, value: T): T[][] {
  return Array.from({ length: range.rows }, () => Array<T>(range.columns).fill(value));
}

function writeCells(sheet: Excel.Worksheet, cells: readonly PlannedCell[]): void {
  // Formats first: a Text format must be in place before the string is written.
  for (const run of runsOf(cells, numberFormatOf)) {
    const formats = run.cells[0].spill
      ? fill(run.range, numberFormatOf(run.cells[0]))
      : [run.cells.map((c) => numberFormatOf(c))];
    sheet.getRange(rangeAddress(run.range)).numberFormat = formats;
  }
  for (const run of runsOf(cells, contentKey)) {
    // A spill's anchor is written alone; Excel fills the rest.
    const anchor = { ...run.range, rows: 1, columns: run.cells[0].spill ? 1 : run.range.columns };
    const range = sheet.getRange(rangeAddress(anchor));
    if (contentKey(run.cells[0]) === "formula") range.formulas = [run.cells.map((c) => c.formula as string)];
    else range.values = [run.cells.map((c) => c.value as string | number)];
  }
  for (const run of runsOf(cells, (c) => c.role)) {
    const style = ROLE_STYLES[run.cells[0].role];
    const { font, fill: background } = sheet.getRange(rangeAddress(run.range)).format;
    if (style.bold) font.bold = true;
    if (style.italic) font.italic = true;
    if (style.size !== undefined) font.size = style.size;
    if (style.color !== undefined) font.color = style.color;
    if (style.fill !== undefined) background.color = style.fill;
  }
}

function writeValidation(dv: Excel.DataValidation, v: PlannedValidation): void {
  dv.clear(); // replace, never combine with, a rule already there (the user's or an earlier write's)
  switch (v.kind) {
    case "list":
      dv.rule = { list: { inCellDropDown: true, source: v.choices.join(",") } };
      break;
    case "positive":
      dv.rule = { decimal: { formula1: 0, operator: Excel.DataValidationOperator.greaterThan } };
      break;
    case "nonNegative":
      dv.rule = { decimal: { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo } };
      break;
    case "rate":
      dv.rule = { decimal: { formula1: 0, formula2: 1, operator: Excel.DataValidationOperator.between } };
      break;
  }
  dv.prompt = { showPrompt: true, title: "", message: promptOf(v.prompt) };
}

/** The sheets whose A1 text starts with `markerPrefix`, in workbook order, with the A1 text. */
export async function findMarkedSheets(markerPrefix: string): Promise<{ name: string; marker: string }[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/position");
    await context.sync();
    const ordered = [...sheets.items].sort((a, b) => a.position - b.position);
    const a1 = ordered.map((s) => ({ name: s.name, cell: s.getRange("A1").load("values") }));
    await context.sync();
    return a1
      .map(({ name, cell }) => ({ name, marker: cell.values[0][0] as unknown }))
      .filter((s): s is { name: string; marker: string } => typeof s.marker === "string")
      .filter((s) => s.marker.startsWith(markerPrefix));
  });
}

/**
 * values and formulas from A1 to the last cell of the used range (empty arrays for an empty sheet); throws a
 * {@link MineError} (`na`, in both languages) if the sheet does not exist, e.g. deleted since the list was read.
 */
export async function readSheetGrid(sheetName: string): Promise<SheetGrid> {
  const grid = await Excel.run(async (context): Promise<SheetGrid | null> => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) return null;
    // valuesOnly: formatting alone (e.g. a styled but empty column) must not widen the grid.
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,formulas");
    await context.sync();
    return gridFromA1(used);
  });
  if (!grid) throw missingSheet(sheetName);
  return grid;
}

/** A loaded used range (or null object) as a grid from A1: the used range may start below or right of A1. */
function gridFromA1(used: Excel.Range): SheetGrid {
  if (used.isNullObject) return { values: [], formulas: [] };
  return {
    values: fromA1(used.rowIndex, used.columnIndex, used.values),
    formulas: fromA1(used.rowIndex, used.columnIndex, used.formulas),
  };
}

/**
 * Every visible worksheet (hidden and very hidden ones are left out), in workbook order, as {@link readSheetGrid}
 * reads one: values and formulas from A1. One sync for the list, one for all the sheets' cells.
 */
export async function readWorkbookGrids(): Promise<{ name: string; grid: SheetGrid }[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/position,items/visibility");
    await context.sync();
    const visible = [...sheets.items].filter((s) => s.visibility === "Visible").sort((a, b) => a.position - b.position);
    const used = visible.map((s) => ({
      name: s.name,
      range: s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,formulas"),
    }));
    await context.sync();
    return used.map(({ name, range }) => ({ name, grid: gridFromA1(range) }));
  });
}

/**
 * The sheet of the selected range, read from A1 like {@link readSheetGrid}, with every cell outside the selection
 * blanked ({@link cutToSelection}). A selection of whole columns or rows is read as the used part of it. Excel
 * refuses `getSelectedRange` for a selection of several areas; that error is passed on.
 */
export async function readSelectionGrid(): Promise<SelectionGrid> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange().load("address,rowIndex,columnIndex,rowCount,columnCount");
    const sheet = selected.worksheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,formulas");
    await context.sync();
    const { rowIndex: top, columnIndex: left } = selected;
    return {
      name: sheet.name,
      grid: cutToSelection(gridFromA1(used), {
        top,
        left,
        bottom: top + selected.rowCount,
        right: left + selected.columnCount,
      }),
      address: selected.address.slice(selected.address.lastIndexOf("!") + 1).replace(/\$/g, ""),
      cells: selected.rowCount * selected.columnCount,
    };
  });
}

/**
 * The values of the selected range ({@link SelectionValues}). A selection larger than {@link MAX_SELECTION_CELLS}
 * (e.g. whole columns) is refused with a MineError before its values are loaded. Excel refuses `getSelectedRange`
 * for a selection of several areas; that error is passed on. Two syncs: the size, then the values.
 */
export async function readSelectionValues(): Promise<SelectionValues> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange().load("address,rowIndex,columnIndex,rowCount,columnCount");
    const sheet = selected.worksheet.load("name");
    await context.sync();
    const cells = selected.rowCount * selected.columnCount;
    if (cells > MAX_SELECTION_CELLS) {
      throw new MineError("value", messages.importTooLarge(selected.address, cells));
    }
    selected.load("values");
    await context.sync();
    return {
      sheet: sheet.name,
      address: selected.address,
      row: selected.rowIndex,
      column: selected.columnIndex,
      values: selected.values as unknown[][],
    };
  });
}

/**
 * Fills each cell with {@link HIGHLIGHT_FILL} of its severity ({@link highlightMarks}). Values, formulas and number
 * formats are left alone; the former fill is replaced and not recorded. Cells without an address and sheets that no
 * longer exist are skipped. `note` is not written into the workbook: cell notes need ExcelApi 1.18 and comments
 * 1.10, above the add-in's 1.8 floor, and a comment would add an author thread to the plan; the note is in the
 * report sheet instead. One sync to find the sheets, one for the fills.
 */
export async function highlightCells(cells: readonly FlaggedCell[]): Promise<void> {
  const bySheet = highlightMarks(cells);
  if (bySheet.size === 0) return;
  await Excel.run(async (context) => {
    const sheets = [...bySheet].map(([name, marks]) => ({
      marks,
      sheet: context.workbook.worksheets.getItemOrNullObject(name),
    }));
    await context.sync();
    for (const { sheet, marks } of sheets) {
      if (sheet.isNullObject) continue;
      for (const [address, severity] of marks) sheet.getRange(address).format.fill.color = HIGHLIGHT_FILL[severity];
    }
    await context.sync();
  });
}

/**
 * Shows a cell in Excel: activates its sheet and selects it (a review finding's address, clicked). Throws a
 * {@link MineError} (`na`, in both languages) when the sheet no longer exists.
 */
export async function selectCell(sheetName: string, address: string): Promise<void> {
  const found = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) return false;
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
    return true;
  });
  if (!found) throw missingSheet(sheetName);
}

/** True when the page runs inside Excel with ExcelApi {@link EXCEL_API_VERSION}. */
export function excelAvailable(): boolean {
  try {
    // Outside Office, office.js leaves Office.context.requirements undefined (and Excel undefined).
    return (
      typeof Excel !== "undefined" &&
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", EXCEL_API_VERSION) === true
    );
  } catch {
    return false;
  }
}

/** The pane's workbook in Excel. */
export const excelWorkbook: WorkbookAdapter = {
  host: "excel",
  available: excelAvailable,
  suggestSheetName,
  occupiedCells,
  writeSheetPlan,
  findMarkedSheets,
  readSheetGrid,
  readWorkbookGrids,
  readSelectionGrid,
  readSelectionValues,
  highlightCells,
  selectCell,
};
