/**
 * Finding the tables in a sheet by what their columns mean (the vocabulary of src/core/templates/columns.ts): a
 * template sheet names its table after the marker in A1, but a drafter's own table anywhere in a sheet is found by
 * its headers — aliases, words inside a header (TFe品位), units in brackets, after a slash or in a "单位：万t" line
 * over the table, a second header row under a merged group heading (设计损失量 → 永久矿柱 … 小计; 品位 → TFe | mFe),
 * a table printed in two halves side by side, a summary written across — with the texts around it (title, notes)
 * for what no column says. Rows are read from under the header until a blank row, a note
 * ("注：…") or a total row; subtotal rows (小计) are set aside and reading goes on; blank rows are passed over when
 * only blank rows separate the table from its total row, and always in a template (its blank input rows).
 */
import {
  ColumnSpec,
  TABLES,
  TEMPLATE_MARKER,
  TOTAL_LABELS,
  TOTAL_WORDS,
  TableKind,
  TableSpec,
  columnForHeader,
  columnOf,
} from "../templates/columns";
import { RESERVE_CLASSES, RESOURCE_CLASSES } from "../templates/templateValidations";
import { SheetGrid, rangeAddress } from "../workbook/sheetPlan";
import { GridCell, columnCount, gridCell, isBlankValue, rowCount, textOf } from "./grid";
import { indicatorOf } from "./indicators";

export interface LocatedColumn {
  readonly spec: ColumnSpec;
  /** 0-based column index. */
  readonly column: number;
  /** The header as written (both rows of a two-row header joined by " / "). */
  readonly header: string;
  /** The unit read from the header ("万t", "%", "g/t" …), or "". */
  readonly unit: string;
}

export interface TableRow {
  /** 0-based row index. */
  readonly row: number;
  /** The row's cells by column id, for the columns the table has. */
  readonly cells: Readonly<Record<string, GridCell>>;
  /** The first text of the row (its label: block, class, mineral …). */
  readonly label: string;
}

export interface LocatedTable {
  readonly spec: TableSpec;
  readonly kind: TableKind;
  /** 0-based index of the (first) header row, and how many header rows there are. */
  readonly headerRow: number;
  readonly headerRows: number;
  /** The leftmost and rightmost columns of the header. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly columns: Readonly<Record<string, LocatedColumn>>;
  /** Required columns the header does not have: the table is reported but not checked. */
  readonly missing: readonly ColumnSpec[];
  readonly rows: readonly TableRow[];
  readonly subtotals: readonly TableRow[];
  readonly total?: TableRow;
  /** A1 range from the header to the last row read, and that row (0-based). */
  readonly range: string;
  readonly endRow: number;
  /** Whether A1 of the sheet carries the template marker naming this table. */
  readonly template: boolean;
  /** The unit a "单位：万t" line over the table gives its quantities without a unit of their own, or "". */
  readonly unitNote: string;
  /** The texts over the table (its title and notes), up to the table above it. */
  readonly caption: readonly string[];
  /** The lines under the table (notes, a stated area), each row's cells joined, up to the next table. */
  readonly footer: readonly string[];
  /** Every text of the header rows once, at its first cell (group headings such as "伴生银" included). */
  readonly headings: readonly { readonly text: string; readonly address: string }[];
}

/** Tonnage units with their size in tonnes, percent and per-mille, grade units. Longest spellings first. */
const UNITS: readonly string[] = [
  "百万t",
  "百万吨",
  "万t",
  "万吨",
  "千t",
  "千吨",
  "亿t",
  "亿吨",
  "kt",
  "Mt",
  "g/t",
  "克/吨",
  "kg",
  "千克",
  "t",
  "吨",
  "g",
  "克",
  "%",
  "％",
  "‰",
];

const UNIT_WORD = new RegExp(`^(?:${UNITS.map((unit) => unit.replace(/[/]/g, "\\/")).join("|")})$`, "i");

/** Whether a text is only a unit ("万t", "(%)", "（g/t）"). */
export function isUnitText(text: string): boolean {
  const bare = text.replace(/[（(）)\s]/g, "");
  return bare !== "" && UNIT_WORD.test(bare);
}

/**
 * A header split into the name the vocabulary knows and its unit: "矿石量(万t)", "矿石量（万吨）", "矿石量/万t",
 * "矿石量 万t", "回采率%" all give name 矿石量/回采率 and the unit.
 */
