/**
 * The frame every drafting template shares (domain.md §5): A1 marker, notes (what to fill, units, basis with
 * ✅/🔶/❓), optional check lines (computed, or typed for a computed one), ONE header row with exactly the vocabulary's Chinese headers (columns.ts), example
 * rows labelled as such, blank input rows inside every formula range, and the total row where the table has one.
 * Each table (template*.ts) only says, column by column, what is typed and what is computed; this module lays it
 * out as a {@link SheetPlan}, so the review tool finds a template's table exactly as it finds a drafter's own.
 */
import { Bilingual, Language, pick } from "../text";
import { FormulaMode, PORTABLE_LIMITS, mineCall } from "../workbook/native";
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { CellRange, SheetOptions, SheetPlan, SheetPlanBuilder, cellAddress, rangeAddress } from "../workbook/sheetPlan";
import { ColumnSpec, TABLES, TEMPLATE_MARKER, TableKind } from "./columns";

/** Blank input rows left between the example rows and the total row, so drafters can add rows in the ranges. */
export const BLANK_ROWS = 3;

/** Column (0-based) of the check values above the table; their labels run across the columns to its left. */
const CHECK_COLUMN = 4;

/** Number formats the templates use, by what the column holds. */
export const FORMATS = {
  rate: NUMBER_FORMATS.percent,
  /** Tonnages in 10⁴ t (and metal). */
  tonnage: NUMBER_FORMATS.twoDecimals,
  tonnes: NUMBER_FORMATS.thousands,
  /** Grades typed as percentages (24% or 0.24). */
  grade: NUMBER_FORMATS.percent,
  factor: NUMBER_FORMATS.twoDecimals,
  /** Plane coordinates in m, to the centimetre. */
  coordinate: NUMBER_FORMATS.twoDecimals,
} as const;

export type TemplateValidation =
  | { readonly kind: "list"; readonly choices: readonly string[]; readonly prompt: Bilingual }
  | { readonly kind: "positive" | "nonNegative" | "rate"; readonly prompt: Bilingual };

/** Where a template's parts are: enough for a test or a reader to find any cell. Rows and columns 0-based. */
export interface TemplateLayout {
  readonly kind: TableKind;
  /** Column ids in sheet order (column 0 first): TABLES[kind].columns but those the spec omits. */
  readonly columns: readonly string[];
  readonly notesRows: readonly number[];
  readonly checkRows: readonly number[];
  readonly checkColumn: number;
  readonly headerRow: number;
  /** First data row (the first example). */
  readonly firstRow: number;
  readonly exampleRows: readonly number[];
  readonly blankRows: readonly number[];
  /** Last data row (the last blank row): every per-column formula range ends here. */
  readonly lastRow: number;
  readonly totalRow: number | null;
  /** The column right of the table where each example row says it is example data. */
  readonly exampleNoteColumn: number;
}

/** What a formula needs to name cells of the template. */
export interface TemplateContext {
  readonly language: Language;
  /** Whether derived cells are written as live =MINE.* formulas or as portable native ones. */
  readonly mode: FormulaMode;
  /** A =MINE.* function written in the sheet's mode (no "="): `mine("RECOVERY", [e, c])`. */
  mine(id: string, args: readonly string[], where?: string): string;
  readonly layout: TemplateLayout;
  /** Column index of a column id. */
  index(id: string): number;
  /** Relative address of a column's cell on `row` ("E9"). */
  at(id: string, row: number): string;
  /** Absolute address of a column's cell on `row` ("$E$9"). */
  fixed(id: string, row: number): string;
  /** The column's data range, examples and blank rows, absolute ("$E$9:$E$15"). */
  rows(id: string): string;
  /** Columns first…last on one row, relative ("G9:K9"). */
  span(first: string, last: string, row: number): string;
  /** The column's cell on the total row, absolute. */
  total(id: string): string;
  /** The value cell of the check line named `id`, absolute. */
  check(id: string): string;
}

export interface ColumnPlan {
  readonly format?: string;
  /** Width in characters; default from the header. */
  readonly width?: number;
  /** Over the data rows (examples and blank rows). */
  readonly validation?: TemplateValidation;
  /** The formula of a data row for a derived column; absent for a column the drafter types. */
  readonly formula?: (row: number, ctx: TemplateContext) => string;
  /** The formula on the total row; absent leaves the cell empty. */
  readonly total?: (ctx: TemplateContext) => string;
  /**
   * A derived column no native formula can compute (a lookup in the national tables): in a portable sheet it is typed
   * instead, each example row holding what the engine gives for it.
   */
  readonly typedWhenPortable?: (example: Readonly<Record<string, string | number>>) => string | number;
}

/**
 * A line above the table: a cross-check computed from it (grey), or a figure the drafter types for such a check
 * (yellow: an input that belongs to the plan, not to any row, such as the planned production scale). A typed
 * example value is labelled as example data beside it, as example rows are.
 */
