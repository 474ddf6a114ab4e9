/**
 * The WPS 表格 adapter: the {@link WorkbookAdapter} of the ET object model, the only module of the pane that touches
 * it. Written from WPS's type packages and public reports, never run in a real WPS (docs/wps.md §3):
 * - the calls are synchronous COM-style members of the global `Application` (3.4, 3.5);
 * - cells are read and written through `Value2` and `Formula` only: assigning `Range.Value` is reported to throw
 *   "Cannot redefine property: Value" (3.7);
 * - a multi-cell `Value2` or `Formula` is rows of cells, a single cell's a scalar (2.3); COM indices are 1-based;
 * - colours are COM's BGR numbers; `ColumnWidth` is in characters, as the plan's widths are.
 *
 * What no source shows working in WPS degrades visibly: charts are not written (the write says so and names their
 * data), a dynamic-array formula is written as an array formula over its spill (said too), and a data validation
 * that WPS refuses is skipped and named.
 */
import { MineError } from "../core/errors";
import { messages } from "../core/messages";
import { Bilingual } from "../core/text";
import {
  CellRange,
  PlannedValidation,
  SheetGrid,
  SheetPlan,
  columnName,
  footprintOf,
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
import { wpsRoot } from "./wpsHost";

/** The members of an ET Range the adapter uses (et-jsapi-declare `lib.et.d.ts`, docs/wps.md 3.6). */
export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Areas: { readonly Count: number };
  readonly Parent: EtWorksheet;
  Value2: unknown;
  Formula: unknown;
  FormulaArray: unknown;
  NumberFormat: unknown;
  ColumnWidth: unknown;
  readonly Font: { Bold: unknown; Italic: unknown; Size: unknown; Color: unknown };
  readonly Interior: { Color: unknown };
  readonly Validation: {
    Add(type: number, alertStyle: number, operator: number, formula1: string, formula2?: string): unknown;
    Delete(): unknown;
    InputMessage: unknown;
    ShowInput: unknown;
  };
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Clear(): unknown;
  Select(): unknown;
}

export interface EtWorksheet {
  Name: string;
  readonly Visible: unknown;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  Activate(): unknown;
}

export interface EtWorkbook {
  readonly Worksheets: {
    readonly Count: number;
    Item(index: number): EtWorksheet;
    Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
  };
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null | undefined;
  readonly Selection: unknown;
}

/** The ET application when the page runs in WPS 表格 ({@link wpsRoot}); null anywhere else. */
export function wpsApplication(root: object = globalThis): EtApplication | null {
  return wpsRoot(root) as EtApplication | null;
}

// COM constants (XlDVType, XlDVAlertStyle, XlFormatConditionOperator, XlSheetVisibility).
const VALIDATE_DECIMAL = 2;
const VALIDATE_LIST = 3;
const ALERT_STOP = 1;
const OPERATOR = { between: 1, greater: 5, greaterOrEqual: 7 } as const;
const SHEET_HIDDEN = [0, 2, false] as readonly unknown[];

/** COM's CVErr values as a cell error reaches a script through `Value2` (0x800A0000 + the xlErr number). */
const CELL_ERRORS = new Map<number, string>([
  [-2146826288, "#NULL!"],
  [-2146826281, "#DIV/0!"],
  [-2146826273, "#VALUE!"],
  [-2146826265, "#REF!"],
  [-2146826259, "#NAME?"],
  [-2146826252, "#NUM!"],
  [-2146826246, "#N/A"],
]);

/** "#RRGGBB" as COM's colour number (red in the low byte). */
function comColor(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return ((n >> 16) & 0xff) | (n & 0xff00) | ((n & 0xff) << 16);
}

/** `Value2` or `Formula` of a range as rows of cells: a scalar for one cell, rows (or a single row) for several. */
function rowsOf(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row: unknown) => (Array.isArray(row) ? [...(row as unknown[])] : [row]));
}

/** A cell value as Office.js gives it: "" for an empty cell, a cell error as its code. */
function cellValue(value: unknown): unknown {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return CELL_ERRORS.get(value) ?? value;
  return value;
}

/** A sheet's used cells from A1, with trailing empty rows and columns cut (a styled empty cell widens UsedRange). */
function gridOf(sheet: EtWorksheet): SheetGrid {
  const used = sheet.UsedRange;
  const values = rowsOf(used.Value2).map((row) => row.map(cellValue));
  const written = rowsOf(used.Formula);
  // Office.js's `formulas`: the formula where there is one, else the value
  const formulas = values.map((row, r) =>
    row.map((value, c) => {
      const f = written[r]?.[c];
      return typeof f === "string" && f.startsWith("=") ? f : value;
    }),
  );
  let rows = values.length;
  let columns = values[0]?.length ?? 0;
  const blank = (r: number, c: number) => formulas[r][c] === "";
  while (rows > 0 && formulas[rows - 1].every((_, c) => blank(rows - 1, c))) rows--;
  while (columns > 0 && formulas.slice(0, rows).every((_, r) => blank(r, columns - 1))) columns--;
  if (rows === 0 || columns === 0) return { values: [], formulas: [] };
  const top = used.Row - 1;
  const left = used.Column - 1;
  const cut = (grid: unknown[][]) => grid.slice(0, rows).map((row) => row.slice(0, columns));
  return { values: fromA1(top, left, cut(values)), formulas: fromA1(top, left, cut(formulas)) };
}