export function splitHeader(text: string): { name: string; unit: string } {
  let name = text.replace(/\s+/g, " ").trim();
  let unit = "";
  const bracket = /[（(]([^）)]*)[）)]\s*$/.exec(name);
  if (bracket && isUnitText(bracket[1])) {
    unit = bracket[1].trim();
    name = name.slice(0, bracket.index).trim();
  } else {
    for (const candidate of UNITS) {
      const bareLetter = candidate === "t" || candidate === "g";
      const tail = new RegExp(`(?:[/／,，]\\s*|\\s+|)${candidate.replace(/[/]/g, "\\/")}$`, bareLetter ? "" : "i");
      const found = tail.exec(name);
      // a bare "t" or "g" ends many words ("Mt" aside); only take it after a separator
      if (found && found.index > 0 && (!bareLetter || found[0].length > candidate.length)) {
        unit = candidate;
        name = name.slice(0, found.index).trim();
        break;
      }
    }
  }
  return { name, unit: unit.replace("％", "%") };
}

function isTotalLabel(text: string, spec: TableSpec): boolean {
  const label = text.replace(/\s+/g, "");
  return (
    TOTAL_LABELS.some((total) => label.startsWith(total)) ||
    (TOTAL_WORDS as readonly string[]).includes(label) ||
    // "共伴生矿产综合利用率" totals a utilisation table as "综合利用率" does
    (spec.totalLabel !== null && (label.startsWith(spec.totalLabel) || label.endsWith(spec.totalLabel)))
  );
}

const isSubtotal = (text: string): boolean => text.replace(/\s+/g, "").startsWith("小计");
const isNote = (text: string): boolean => /^(注|说明|备注|note)\s*[:：\d]/i.test(text.trim());

interface HeaderCell {
  readonly spec: ColumnSpec;
  readonly header: string;
  readonly unit: string;
}

/** Header text → its column in each table and its unit, remembered: a sheet repeats the same texts. */
const HEADER_CACHE = new Map<string, { unit: string; columns: Partial<Record<TableKind, ColumnSpec | null>> }>();

/** An element, oxide or assay as a header names it: "TFe", "mFe", "P2O5", "Au", "WO₃". */
const ASSAY = /^[A-Za-z][A-Za-z0-9₂₃₄₅]{0,5}$/;
const GRADE_UNIT = /^(%|‰|g\/t|克\/吨)$/i;

/**
 * The column a header (its name and unit) names: by the vocabulary, or, for an assay with a grade unit ("TFe(%)",
 * "Au(g/t)"), the table's grade.
 */
function columnNamed(spec: TableSpec, name: string, unit: string): ColumnSpec | undefined {
  const named = columnForHeader(spec, name);
  if (named || !ASSAY.test(name) || !GRADE_UNIT.test(unit)) return named;
  return spec.columns.find((column) => column.id === "grade"); // a table without a grade column has none
}

function lookupHeader(spec: TableSpec, header: string): { column: ColumnSpec | undefined; unit: string } {
  let entry = HEADER_CACHE.get(header);
  if (!entry) {
    if (HEADER_CACHE.size > 10_000) HEADER_CACHE.clear();
    entry = { unit: splitHeader(header).unit, columns: {} };
    HEADER_CACHE.set(header, entry);
  }
  let column = entry.columns[spec.kind];
  if (column === undefined) {
    const { name, unit } = splitHeader(header);
    column = columnNamed(spec, name, unit) ?? null;
    entry.columns[spec.kind] = column;
  }
  return { column: column ?? undefined, unit: entry.unit };
}

/** The spec columns named by one header row: column index → match. Numbers never name a column. */
function matchRow(grid: SheetGrid, row: number, spec: TableSpec): Map<number, HeaderCell> {
  const matches = new Map<number, HeaderCell>();
  const seen = new Set<string>();
  const width = columnCount(grid, row);
  for (let column = 0; column < width; column++) {
    const value = grid.values[row]?.[column];
    if (typeof value !== "string") continue;
    const header = value.trim();
    if (header === "" || header.length > 40) continue;
    const { column: named, unit } = lookupHeader(spec, header);
    if (!named || seen.has(named.id)) continue;
    seen.add(named.id);
    matches.set(column, { spec: named, header, unit });
  }
  return matches;
}

function requiredOf(spec: TableSpec): ColumnSpec[] {
  return spec.columns.filter((column) => column.required);
}

/** How many required columns a header must name to be taken for this table (all of them when there are two). */
function threshold(spec: TableSpec): number {
  const required = requiredOf(spec).length;
  return Math.min(required, Math.max(2, Math.ceil(required / 2)));
}

