/**
 * What the pane asks of a spreadsheet, whichever it runs in: the {@link WorkbookAdapter} interface that the Excel
 * adapter (./excel.ts, Office.js) and the WPS 表格 adapter (./wps.ts, the ET object model) both implement, and the
 * rules they share (which cells a write guards, how a plan's cells group into runs, how each role is styled, how a
 * sheet is read from A1). Nothing here calls a host.
 */
import { MineError } from "../core/errors";
import { messages } from "../core/messages";
import { Bilingual } from "../core/text";
import { CellRange, CellRole, PlannedCell, SheetGrid, SheetPlan, footprintOf } from "../core/workbook/sheetPlan";

/** A cell a review flags, to be filled with {@link HIGHLIGHT_FILL} of its severity. */
export interface FlaggedCell {
  readonly sheet: string;
  readonly address: string;
  readonly severity: "fail" | "warn";
  readonly note: string;
}

/** The selected table read as a sheet from A1, every cell outside the selection blanked (see readSelectionGrid). */
export interface SelectionGrid {
  readonly name: string;
  readonly grid: SheetGrid;
  /** Without its sheet and without `$`: "B3" or "A1:D9". */
  readonly address: string;
  readonly cells: number;
}

/** The values of the selected range, for filling a table of the pane from it. */
export interface SelectionValues {
  readonly sheet: string;
  readonly address: string;
  /** Where the selection starts, 0-based. */
  readonly row: number;
  readonly column: number;
  /** Numbers, text, booleans; "" for an empty cell. */
  readonly values: unknown[][];
}

/**
 * One spreadsheet as the pane uses it. Every method may reject with what the host threw; those that name a sheet
 * reject with a {@link MineError} (`na`, both languages) when it does not exist.
 */
export interface WorkbookAdapter {
  /** The spreadsheet the pane runs in. */
  readonly host: "excel" | "wps";
  /** True when a workbook can be read and written now. */
  available(): boolean;
  /** `base`, or "base (2)", "base (3)"…, whichever no sheet has yet ({@link sheetNameFor}). */
  suggestSheetName(base: string): Promise<string>;
  /** The non-empty cells (value or formula) of `range` on the sheet; 0 when the sheet does not exist. */
  occupiedCells(sheetName: string, range: CellRange): Promise<number>;
  /**
   * Writes the plan (creating the sheet when missing), then activates its sheet. When any cell it guards
   * ({@link guardedRanges}) is not empty, rejects with {@link OverwriteRefused} unless `overwrite`, which first clears
   * those cells. Resolves to what this host could not write as planned (charts, a spill), each said in both
   * languages: empty when everything was written.
   */
  writeSheetPlan(plan: SheetPlan, options: { overwrite: boolean }): Promise<readonly Bilingual[]>;
  /** The sheets whose A1 text starts with `markerPrefix`, in workbook order, with the A1 text. */
  findMarkedSheets(markerPrefix: string): Promise<{ name: string; marker: string }[]>;
  /** Values and formulas from A1 to the last cell holding a value or formula (empty arrays for an empty sheet). */
  readSheetGrid(sheetName: string): Promise<SheetGrid>;
  /** Every visible sheet in workbook order, each read as {@link WorkbookAdapter.readSheetGrid} reads one. */
  readWorkbookGrids(): Promise<{ name: string; grid: SheetGrid }[]>;
  /** The sheet of the selection read from A1, cells outside the selection blanked ({@link cutToSelection}). */
  readSelectionGrid(): Promise<SelectionGrid>;
  /** The selection's values; more than {@link MAX_SELECTION_CELLS} cells is refused before they are read. */
  readSelectionValues(): Promise<SelectionValues>;
  /** Fills each flagged cell ({@link highlightMarks}); cells without an address and missing sheets are skipped. */
  highlightCells(cells: readonly FlaggedCell[]): Promise<void>;
  /** Activates the sheet and selects the cell (a review finding's address, clicked). */
  selectCell(sheetName: string, address: string): Promise<void>;
}

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

/** The error for a sheet that does not exist (e.g. deleted since the pane listed it), in both languages. */
export function missingSheet(sheetName: string): MineError {
  return new MineError("na", messages.sheetMissing(sheetName));
}

/**
 * The write every tab uses: writes `plan`; if cells under it are not empty, asks `confirm` (the taskpane's dialog)
 * and writes over them only on yes. Resolves to what the host could not write as planned (empty when all was
 * written), or null when the user declined.
 */
export async function writePlanAsking(
  workbook: WorkbookAdapter,
  plan: SheetPlan,
  confirm: (refused: OverwriteRefused) => Promise<boolean>,
): Promise<readonly Bilingual[] | null> {
  try {
    return await workbook.writeSheetPlan(plan, { overwrite: false });
  } catch (e) {
    if (!(e instanceof OverwriteRefused)) throw e;
    if (!(await confirm(e))) return null;
    return workbook.writeSheetPlan(plan, { overwrite: true });
  }
}

const MAX_SHEET_NAME = 31;

/**
 * `base` if no sheet of `taken` has that name, else "base (2)", "base (3)", … Sheet names: at most 31 characters,
 * none of : \ / ? * [ ], no leading or trailing apostrophe, compared case-insensitively; "History" is reserved.
 */