/** A sheet name as it goes before "!" in an address: quoted when it is not a plain word. */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_\u3400-\u9fff][\w.\u3400-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The adapter for one ET application (see {@link wpsApplication}). */
export function wpsWorkbook(app: EtApplication): WorkbookAdapter {
  const book = (): EtWorkbook => {
    const active = app.ActiveWorkbook;
    if (!active) throw new MineError("na", messages.wpsNoWorkbook);
    return active;
  };
  /** Every worksheet, in workbook order. */
  const worksheets = (): EtWorksheet[] => {
    const sheets = book().Worksheets;
    return Array.from({ length: sheets.Count }, (_, i) => sheets.Item(i + 1));
  };
  /** The sheet of that name (compared case-insensitively, as sheet names are), or null. */
  const sheetNamed = (name: string): EtWorksheet | null =>
    worksheets().find((s) => s.Name.toLowerCase() === name.toLowerCase()) ?? null;
  const range = (sheet: EtWorksheet, area: CellRange): EtRange => sheet.Range(rangeAddress(area));
  /**
   * A new sheet after the last (COM's `Add(Before, After)`); where WPS refuses an explicit `undefined` for the
   * omitted Before (how its bridge passes it is undocumented), a new sheet where WPS puts it by default.
   */
  const addSheet = (): EtWorksheet => {
    const sheets = book().Worksheets;
    try {
      return sheets.Add(undefined, sheets.Item(sheets.Count));
    } catch {
      return sheets.Add();
    }
  };

  /** The selection as a single range of cells, or a MineError saying what it is instead. */
  const selectedRange = (): EtRange => {
    const selected = app.Selection as Partial<EtRange> | null | undefined;
    if (!selected || typeof selected.Address !== "function" || !selected.Parent) {
      throw new MineError("value", messages.selectionNotCells);
    }
    const areas = selected.Areas?.Count ?? 1;
    if (areas > 1) throw new MineError("value", messages.selectionAreas(areas));
    return selected as EtRange;
  };

  const occupied = (sheet: EtWorksheet, areas: readonly CellRange[]): number => {
    const filled = new Set<string>();
    for (const area of areas) filledCells(area, rowsOf(range(sheet, area).Formula), filled);
    return filled.size;
  };

  const writeValidation = (target: EtRange, v: PlannedValidation): void => {
    const rule = target.Validation;
    rule.Delete(); // replace, never combine with, a rule already there
    switch (v.kind) {
      case "list":
        rule.Add(VALIDATE_LIST, ALERT_STOP, OPERATOR.between, v.choices.join(","));
        break;
      case "positive":
        rule.Add(VALIDATE_DECIMAL, ALERT_STOP, OPERATOR.greater, "0");
        break;
      case "nonNegative":
        rule.Add(VALIDATE_DECIMAL, ALERT_STOP, OPERATOR.greaterOrEqual, "0");
        break;
      case "rate":
        rule.Add(VALIDATE_DECIMAL, ALERT_STOP, OPERATOR.between, "0", "1");
        break;
    }
    rule.InputMessage = promptOf(v.prompt);
    rule.ShowInput = true;
  };

  const writePlan = (plan: SheetPlan, overwrite: boolean): readonly Bilingual[] => {
    checkPlan(plan);
    const guarded = guardedRanges(plan);
    let sheet = sheetNamed(plan.sheetName);
    if (sheet) {
      const filled = occupied(sheet, guarded);
      if (filled > 0 && !overwrite) throw new OverwriteRefused(plan.sheetName, filled);
      if (overwrite) {
        for (const area of guarded) {
          const target = range(sheet, area);
          target.Clear();
          try {
            target.Validation.Delete();
          } catch {
            // a WPS whose API has no validation holds none of ours to remove (writing them is tried and said below)
          }
        }
      }
    } else {
      sheet = addSheet();
      sheet.Name = plan.sheetName;
    }

    // Formats first: a Text format must be in place before the string is written. One format per run.
    for (const run of runsOf(plan.cells, numberFormatOf)) {
      range(sheet, run.range).NumberFormat = numberFormatOf(run.cells[0]);
    }
    const arrays: string[] = [];
    for (const cell of plan.cells) {
      const kind = contentKey(cell);
      if (kind === null) continue;
      if (cell.spill && kind === "formula") {
        // no source shows a custom function's array spilling in WPS (2.8): an array formula over the planned area
        const area = footprintOf(cell);
        range(sheet, area).FormulaArray = cell.formula;
        arrays.push(rangeAddress(area));
      } else if (kind === "formula") {
        range(sheet, { row: cell.row, column: cell.column, rows: 1, columns: 1 }).Formula = cell.formula;
      } else {
        range(sheet, { row: cell.row, column: cell.column, rows: 1, columns: 1 }).Value2 = cell.value;
      }
    }
    for (const run of runsOf(plan.cells, (c) => c.role)) {
      const style = ROLE_STYLES[run.cells[0].role];
      const target = range(sheet, run.range);
      if (style.bold) target.Font.Bold = true;
      if (style.italic) target.Font.Italic = true;
      if (style.size !== undefined) target.Font.Size = style.size;
      if (style.color !== undefined) target.Font.Color = comColor(style.color);
      if (style.fill !== undefined) target.Interior.Color = comColor(style.fill);
    }
    const refused: string[] = [];
    for (const v of plan.validations) {
      try {
        writeValidation(range(sheet, v.range), v);
      } catch {
        refused.push(rangeAddress(v.range));
      }
    }
    for (const { column, width } of plan.columnWidths) {
      const letter = columnName(column);
      sheet.Range(`${letter}:${letter}`).ColumnWidth = width;
    }
    sheet.Activate();

    const notes: Bilingual[] = [];
    if (plan.charts.length > 0) notes.push(messages.wpsChartsLeftOut(plan.charts.map((c) => rangeAddress(c.source))));
    if (arrays.length > 0) notes.push(messages.wpsArrayFormulas(arrays));
    if (refused.length > 0) notes.push(messages.wpsValidationsRefused(refused));
    return notes;
  };

  const readSelection = (): SelectionGrid => {
    const selected = selectedRange();
    const sheet = selected.Parent;
    const top = selected.Row - 1;
    const left = selected.Column - 1;
    const rows = selected.Rows.Count;
    const columns = selected.Columns.Count;
    return {
      name: sheet.Name,
      grid: cutToSelection(gridOf(sheet), { top, left, bottom: top + rows, right: left + columns }),
      address: selected.Address(false, false),
      cells: rows * columns,
    };
  };

  const readSelectionCells = (): SelectionValues => {
    const selected = selectedRange();
    const sheet = selected.Parent;
    const address = `${sheetPrefix(sheet.Name)}!${selected.Address(false, false)}`;
    const cells = selected.Rows.Count * selected.Columns.Count;
    if (cells > MAX_SELECTION_CELLS) throw new MineError("value", messages.importTooLarge(address, cells));
    return {
      sheet: sheet.Name,
      address,
      row: selected.Row - 1,
      column: selected.Column - 1,
      values: rowsOf(selected.Value2).map((row) => row.map(cellValue)),
    };
  };

  return {
    host: "wps",
    available: () => {
      try {
        return Boolean(app.ActiveWorkbook);
      } catch {
        return false;
      }
    },
    suggestSheetName: (base) =>
      later(() =>
        sheetNameFor(
          base,
          worksheets().map((s) => s.Name),
        ),
      ),
    occupiedCells: (sheetName, area) =>
      later(() => {
        if (area.rows <= 0 || area.columns <= 0) return 0;
        const sheet = sheetNamed(sheetName);
        return sheet ? occupied(sheet, [area]) : 0;
      }),
    writeSheetPlan: (plan, { overwrite }) => later(() => writePlan(plan, overwrite)),
    findMarkedSheets: (prefix) =>
      later(() =>
        worksheets()
          .map((s) => ({ name: s.Name, marker: cellValue(s.Range("A1").Value2) }))
          .filter((s): s is { name: string; marker: string } => typeof s.marker === "string")
          .filter((s) => s.marker.startsWith(prefix)),
      ),
    readSheetGrid: (sheetName) =>
      later(() => {
        const sheet = sheetNamed(sheetName);
        if (!sheet) throw missingSheet(sheetName);
        return gridOf(sheet);
      }),
    readWorkbookGrids: () =>
      later(() =>
        worksheets()
          .filter((s) => !SHEET_HIDDEN.includes(s.Visible))
          .map((s) => ({ name: s.Name, grid: gridOf(s) })),
      ),
    readSelectionGrid: () => later(readSelection),
    readSelectionValues: () => later(readSelectionCells),
    highlightCells: (cells: readonly FlaggedCell[]) =>
      later(() => {
        for (const [name, marks] of highlightMarks(cells)) {
          const sheet = sheetNamed(name);
          if (!sheet) continue;
          for (const [address, severity] of marks) {
            sheet.Range(address).Interior.Color = comColor(HIGHLIGHT_FILL[severity]);
          }
        }
      }),
    selectCell: (sheetName, address) =>
      later(() => {
        const sheet = sheetNamed(sheetName);
        if (!sheet) throw missingSheet(sheetName);
        sheet.Activate();
        sheet.Range(address).Select();
      }),
  };
}

/** The ET calls are synchronous; the adapter's are promises, rejected with whatever WPS or the adapter throws. */
function later<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}