export type TemplateCheck = {
  readonly label: Bilingual;
  readonly format?: string;
  /** Names the line's cell for the formulas of other lines (`ctx.check(id)`). */
  readonly id?: string;
} & ({ readonly formula: (ctx: TemplateContext) => string } | { readonly input: string | number });

export interface TemplateSpec {
  readonly kind: TableKind;
  /** What to fill, units, and the basis of each formula with its confidence mark. */
  readonly notes: readonly Bilingual[];
  /** One plan per column of TABLES[kind] (by id), except those in `omit`. */
  readonly columns: Readonly<Record<string, ColumnPlan>>;
  /**
   * Columns of the vocabulary the template never writes: headers found in drafters' own tables that the review reads
   * in order to flag them (a deduction or a factor 附件 六.5 does not allow), but that a template must not invite.
   */
  readonly omit?: readonly string[];
  /** Example rows: what the drafter would type, by column id (derived columns are computed). */
  readonly examples: readonly Readonly<Record<string, string | number>>[];
  /** Cross-checks shown above the table (sums that must balance, the same figure computed another way). */
  readonly checks?: readonly TemplateCheck[];
  /** What this table's portable sheet computes differently or leaves to the drafter (added to its closing note). */
  readonly portableNote?: Bilingual;
}

const EXAMPLE_NOTE: Bilingual = { zh: "← 示例数据，请替换", en: "← example data: replace it" };

/** The text in A1 of a template of `kind`. */
export function templateMarker(kind: TableKind): string {
  return `${TEMPLATE_MARKER}：${TABLES[kind].zh}`;
}

/** `=IF(<first column of the row>="","",<expr>)`: a row without its name stays blank instead of showing an error. */
export function whenNamed(ctx: TemplateContext, row: number, expr: string): string {
  return `=IF(${ctx.at(ctx.layout.columns[0], row)}="","",${expr})`;
}

/** The columns of the vocabulary a template writes, in sheet order: every one but those it omits. */
export function writtenColumns(spec: TemplateSpec): readonly ColumnSpec[] {
  return TABLES[spec.kind].columns.filter((c) => !(spec.omit ?? []).includes(c.id));
}

/**
 * The note every template ends its notes with: how to fill, who wrote it; English sheets name the headers. A portable
 * sheet says here what it gives up, so its layout stays that of the live sheet.
 */
function closingNote(spec: TemplateSpec, options: SheetOptions): Bilingual {
  const names = writtenColumns(spec)
    .map((c) => `${c.zh} = ${c.en}`)
    .join("; ");
  const portable =
    options.formulas === "portable" ? [...PORTABLE_LIMITS, ...(spec.portableNote ? [spec.portableNote] : [])] : [];
  return {
    zh: [
      `黄色单元格填写，灰色单元格为公式(勿改)。生成：MINE 加载项 ${options.version}，${options.date}。`,
      ...portable.map((note) => note.zh),
    ].join(" "),
    en: [
      `Type into the yellow cells; grey cells are formulas (leave them). Written by the MINE add-in ${options.version}, ` +
        `${options.date}. Headers stay in Chinese, as drafters and the review tool read them: ${names}.`,
      ...portable.map((note) => note.en),
    ].join(" "),
  };
}

/** Where everything of a template is; the same in both languages. */
export function layoutOfTemplate(spec: TemplateSpec): TemplateLayout {
  const table = TABLES[spec.kind];
  const columns = writtenColumns(spec).map((c) => c.id);
  const notes = spec.notes.length + 1; // the spec's notes and the closing note
  const notesRows = Array.from({ length: notes }, (_, i) => 1 + i);
  let row = 1 + notes;
  const checkRows = (spec.checks ?? []).map((_, i) => row + i);
  row += checkRows.length + 1; // a blank row before the table
  const headerRow = row;
  const firstRow = headerRow + 1;
  const exampleRows = spec.examples.map((_, i) => firstRow + i);
  const blankRows = Array.from({ length: BLANK_ROWS }, (_, i) => firstRow + spec.examples.length + i);
  const lastRow = blankRows[blankRows.length - 1];
  return {
    kind: spec.kind,
    columns,
    notesRows,
    checkRows,
    checkColumn: CHECK_COLUMN,
    headerRow,
    firstRow,
    exampleRows,
    blankRows,
    lastRow,
    totalRow: table.totalLabel === null ? null : lastRow + 1,
    exampleNoteColumn: columns.length,
  };
}

/** A column's data rows (examples and blank rows): what its formulas sum and its validation covers. */
function dataRange(layout: TemplateLayout, column: number): CellRange {
  return { row: layout.firstRow, column, rows: layout.lastRow - layout.firstRow + 1, columns: 1 };
}

