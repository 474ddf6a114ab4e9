/**
 * The Excel adapter: the only module that calls `Excel.run`. It executes a {@link SheetPlan} (planned by pure core
 * code) and reads sheets back. Requirement set: ExcelApi 1.8 (see {@link EXCEL_API_VERSION}).
 */
import { MineError } from "../core/errors";
import { messages } from "../core/messages";
import {
  CellRange,
  CellRole,
  PlannedCell,
  PlannedValidation,
  SheetGrid,
  SheetPlan,
  cellAddress,
  columnName,
  footprintOf,
  rangeAddress,
} from "../core/workbook/sheetPlan";

/**
 * The lowest ExcelApi set with everything used here: `Range.dataValidation` needs 1.8; `*OrNullObject` and
 * `isNullObject` need 1.4; `getUsedRange*(valuesOnly)` and `format.columnWidth` need 1.2; the rest (including
 * `getSelectedRange`, `Range.worksheet`, `Worksheet.visibility` and `format.fill`) is 1.1.
 */
export const EXCEL_API_VERSION = "1.8";

/** Thrown by writeSheetPlan when cells under the plan's footprint are not empty and overwrite was not allowed. */
export class OverwriteRefused extends Error {
  readonly sheetName: string;
  readonly occupied: number;

  constructor(sheetName: string, occupied: number) {
    super(
      `工作表“${sheetName}”的目标区域已有 ${occupied} 个非空单元格，未覆盖 | ` +
        `Sheet "${sheetName}" has ${occupied} non-empty cell(s) where the plan would write; not overwritten`,
    );
    this.name = "OverwriteRefused";
    this.sheetName = sheetName;
    this.occupied = occupied;
  }
}

const MAX_SHEET_NAME = 31;

/** `base` if no sheet has that name, else "base (2)", "base (3)", … (Excel sheet names: ≤ 31 chars, none of : \ / ? * [ ]; trim base to fit). */
export async function suggestSheetName(base: string): Promise<string> {
  const clean =
    base
      .replace(/[:\\/?*[\]]/g, "_")
      .replace(/^[\s']+|[\s']+$/g, "") // Excel also refuses a leading or trailing apostrophe
      .trim() || "Sheet";
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    // Sheet names are case-insensitive; "History" is reserved by Excel.
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()).concat("history"));
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? "" : ` (${n})`;
      const name = cut(clean, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
      if (!taken.has(name.toLowerCase())) return name;
    }
  });
}

/** The first `length` UTF-16 units of `text`, without splitting a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
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

/** Keys "row,column" of the non-empty cells; `formulas` holds the formula or the constant, "" when empty. */
function filledCells(range: CellRange, formulas: unknown[][], into = new Set<string>()): Set<string> {
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f !== "" && f !== null && f !== undefined) into.add(`${range.row + r},${range.column + c}`);
    }),
  );
  return into;
}

/**
 * The write every tab uses: writes `plan`; if cells under it are not empty, asks `confirm` (the taskpane's dialog)
 * and writes over them only on yes. Resolves true when written, false when the user declined.
 */
export async function writePlanAsking(
  plan: SheetPlan,
  confirm: (refused: OverwriteRefused) => Promise<boolean>,
): Promise<boolean> {
  try {
    await writeSheetPlan(plan, { overwrite: false });
    return true;
  } catch (e) {
    if (!(e instanceof OverwriteRefused)) throw e;
    if (!(await confirm(e))) return false;
    await writeSheetPlan(plan, { overwrite: true });
    return true;
  }
}

/**
 * Writes the plan: creates the sheet when missing; when it exists and any cell of plan.extent or of a spill range
 * is non-empty, throws {@link OverwriteRefused} unless options.overwrite, which first clears those cells (contents,
 * formats, validation) and deletes the charts a previous write of the same marker added. Then writes cells, formats
 * by role, validations, column widths and charts, and activates the sheet. Syncs: one to find the sheet, one to
 * check its cells (existing sheet only), one for all writes.
 */
export async function writeSheetPlan(plan: SheetPlan, options: { overwrite: boolean }): Promise<void> {
  checkPlan(plan);
  const extent = isEmptyRange(plan.extent) ? [] : [plan.extent];
  const spills = plan.cells.filter((c) => c.spill).map(footprintOf);
  const guarded = extent.concat(spills);
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
}