function score(matches: Map<number, HeaderCell>): { all: number; required: number } {
  let required = 0;
  for (const match of matches.values()) if (match.spec.required) required++;
  return { all: matches.size, required };
}

/**
 * Whether a header row is taken for the table: it names enough of the required columns, or at least one of them
 * among three or more columns of the table (a drafter's table that lacks a column is still found, and reported).
 */
function qualifies(spec: TableSpec, matches: Map<number, HeaderCell>): boolean {
  const { all, required } = score(matches);
  return required >= threshold(spec) || (required >= 1 && all >= 3);
}

function hasNumber(grid: SheetGrid, row: number): boolean {
  const width = columnCount(grid, row);
  for (let column = 0; column < width; column++) if (typeof grid.values[row]?.[column] === "number") return true;
  return false;
}

function isBlankRow(grid: SheetGrid, row: number, first: number, last: number): boolean {
  for (let column = first; column <= last; column++) if (!isBlankValue(grid.values[row]?.[column])) return false;
  return true;
}

/** The kind a template sheet names in A1 after the marker, if any. */
export function templateKind(grid: SheetGrid): TableKind | undefined {
  const a1 = textOf(grid.values[0]?.[0]);
  if (!a1.startsWith(TEMPLATE_MARKER)) return undefined;
  const rest = a1.slice(TEMPLATE_MARKER.length);
  // the longest name first: 资源储量表 is not mistaken for part of another title
  const kinds = (Object.keys(TABLES) as TableKind[]).sort((a, b) => TABLES[b].zh.length - TABLES[a].zh.length);
  return kinds.find(
    (kind) => rest.includes(TABLES[kind].zh) || rest.toLowerCase().includes(TABLES[kind].en.toLowerCase()),
  );
}

/** Whether a row has at least two text cells: a header names at least two columns. */
function mayBeHeader(grid: SheetGrid, row: number): boolean {
  const cells = grid.values[row];
  if (!cells) return false;
  let texts = 0;
  for (const value of cells) if (typeof value === "string" && value.trim() !== "" && ++texts >= 2) return true;
  return false;
}

/** Of the specs, the one a row is the header of (most columns named, then most required), if any. */
function headerSpec(grid: SheetGrid, row: number, specs: readonly TableSpec[]): TableSpec | undefined {
  if (!mayBeHeader(grid, row)) return undefined;
  let best: { spec: TableSpec; all: number; required: number } | undefined;
  for (const spec of specs) {
    const matches = matchRow(grid, row, spec);
    if (!qualifies(spec, matches)) continue;
    const named = score(matches);
    if (!best || named.all > best.all || (named.all === best.all && named.required > best.required)) {
      best = { spec, ...named };
    }
  }
  return best?.spec;
}

/** Header texts of a row, by column, and the nearest text at or left of each column (a merged heading). */
function headerTexts(grid: SheetGrid, row: number, width: number): { own: string[]; parent: string[] } {
  const own: string[] = [];
  const parent: string[] = [];
  let last = "";
  for (let column = 0; column < width; column++) {
    const value = grid.values[row]?.[column];
    const text = typeof value === "string" ? value.trim() : "";
    own.push(text);
    if (text !== "") last = text;
    parent.push(last);
  }
  return { own, parent };
}

/** Whether the row under a header continues it: no numbers, and some text naming a column or giving a unit. */
function continuesHeader(grid: SheetGrid, row: number, spec: TableSpec, first: number, last: number): boolean {
  if (row >= rowCount(grid) || hasNumber(grid, row)) return false;
  let any = false;
  for (let column = first; column <= last; column++) {
    const text = textOf(grid.values[row]?.[column]);
    if (text === "") continue;
    // a total row starts with its label; 合计 under a merged heading is a header (设计损失量 → … | 合计)
    if (column === first && isTotalLabel(text, spec) && !isSubtotal(text)) return false;
    if (isUnitText(text) || isSubtotal(text) || isAssay(text) || columnForHeader(spec, splitHeader(text).name)) {
      any = true;
    }
  }
  return any;
}

/** What one column's header says, over all header rows: the header as written, its unit, the name it gives. */
interface HeaderName {
  readonly header: string;
  readonly unit: string;
  readonly name: string;
}

/** An element, oxide or assay a drafter writes under 品位 or 金属量: "TFe", "mFe", "P2O5(%)", "Au". */
function isAssay(text: string): boolean {
  return ASSAY.test(splitHeader(text).name);
}