function contextOf(
  layout: TemplateLayout,
  language: Language,
  mode: FormulaMode,
  checks: readonly TemplateCheck[],
): TemplateContext {
  const index = (id: string): number => {
    const i = layout.columns.indexOf(id);
    if (i < 0) throw new RangeError(`column "${id}" is not a column of the ${layout.kind} table`);
    return i;
  };
  return {
    language,
    mode,
    mine: (id, args, where) => mineCall(mode, { id, args, ...(where === undefined ? {} : { where }) }),
    layout,
    index,
    at: (id, row) => cellAddress(row, index(id)),
    fixed: (id, row) => cellAddress(row, index(id), true),
    rows: (id) => rangeAddress(dataRange(layout, index(id)), true),
    span: (first, last, row) =>
      rangeAddress({ row, column: index(first), rows: 1, columns: index(last) - index(first) + 1 }),
    total: (id) => {
      if (layout.totalRow === null) throw new RangeError(`the ${layout.kind} table has no total row`);
      return cellAddress(layout.totalRow, index(id), true);
    },
    check: (id) => {
      const i = checks.findIndex((c) => c.id === id);
      if (i < 0) throw new RangeError(`the ${layout.kind} template has no check line "${id}"`);
      return cellAddress(layout.checkRows[i], layout.checkColumn, true);
    },
  };
}

/** Display width in characters of the default font: CJK and full-width characters count two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

/** The sheet a template spec describes. */
export function buildTemplate(spec: TemplateSpec, options: SheetOptions): SheetPlan {
  const { language } = options;
  const table = { ...TABLES[spec.kind], columns: writtenColumns(spec) };
  const layout = layoutOfTemplate(spec);
  const mode = options.formulas ?? "live";
  const ctx = contextOf(layout, language, mode, spec.checks ?? []);
  const plan = new SheetPlanBuilder();
  const formula = (row: number, column: number, text: string, format?: string) =>
    plan.formula(row, column, text, format ? { numberFormat: format } : {});

  for (const c of table.columns) {
    if (!spec.columns[c.id]) throw new RangeError(`the ${spec.kind} template has no plan for column "${c.id}"`);
  }
  const unknown = Object.keys(spec.columns).filter((id) => !layout.columns.includes(id));
  if (unknown.length > 0) {
    throw new RangeError(`the ${spec.kind} template plans unknown columns: ${unknown.join(", ")}`);
  }

  plan.put(0, 0, "title", templateMarker(spec.kind));
  const notes = [...spec.notes, closingNote(spec, options)];
  notes.forEach((note, i) => plan.put(layout.notesRows[i], 0, "note", pick(note, language)));
  (spec.checks ?? []).forEach((check, i) => {
    const row = layout.checkRows[i];
    plan.put(row, 0, "label", pick(check.label, language));
    if ("formula" in check) formula(row, layout.checkColumn, check.formula(ctx), check.format);
    else {
      plan.put(row, layout.checkColumn, "input", check.input, check.format);
      if (check.input !== "") plan.put(row, layout.checkColumn + 1, "note", pick(EXAMPLE_NOTE, language));
    }
  });

  table.columns.forEach((c, j) => plan.put(layout.headerRow, j, "heading", c.zh));

  const dataRows = [...layout.exampleRows, ...layout.blankRows];
  dataRows.forEach((row, r) => {
    const example = spec.examples[r] as Readonly<Record<string, string | number>> | undefined;
    table.columns.forEach((c, j) => {
      const column = spec.columns[c.id];
      const typed = mode === "portable" ? column.typedWhenPortable : undefined;
      if (column.formula && !typed) formula(row, j, column.formula(row, ctx), column.format);
      else plan.put(row, j, "input", example ? (typed?.(example) ?? example[c.id] ?? "") : "", column.format);
    });
    if (example) plan.put(row, layout.exampleNoteColumn, "note", pick(EXAMPLE_NOTE, language));
  });

  if (layout.totalRow !== null) {
    const totalRow = layout.totalRow;
    table.columns.forEach((c, j) => {
      if (j === 0) {
        plan.put(totalRow, 0, "label", table.totalLabel as string);
        return;
      }
      const column = spec.columns[c.id];
      if (column.total) formula(totalRow, j, column.total(ctx), column.format);
    });
  }

  table.columns.forEach((c, j) => {
    const v = spec.columns[c.id].validation;
    if (!v) return;
    const range = dataRange(layout, j);
    const prompt = pick(v.prompt, language);
    plan.validations.push(
      v.kind === "list" ? { range, kind: "list", choices: v.choices, prompt } : { range, kind: v.kind, prompt },
    );
  });

  const columnWidths = table.columns.map((c, j) => ({
    column: j,
    width: spec.columns[c.id].width ?? Math.min(28, Math.max(10, displayWidth(c.zh) + 2)),
  }));
  columnWidths.push({ column: layout.exampleNoteColumn, width: 20 });

  return plan.plan(options.sheetName, templateMarker(spec.kind), columnWidths);
}