function isEmptyRange(r: CellRange): boolean {
  return r.rows <= 0 || r.columns <= 0;
}

/** Refuses, before touching the workbook, what Excel would reject halfway through the write batch. */
function checkPlan(plan: SheetPlan): void {
  for (const v of plan.validations) {
    if (v.kind !== "list") continue;
    if (v.choices.some((c) => c.includes(","))) {
      throw new Error(`List validation choices cannot contain a comma: ${v.choices.join(" / ")}`);
    }
    if (v.choices.join(",").length > 255) throw new Error("List validation choices exceed Excel's 255 characters");
  }
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

/** Strings Excel would turn into a formula, number, date or boolean when written through `values`. */
function looksConvertible(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@]/.test(t) ||
    /^\(?[$¥€£]?[\d.,]+(e[-+]?\d+)?%?\)?$/i.test(t) ||
    /^\d+\s*[/:.\-年]\s*\d+/.test(t) ||
    /^(true|false)$/i.test(t)
  );
}

/** The number format a cell needs, if any: the plan's, or Text ("@") so a convertible string stays text. */
function numberFormatOf(cell: PlannedCell): string | null {
  if (cell.numberFormat !== undefined) return cell.numberFormat;
  if (cell.formula === undefined && typeof cell.value === "string" && looksConvertible(cell.value)) return "@";
  return null;
}

interface Run {
  readonly range: CellRange;
  readonly cells: readonly PlannedCell[];
}

/**
 * Groups cells into runs along a row that share a key (null: skip the cell), so one range write covers each run.
 * A spilling cell is a run of its own, covering its whole spill.
 */
function runsOf(cells: readonly PlannedCell[], key: (c: PlannedCell) => string | null): Run[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Run[] = [];
  let current: PlannedCell[] = [];
  let currentKey: string | null = null;
  const flush = () => {
    if (current.length > 0) {
      const first = current[0];
      runs.push({ range: { row: first.row, column: first.column, rows: 1, columns: current.length }, cells: current });
    }
    current = [];
  };
  for (const cell of sorted) {
    const k = key(cell);
    if (k === null) {
      flush();
      continue;
    }
    if (cell.spill) {
      flush();
      runs.push({ range: footprintOf(cell), cells: [cell] });
      continue;
    }
    const last = current[current.length - 1];
    if (!last || last.row !== cell.row || last.column + 1 !== cell.column || k !== currentKey) flush();
    current.push(cell);
    currentKey = k;
  }
  flush();
  return runs;
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
  const contentKey = (c: PlannedCell) => (c.formula !== undefined ? "formula" : c.value !== undefined ? "value" : null);
  for (const run of runsOf(cells, contentKey)) {
    // A spill's anchor is written alone; Excel fills the rest.
    const anchor = { ...run.range, rows: 1, columns: run.cells[0].spill ? 1 : run.range.columns };
    const range = sheet.getRange(rangeAddress(anchor));
    if (contentKey(run.cells[0]) === "formula") range.formulas = [run.cells.map((c) => c.formula as string)];
    else range.values = [run.cells.map((c) => c.value as string | number)];
  }
  for (const run of runsOf(cells, (c) => c.role))
    styleRange(sheet.getRange(rangeAddress(run.range)), run.cells[0].role);
}

const HEADING_FILL = "#DDEBF7";
const INPUT_FILL = "#FFF2CC";
const FORMULA_FILL = "#F2F2F2";
const NOTE_COLOR = "#7F7F7F";