/**
 * A lower header cell over its parent (the cell above, or the merged heading left of it): a unit gives the
 * column's unit, a 小计/合计 takes the heading's column, an assay ("TFe", "P2O5(%)") qualifies the heading's
 * column, a text naming a column names it, any other text leaves the column unnamed (a sub-column the vocabulary
 * does not know).
 */
function lowerHeader(spec: TableSpec, text: string, parentText: string, upper: HeaderName): HeaderName {
  if (isUnitText(text)) return { ...upper, unit: text.replace(/[（(）)\s]/g, "").replace("％", "%") };
  const parent = splitHeader(parentText);
  if (isTotalLabel(text, spec)) {
    return { header: `${parentText} / ${text}`, unit: parent.unit || upper.unit, name: parent.name };
  }
  if (isAssay(text) && columnForHeader(spec, parent.name)) {
    return { header: `${parentText} / ${text}`, unit: splitHeader(text).unit || parent.unit, name: parent.name };
  }
  const own = splitHeader(text);
  return columnForHeader(spec, own.name)
    ? {
        header: parentText && parentText !== text ? `${parentText} / ${text}` : text,
        unit: own.unit || parent.unit,
        name: own.name,
      }
    : { header: text, unit: own.unit, name: "" };
}

/**
 * Combines a header row with the rows under it that continue it (see {@link lowerHeader}) into the table's
 * columns: the first column to give a name takes it.
 */
function combineHeader(grid: SheetGrid, top: number, rows: number, spec: TableSpec, width: number) {
  const upper = headerTexts(grid, top, width);
  const names: HeaderName[] = upper.own.map((text) =>
    text === "" ? { header: "", unit: "", name: "" } : { header: text, ...splitHeader(text) },
  );
  for (let row = top + 1; row < top + rows; row++) {
    const above = headerTexts(grid, row - 1, width);
    const lower = headerTexts(grid, row, width);
    for (let column = 0; column < width; column++) {
      const text = lower.own[column];
      if (text === "") continue;
      const parentText = above.own[column] !== "" ? above.own[column] : above.parent[column];
      names[column] = lowerHeader(spec, text, parentText, names[column]);
    }
  }
  // A header that names its first (label) column again starts a second copy of the table beside the first (a long
  // list printed in two halves: 点号 X Y | 点号 X Y); any other repeated name is ignored (a second coordinate system).
  const groups: Record<string, LocatedColumn>[] = [{}];
  const required = requiredOf(spec);
  let firstId: string | undefined;
  names.forEach(({ header, unit, name }, column) => {
    if (name === "") return;
    const named = columnNamed(spec, name, unit);
    if (!named) return;
    firstId ??= named.id;
    let group = groups[groups.length - 1];
    if (group[named.id] && spec.kind === "balance" && named.id === "recovery") {
      // a balance gives a recovery per assay (TFe | mFe, Au | Ag): each is kept, the first is the table's
      const id = `${ASSAY_RECOVERY}${column}`;
      group[id] = { spec: { ...named, id, zh: header, en: header, aliases: [], contains: [] }, column, header, unit };
      return;
    }
    if (group[named.id]) {
      // only the label column named again after a whole copy starts another (点号 X Y | 点号 X Y); X Y X Y is two
      // systems for the same corners, and 中段 | 采场编号 two labels of one row
      const whole = required.every((column) => group[column.id]);
      if (named.id !== firstId || named.type !== "text" || !whole) return;
      group = {};
      groups.push(group);
    }
    group[named.id] = { spec: named, column, header, unit };
  });
  const [columns, ...repeats] = groups;
  if (spec.kind === "design") addLossItems(columns, names);
  if (spec.kind === "balance") pairAssays(spec, columns, names);
  return { columns, repeats: repeats.filter((group) => required.every((column) => group[column.id])) };
}

/** The prefix of the id of a balance's recovery of a further assay ("recovery@5": the recovery in column 5). */
export const ASSAY_RECOVERY = "recovery@";

/** The assay a header names last ("mFe回收率(%)" → mFe, "品位(g/t) / Au" → Au), if any. */
export function assayOf(header: string): string | undefined {
  const tokens = header.replace(/[（(][^）)]*[）)]/g, "").match(/[A-Za-z][A-Za-z0-9₂₃₄₅]*/g);
  return tokens?.[tokens.length - 1];
}

/**
 * A balance that lists several assays (TFe and mFe, Au and Ag) is checked on one: the assay of its (first)
 * recovery column, whose grade and metal columns are taken instead of the first ones.
 */