export function sheetNameFor(base: string, taken: readonly string[]): string {
  const clean =
    base
      .replace(/[:\\/?*[\]]/g, "_")
      .replace(/^[\s']+|[\s']+$/g, "")
      .trim() || "Sheet";
  const used = new Set(taken.map((name) => name.toLowerCase()).concat("history"));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = cut(clean, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** The first `length` UTF-16 units of `text`, without splitting a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** Keys "row,column" of the non-empty cells; `formulas` holds the formula or the constant, "" when empty. */
export function filledCells(
  range: CellRange,
  formulas: readonly (readonly unknown[])[],
  into = new Set<string>(),
): Set<string> {
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f !== "" && f !== null && f !== undefined) into.add(`${range.row + r},${range.column + c}`);
    }),
  );
  return into;
}

/** What a write must find empty: the plan's extent and each spill's footprint (a spill may reach below it). */
export function guardedRanges(plan: SheetPlan): CellRange[] {
  const extent = plan.extent.rows <= 0 || plan.extent.columns <= 0 ? [] : [plan.extent];
  return extent.concat(plan.cells.filter((c) => c.spill).map(footprintOf));
}

/** Refuses, before touching the workbook, what a spreadsheet would reject halfway through a write. */
export function checkPlan(plan: SheetPlan): void {
  for (const v of plan.validations) {
    if (v.kind !== "list") continue;
    if (v.choices.some((c) => c.includes(","))) {
      throw new Error(`List validation choices cannot contain a comma: ${v.choices.join(" / ")}`);
    }
    if (v.choices.join(",").length > 255) throw new Error("List validation choices exceed Excel's 255 characters");
  }
}

/** A validation's input message as spreadsheets take it: at most 255 characters. */
export function promptOf(prompt: string): string {
  return prompt.length > 255 ? `${prompt.slice(0, 254)}…` : prompt;
}

/** Strings a spreadsheet would turn into a formula, number, date or boolean when written as a value. */
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
export function numberFormatOf(cell: PlannedCell): string | null {
  if (cell.numberFormat !== undefined) return cell.numberFormat;
  if (cell.formula === undefined && typeof cell.value === "string" && looksConvertible(cell.value)) return "@";
  return null;
}

/** A row of adjacent cells sharing a key, or one spilling cell over its whole spill: one range write each. */
export interface Run {
  readonly range: CellRange;
  readonly cells: readonly PlannedCell[];
}

/**
 * Groups cells into runs along a row that share a key (null: skip the cell), so one range write covers each run.
 * A spilling cell is a run of its own, covering its whole spill.
 */
export function runsOf(cells: readonly PlannedCell[], key: (c: PlannedCell) => string | null): Run[] {
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

/** A cell's content kind for {@link runsOf}: a formula, a value, or nothing to write. */
export function contentKey(cell: PlannedCell): "formula" | "value" | null {
  return cell.formula !== undefined ? "formula" : cell.value !== undefined ? "value" : null;
}

/** How a cell of each role looks; colours as "#RRGGBB". */
export interface RoleStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
}

export const ROLE_STYLES: Readonly<Record<CellRole, RoleStyle>> = {
  title: { bold: true, size: 14 },
  heading: { bold: true, fill: "#DDEBF7" },
  label: { bold: true },
  input: { fill: "#FFF2CC" },
  formula: { fill: "#F2F2F2" },
  note: { italic: true, color: "#7F7F7F" },
};

/** The fill a flagged cell gets: Excel's "bad" red for a failure, its "neutral" amber for a warning. */
export const HIGHLIGHT_FILL = { fail: "#FFC7CE", warn: "#FFEB9C" } as const;

/**
 * The flagged cells by sheet, then by address without `$` (upper case), each with its severity: a cell flagged both
 * ways is a failure; cells without an address are left out.
 */
export function highlightMarks(cells: readonly FlaggedCell[]): Map<string, Map<string, "fail" | "warn">> {
  const bySheet = new Map<string, Map<string, "fail" | "warn">>();
  for (const { sheet, address, severity } of cells) {
    if (address.trim() === "") continue;
    const marks = bySheet.get(sheet) ?? new Map<string, "fail" | "warn">();
    bySheet.set(sheet, marks);
    const key = address.replace(/\$/g, "").toUpperCase();
    if (marks.get(key) !== "fail") marks.set(key, severity);
  }
  return bySheet;
}

/** The most cells readSelectionValues reads: a table, not a whole column. */
export const MAX_SELECTION_CELLS = 10_000;

/** A used range's cells (starting at 0-based `row`, `column`) as a grid from A1, blank ("") before it. */
export function fromA1(row: number, column: number, grid: readonly (readonly unknown[])[]): unknown[][] {
  const width = column + (grid[0]?.length ?? 0);
  const blank = (n: number) => Array<unknown>(n).fill("");
  return [...Array.from({ length: row }, () => blank(width)), ...grid.map((cells) => [...blank(column), ...cells])];
}

/**
 * A sheet's grid with every cell outside the selection (0-based `top`, `left`, exclusive `bottom`, `right`) blanked
 * and the grid cut after it: only the selected table is reviewed, while every address stays that of the sheet.
 */
export function cutToSelection(
  grid: SheetGrid,
  selection: { top: number; left: number; bottom: number; right: number },
): SheetGrid {
  const { top, left, bottom, right } = selection;
  const cutGrid = (cells: readonly (readonly unknown[])[]): unknown[][] =>
    cells.slice(0, bottom).map((row, r) => row.slice(0, right).map((cell, c) => (r >= top && c >= left ? cell : "")));
  return { values: cutGrid(grid.values), formulas: cutGrid(grid.formulas) };
}