function styleRange(range: Excel.Range, role: CellRole): void {
  const { font, fill } = range.format;
  switch (role) {
    case "title":
      font.bold = true;
      font.size = 14;
      break;
    case "heading":
      font.bold = true;
      fill.color = HEADING_FILL;
      break;
    case "label":
      font.bold = true;
      break;
    case "input":
      fill.color = INPUT_FILL;
      break;
    case "formula":
      fill.color = FORMULA_FILL;
      break;
    case "note":
      font.italic = true;
      font.color = NOTE_COLOR;
      break;
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
  // Excel caps an input message at 255 characters.
  const message = v.prompt.length > 255 ? `${v.prompt.slice(0, 254)}…` : v.prompt;
  dv.prompt = { showPrompt: true, title: "", message };
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
  if (!grid) throw new MineError("na", { zh: `工作表“${sheetName}”不存在`, en: `Sheet "${sheetName}" does not exist` });
  return grid;
}

/** A loaded used range (or null object) as a grid from A1: the used range may start below or right of A1. */
function gridFromA1(used: Excel.Range): SheetGrid {
  if (used.isNullObject) return { values: [], formulas: [] };
  const pad = (grid: unknown[][]): unknown[][] => {
    const width = used.columnIndex + (grid[0]?.length ?? 0);
    const blank = (n: number) => Array<unknown>(n).fill("");
    return [
      ...Array.from({ length: used.rowIndex }, () => blank(width)),
      ...grid.map((row) => [...blank(used.columnIndex), ...row]),
    ];
  };
  return { values: pad(used.values), formulas: pad(used.formulas) };
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
 * blanked (and the grid cut at the selection's last row and column), so that only the selected table is reviewed
 * while every address stays that of the sheet. A selection of whole columns or rows is read as the used part of
 * it. Excel refuses `getSelectedRange` for a selection of several areas; that error is passed on.
 */
export async function readSelectionGrid(): Promise<{ name: string; grid: SheetGrid; address: string; cells: number }> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange().load("address,rowIndex,columnIndex,rowCount,columnCount");
    const sheet = selected.worksheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,formulas");
    await context.sync();
    const { rowIndex: top, columnIndex: left } = selected;
    const bottom = top + selected.rowCount; // exclusive
    const right = left + selected.columnCount;
    const full = gridFromA1(used);
    const cut = (grid: readonly (readonly unknown[])[]): unknown[][] =>
      grid.slice(0, bottom).map((row, r) => row.slice(0, right).map((cell, c) => (r >= top && c >= left ? cell : "")));
    return {
      name: sheet.name,
      grid: { values: cut(full.values), formulas: cut(full.formulas) },
      // The address without its sheet ("B3" or "A1:D9").
      address: selected.address.slice(selected.address.lastIndexOf("!") + 1).replace(/\$/g, ""),
      cells: selected.rowCount * selected.columnCount,
    };
  });
}

/** The most cells {@link readSelectionValues} reads: a table, not a whole column. */
export const MAX_SELECTION_CELLS = 10_000;

/**
 * The values of the selected range (numbers, text, booleans; "" for empty cells), its sheet, its address and where
 * it starts (0-based), for filling a table of the pane from it. A selection larger than {@link MAX_SELECTION_CELLS}
 * (e.g. whole columns) is refused with a MineError before its values are loaded. Excel refuses `getSelectedRange` for
 * a selection of several areas; that error is passed on. Two syncs: the size, then the values.
 */
export async function readSelectionValues(): Promise<{
  sheet: string;
  address: string;
  row: number;
  column: number;
  values: unknown[][];
}> {
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

/** The fill {@link highlightCells} gives a failing cell (Excel's "bad" red) and a warning (its "neutral" amber). */
export const HIGHLIGHT_FILL = { fail: "#FFC7CE", warn: "#FFEB9C" } as const;

/**
 * Fills each cell with {@link HIGHLIGHT_FILL} of its severity (a cell listed both as fail and warn is filled as
 * fail). Values, formulas and number formats are left alone; the former fill is replaced and not recorded.
 * Cells without an address and sheets that no longer exist are skipped. `note` is not written into the workbook:
 * cell notes need ExcelApi 1.18 and comments 1.10, above the add-in's 1.8 floor, and a comment would add an author
 * thread to the plan; the note is in the report sheet instead. One sync to find the sheets, one for the fills.
 */
export async function highlightCells(
  cells: readonly { sheet: string; address: string; severity: "fail" | "warn"; note: string }[],
): Promise<void> {
  const bySheet = new Map<string, Map<string, "fail" | "warn">>();
  for (const { sheet, address, severity } of cells) {
    if (address.trim() === "") continue;
    const marks = bySheet.get(sheet) ?? new Map<string, "fail" | "warn">();
    bySheet.set(sheet, marks);
    const key = address.replace(/\$/g, "").toUpperCase();
    if (marks.get(key) !== "fail") marks.set(key, severity);
  }
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
  if (!found)
    throw new MineError("na", { zh: `工作表“${sheetName}”不存在`, en: `Sheet "${sheetName}" does not exist` });
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