function pairAssays(spec: TableSpec, columns: Record<string, LocatedColumn>, names: readonly HeaderName[]): void {
  const assay = columns.recovery && assayOf(columns.recovery.header);
  if (!assay) return;
  for (const id of ["grade", "metal"]) {
    if (!columns[id] || assayOf(columns[id].header) === assay) continue;
    const column = names.findIndex(
      ({ header, unit, name }) => columnNamed(spec, name, unit)?.id === id && assayOf(header) === assay,
    );
    if (column >= 0) columns[id] = { ...columns[id], column, header: names[column].header, unit: names[column].unit };
  }
}

/** The prefix of the id of a design loss the vocabulary has no column for ("loss@7": the loss in column 7). */
export const LOSS_ITEM = "loss@";

/**
 * Drafters itemise design losses in their own words (井田边界煤柱, 断层煤柱, 工业场地及主要井巷煤柱, 采区损失 …)
 * between 设计利用资源量 and 设计可采储量: every such column the vocabulary does not name, or names twice, is a
 * loss item of its own, so that Σ losses is never short of one of them.
 */
function addLossItems(columns: Record<string, LocatedColumn>, names: readonly HeaderName[]): void {
  const usable = columns.usable?.column;
  const recoverable = columns.recoverable?.column;
  if (usable === undefined || recoverable === undefined || recoverable <= usable) return;
  const taken = new Set(Object.values(columns).map((located) => located.column));
  const other = columnOf(TABLES.design, "otherLoss");
  for (let column = usable + 1; column < recoverable; column++) {
    const { header, unit, name } = names[column] ?? { header: "", unit: "", name: "" };
    if (taken.has(column) || header === "" || columnForHeader(TABLES.design, name)?.id === "losses") continue;
    const id = `${LOSS_ITEM}${column}`;
    columns[id] = { spec: { ...other, id, zh: header, en: header, aliases: [], contains: [] }, column, header, unit };
  }
}

function headerExtent(grid: SheetGrid, top: number, rows: number): { first: number; last: number } {
  let first = Infinity;
  let last = -1;
  for (let row = top; row < top + rows; row++) {
    const width = columnCount(grid, row);
    for (let column = 0; column < width; column++) {
      if (isBlankValue(grid.values[row]?.[column])) continue;
      first = Math.min(first, column);
      last = Math.max(last, column);
    }
  }
  return { first: Number.isFinite(first) ? first : 0, last: Math.max(last, 0) };
}

function readRow(
  grid: SheetGrid,
  row: number,
  columns: Record<string, LocatedColumn>,
  first: number,
  last: number,
): TableRow {
  const cells: Record<string, GridCell> = {};
  for (const id in columns) cells[id] = gridCell(grid, row, columns[id].column);
  const values = grid.values[row];
  let label = "";
  for (let column = first; column <= last && label === ""; column++) {
    const value = values?.[column];
    if (typeof value === "string") label = value.trim();
  }
  return { row, cells, label };
}

const ALL_SPECS: readonly TableSpec[] = Object.values(TABLES);

/** A table's header: how many rows it spans, the columns it covers, and the columns it names. */
interface Header {
  readonly rows: number;
  readonly first: number;
  readonly last: number;
  readonly columns: Record<string, LocatedColumn>;
  /** Copies of the columns further right: the table continued beside itself. */
  readonly repeats: readonly Record<string, LocatedColumn>[];
}

/** The header starting at `top`, with up to two rows under it that continue it. */
function readHeader(grid: SheetGrid, spec: TableSpec, top: number): Header {
  const firstGuess = headerExtent(grid, top, 1);
  let rows = 1;
  while (rows < 3 && continuesHeader(grid, top + rows, spec, firstGuess.first, firstGuess.last)) rows++;
  const { first, last } = headerExtent(grid, top, rows);
  return { rows, first, last, ...combineHeader(grid, top, rows, spec, last + 1) };
}

/** The rows under a header, the subtotals set aside, the total row, and the last row read. */
interface Body {
  readonly rows: TableRow[];
  readonly subtotals: TableRow[];
  readonly total?: TableRow;
  readonly end: number;
}

/**
 * Reads rows under the header until a blank row (passed over in a template, and where only blank rows stand
 * between the rows and their total row), a note, another table's header or the total row.
 */
function readBody(grid: SheetGrid, spec: TableSpec, top: number, header: Header, template: boolean): Body {
  const { columns, first, last } = header;
  const rows: TableRow[] = [];
  const subtotals: TableRow[] = [];
  let end = top + header.rows - 1;
  const height = rowCount(grid);
  const labelOf = (row: number): string => readRow(grid, row, columns, first, last).label;
  for (let index = top + header.rows; index < height; index++) {
    if (isBlankRow(grid, index, first, last)) {
      // a template keeps blank input rows inside its table; elsewhere a blank row ends the table, unless only
      // blank rows stand between the rows and their total row
      if (template) continue;
      let next = index + 1;
      while (next < height && isBlankRow(grid, next, first, last)) next++;
      if (next < height && isTotalLabel(labelOf(next), spec) && !isSubtotal(labelOf(next))) {
        index = next - 1;
        continue;
      }
      break;
    }
    const row = readRow(grid, index, columns, first, last);
    if (isNote(row.label) && row.label === textOf(grid.values[index]?.[first])) break;
    if (!hasNumber(grid, index) && headerSpec(grid, index, ALL_SPECS)) break;
    end = index;
    if (isSubtotal(row.label) && isTotalLabel(row.label, spec)) {
      subtotals.push(row);
      continue;
    }
    if (isTotalLabel(row.label, spec)) return { rows, subtotals, total: row, end };
    rows.push(row);
  }
  return { rows, subtotals, end };
}

/** A row's texts, left to right, a merged cell (its text repeated in each cell it covers) once. */
function rowTexts(grid: SheetGrid, row: number): string[] {
  const texts: string[] = [];
  const width = columnCount(grid, row);
  for (let column = 0; column < width; column++) {
    const text = textOf(grid.values[row]?.[column]);
    if (text !== "" && texts[texts.length - 1] !== text) texts.push(text);
  }
  return texts;
}

/** The texts of up to three rows over a header, top down, stopping at a row with numbers (the table above). */
function captionOf(grid: SheetGrid, top: number): string[] {
  const rows: string[][] = [];
  for (let row = top - 1; row >= Math.max(0, top - 3) && !hasNumber(grid, row); row--)
    rows.unshift(rowTexts(grid, row));
  return rows.flat();
}

/** The texts of the header rows, each once at its first cell. */
function headingsOf(grid: SheetGrid, top: number, rows: number, first: number, last: number) {
  const seen = new Map<string, string>();
  for (let row = top; row < top + rows; row++) {
    for (let column = first; column <= last; column++) {
      const text = textOf(grid.values[row]?.[column]);
      if (text !== "" && !seen.has(text)) seen.set(text, gridCell(grid, row, column).address);
    }
  }
  return [...seen].map(([text, address]) => ({ text, address }));
}

/** The lines of up to three non-blank rows under a table, each row's cells joined by spaces, until another header. */
function footerOf(grid: SheetGrid, end: number): string[] {
  const lines: string[] = [];
  for (let row = end + 1; row < rowCount(grid) && lines.length < 3 && row <= end + 4; row++) {
    const cells = rowTexts(grid, row);
    if (cells.length === 0) continue;
    if (headerSpec(grid, row, ALL_SPECS)) break;
    lines.push(cells.join(" "));
  }
  return lines;
}

/** What stands around a table: its title and notes above (and the unit a note gives), the lines under it, its header texts. */
function surroundings(
  grid: SheetGrid,
  box: { top: number; headerRows: number; first: number; last: number; end: number },
): Pick<LocatedTable, "unitNote" | "caption" | "footer" | "headings"> {
  const caption = captionOf(grid, box.top);
  return {
    unitNote: unitNoteOf(caption),
    caption,
    footer: footerOf(grid, box.end),
    headings: headingsOf(grid, box.top, box.headerRows, box.first, box.last),
  };
}

/** The unit a "单位：万t" (单位:万吨, （单位：t）) line gives, when it names one tonnage or rate unit. */
export function unitNoteOf(texts: readonly string[]): string {
  for (const text of texts) {
    const found = /单位\s*[:：]\s*([^\s;；,，、)）]+)/.exec(text);
    if (found && isUnitText(found[1])) return splitHeader(`x(${found[1]})`).unit;
  }
  return "";
}

/** Reads the table whose header starts at `top`. */
/** The rows of the copies of a table beside it, read on the same sheet rows, after the rows of the first copy. */
function continuedRows(grid: SheetGrid, rows: readonly TableRow[], repeats: Header["repeats"]): TableRow[] {
  const continued: TableRow[] = [];
  for (const group of repeats) {
    const columnsOfGroup = Object.values(group).map((located) => located.column);
    const from = Math.min(...columnsOfGroup);
    const to = Math.max(...columnsOfGroup);
    for (const { row } of rows) {
      if (isBlankRow(grid, row, from, to)) continue;
      continued.push(readRow(grid, row, group, from, to));
    }
  }
  return continued;
}

function readTable(grid: SheetGrid, spec: TableSpec, top: number, template: boolean): LocatedTable {
  const header = readHeader(grid, spec, top);
  const { first, last, columns } = header;
  const body = readBody(grid, spec, top, header, template);
  const { subtotals, total, end } = body;
  const rows = [...body.rows, ...continuedRows(grid, body.rows, header.repeats)];
  return {
    spec,
    kind: spec.kind,
    headerRow: top,
    headerRows: header.rows,
    firstColumn: first,
    lastColumn: last,
    columns,
    missing: requiredOf(spec).filter((column) => !columns[column.id]),
    rows,
    subtotals,
    ...(total ? { total } : {}),
    range: rangeAddress({ row: top, column: first, rows: end - top + 1, columns: last - first + 1 }),
    endRow: end,
    template,
    ...surroundings(grid, { top, headerRows: header.rows, first, last, end }),
  };
}

/**
 * The first table of `spec` in the sheet at or below row `from` (0-based): a row that names enough of its
 * required columns (all when it has two, else at least half and at least two) and names them better than any
 * other table's vocabulary does. Undefined when there is none.
 */
export function locateTable(grid: SheetGrid, spec: TableSpec, from = 0): LocatedTable | undefined {
  const kind = templateKind(grid);
  if (kind !== undefined && kind !== spec.kind) return undefined;
  const height = rowCount(grid);
  for (let row = from; row < height; row++) {
    if (headerSpec(grid, row, kind ? [spec] : ALL_SPECS) === spec) {
      return readTable(grid, spec, row, kind === spec.kind);
    }
  }
  return undefined;
}

/** Summary rows a drafter labels down the side of a summary written across (设计值, 国家最低要求, 是否达标 …). */
const ACROSS_LABELS = new Set(["value", "minimum", "meets", "mineral", "method", "condition", "source"]);

/**
 * A summary written across: the rates as column headers over rows labelled 设计值 / 国家最低要求 / 是否达标
 * (| 项目 | 开采回采率(%) | 贫化率(%) | 选矿回收率(%) | 综合利用率(%) |). Read as the summary table, one row per rate
 * named in the header, each cell at its own address; undefined when the header names fewer than two of the three
 * rates or no row under it is labelled as the design value.
 */
function summaryAcross(grid: SheetGrid, top: number): LocatedTable | undefined {
  const spec = TABLES.summary;
  const width = columnCount(grid, top);
  let labelColumn = -1;
  const rateColumns: number[] = [];
  for (let column = 0; column < width; column++) {
    const text = textOf(grid.values[top]?.[column]);
    if (text === "") continue;
    if (labelColumn < 0) labelColumn = column;
    else if (indicatorOf(splitHeader(text).name)) rateColumns.push(column);
  }
  if (new Set(rateColumns.map((column) => indicatorOf(textOf(grid.values[top]?.[column])))).size < 2) return undefined;
  const labelled = new Map<string, { row: number; spec: ColumnSpec; label: string }>();
  let end = top;
  for (let row = top + 1; row < rowCount(grid); row++) {
    const label = textOf(grid.values[row]?.[labelColumn]);
    const named = label === "" ? undefined : columnForHeader(spec, splitHeader(label).name);
    if (!named || !ACROSS_LABELS.has(named.id) || labelled.has(named.id)) break;
    labelled.set(named.id, { row, spec: named, label });
    end = row;
  }
  if (!labelled.has("value")) return undefined;
  const indicator = columnOf(spec, "indicator");
  const rateUnit = splitHeader(textOf(grid.values[top]?.[rateColumns[0]])).unit;
  const columns: Record<string, LocatedColumn> = {
    indicator: { spec: indicator, column: labelColumn, header: textOf(grid.values[top]?.[labelColumn]), unit: "" },
  };
  for (const [id, { spec: named, label }] of labelled) {
    const unit = splitHeader(label).unit || (named.type === "rate" ? rateUnit : "");
    columns[id] = { spec: named, column: labelColumn, header: label, unit };
  }
  const rows: TableRow[] = rateColumns.map((column) => {
    const cells: Record<string, GridCell> = { indicator: gridCell(grid, top, column) };
    for (const [id, { row }] of labelled) cells[id] = gridCell(grid, row, column);
    return { row: top, cells, label: textOf(grid.values[top]?.[column]) };
  });
  const last = Math.max(...rateColumns);
  return {
    spec,
    kind: spec.kind,
    headerRow: top,
    headerRows: 1,
    firstColumn: labelColumn,
    lastColumn: last,
    columns,
    missing: [],
    rows,
    subtotals: [],
    range: rangeAddress({ row: top, column: labelColumn, rows: end - top + 1, columns: last - labelColumn + 1 }),
    endRow: end,
    template: false,
    ...surroundings(grid, { top, headerRows: 1, first: labelColumn, last, end }),
  };
}

/** The resource classes a column under a heading can hold (GB/T 17766-2020's words, and the 1999 codes). */
const CLASS_HEADER = new RegExp(
  `^(${[...RESOURCE_CLASSES, ...RESERVE_CLASSES].join("|")}|33[1-4]|12[12]b?|2M2[12]|2S2[12])`,
);

/**
 * A resources table with its classes across (| 煤层 | 保有资源量 → 探明 | 控制 | 推断 | 小计 |), as coal plans give
 * it: read as the resources table, one row per seam and class, the class from the cell above the number. The 小计
 * column and the total row are not rows of it (a class total, not a resource). Undefined when the header is not one.
 */
function resourcesAcross(grid: SheetGrid, top: number): LocatedTable | undefined {
  const spec = TABLES.resources;
  const width = columnCount(grid, top);
  const classColumns: number[] = [];
  let labelColumn = -1;
  for (let column = 0; column < width; column++) {
    const upper = textOf(grid.values[top]?.[column]);
    const lower = textOf(grid.values[top + 1]?.[column]);
    if (upper === "") continue;
    if (labelColumn < 0) labelColumn = column;
    const { name } = splitHeader(upper);
    // a class column (a row-wise table), or a design column (a design table by class): not this layout
    if (columnForHeader(spec, name)?.id === "category") return undefined;
    if (["usable", "recoverable", "losses"].includes(columnForHeader(TABLES.design, name)?.id ?? "")) return undefined;
    if (columnForHeader(spec, name)?.id === "ore" && CLASS_HEADER.test(lower)) classColumns.push(column);
  }
  if (classColumns.length < 2 || labelColumn < 0 || classColumns.includes(labelColumn)) return undefined;
  const [ore, category, block] = ["ore", "category", "block"].map((id) => columnOf(spec, id));
  const heading = textOf(grid.values[top]?.[classColumns[0]]);
  const columns: Record<string, LocatedColumn> = {
    block: { spec: block, column: labelColumn, header: textOf(grid.values[top]?.[labelColumn]), unit: "" },
    category: { spec: category, column: classColumns[0], header: heading, unit: "" },
    ore: { spec: ore, column: classColumns[0], header: heading, unit: splitHeader(heading).unit },
  };
  const rows: TableRow[] = [];
  const subtotals: TableRow[] = [];
  let end = top + 1;
  for (let row = top + 2; row < rowCount(grid) && hasNumber(grid, row); row++) {
    end = row;
    const label = textOf(grid.values[row]?.[labelColumn]);
    const across = classColumns.map((column) => ({
      row,
      cells: {
        block: gridCell(grid, row, labelColumn),
        category: gridCell(grid, top + 1, column),
        ore: gridCell(grid, row, column),
      },
      label,
    }));
    if (isTotalLabel(label, spec)) subtotals.push(...across);
    else rows.push(...across.filter((each) => !isBlankValue(each.cells.ore.value)));
  }
  const last = Math.max(...classColumns);
  return {
    spec,
    kind: spec.kind,
    headerRow: top,
    headerRows: 2,
    firstColumn: labelColumn,
    lastColumn: last,
    columns,
    missing: [],
    rows,
    subtotals,
    range: rangeAddress({ row: top, column: labelColumn, rows: end - top + 1, columns: last - labelColumn + 1 }),
    endRow: end,
    template: false,
    ...surroundings(grid, { top, headerRows: 2, first: labelColumn, last, end }),
  };
}

/** Every table in the sheet, top to bottom (a template sheet: only the table its A1 names). */
export function locateTables(grid: SheetGrid): LocatedTable[] {
  const kind = templateKind(grid);
  const specs = kind ? [TABLES[kind]] : ALL_SPECS;
  const tables: LocatedTable[] = [];
  const height = rowCount(grid);
  for (let row = 0; row < height; row++) {
    const across = kind ? undefined : (summaryAcross(grid, row) ?? resourcesAcross(grid, row));
    if (across) {
      tables.push(across);
      row = across.endRow;
      continue;
    }
    const spec = headerSpec(grid, row, specs);
    if (!spec) continue;
    const table = readTable(grid, spec, row, kind === spec.kind);
    tables.push(table);
    row = Math.max(row, table.endRow);
  }
  return tables;
}
