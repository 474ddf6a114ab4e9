/**
 * Finding the six tables in a sheet by their column vocabulary (src/core/templates/columns.ts): a template sheet
 * names its table after the marker in A1, but a drafter's own table anywhere in a sheet, with the usual headers
 * (aliases, units in brackets or after a slash, a second header row under a merged group heading such as
 * 设计损失量 → 永久矿柱 … 小计), is found as well. Rows are read from under the header until a blank row, a note
 * ("注：…") or a total row; subtotal rows (小计) are set aside and reading goes on; blank rows are passed over when
 * only blank rows separate the table from its total row, and always in a template (its blank input rows).
 */
import {
  ColumnSpec,
  TABLES,
  TEMPLATE_MARKER,
  TOTAL_LABELS,
  TableKind,
  TableSpec,
  columnForHeader,
} from "../templates/columns";
import { SheetGrid, rangeAddress } from "../workbook/sheetPlan";
import { GridCell, columnCount, gridCell, isBlankValue, rowCount, textOf } from "./grid";

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

const UNIT_WORD = new RegExp(`^(?:${UNITS.map((u) => u.replace(/[/]/g, "\\/")).join("|")})$`, "i");

/** Whether a text is only a unit ("万t", "(%)", "（g/t）"). */
export function isUnitText(text: string): boolean {
  const t = text.replace(/[（(）)\s]/g, "");
  return t !== "" && UNIT_WORD.test(t);
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
    for (const u of UNITS) {
      const tail = new RegExp(`(?:[/／,，]\\s*|\\s+|)${u.replace(/[/]/g, "\\/")}$`, u === "t" || u === "g" ? "" : "i");
      const m = tail.exec(name);
      // a bare "t" or "g" ends many words ("Mt" aside); only take it after a separator
      if (m && m.index > 0 && ((u !== "t" && u !== "g") || m[0].length > u.length)) {
        unit = u;
        name = name.slice(0, m.index).trim();
        break;
      }
    }
  }
  return { name, unit: unit.replace("％", "%") };
}

function isTotalLabel(text: string, spec: TableSpec): boolean {
  const t = text.replace(/\s+/g, "");
  return TOTAL_LABELS.some((l) => t.startsWith(l)) || (spec.totalLabel !== null && t.startsWith(spec.totalLabel));
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

function lookupHeader(spec: TableSpec, header: string): { col: ColumnSpec | undefined; unit: string } {
  let entry = HEADER_CACHE.get(header);
  if (!entry) {
    if (HEADER_CACHE.size > 10_000) HEADER_CACHE.clear();
    entry = { unit: splitHeader(header).unit, columns: {} };
    HEADER_CACHE.set(header, entry);
  }
  let col = entry.columns[spec.kind];
  if (col === undefined) {
    col = columnForHeader(spec, splitHeader(header).name) ?? null;
    entry.columns[spec.kind] = col;
  }
  return { col: col ?? undefined, unit: entry.unit };
}

/** The spec columns named by one header row: column index → match. Numbers never name a column. */
function matchRow(grid: SheetGrid, row: number, spec: TableSpec): Map<number, HeaderCell> {
  const out = new Map<number, HeaderCell>();
  const seen = new Set<string>();
  const width = columnCount(grid, row);
  for (let c = 0; c < width; c++) {
    const value = grid.values[row]?.[c];
    if (typeof value !== "string") continue;
    const header = value.trim();
    if (header === "" || header.length > 40) continue;
    const { col, unit } = lookupHeader(spec, header);
    if (!col || seen.has(col.id)) continue;
    seen.add(col.id);
    out.set(c, { spec: col, header, unit });
  }
  return out;
}

function requiredOf(spec: TableSpec): ColumnSpec[] {
  return spec.columns.filter((c) => c.required);
}

/** How many required columns a header must name to be taken for this table (all of them when there are two). */
function threshold(spec: TableSpec): number {
  const n = requiredOf(spec).length;
  return Math.min(n, Math.max(2, Math.ceil(n / 2)));
}

function score(matches: Map<number, HeaderCell>): { all: number; required: number } {
  let required = 0;
  for (const m of matches.values()) if (m.spec.required) required++;
  return { all: matches.size, required };
}

function qualifies(spec: TableSpec, matches: Map<number, HeaderCell>): boolean {
  return score(matches).required >= threshold(spec);
}

function hasNumber(grid: SheetGrid, row: number): boolean {
  const width = columnCount(grid, row);
  for (let c = 0; c < width; c++) if (typeof grid.values[row]?.[c] === "number") return true;
  return false;
}

function isBlankRow(grid: SheetGrid, row: number, first: number, last: number): boolean {
  for (let c = first; c <= last; c++) if (!isBlankValue(grid.values[row]?.[c])) return false;
  return true;
}

/** The kind a template sheet names in A1 after the marker, if any. */
export function templateKind(grid: SheetGrid): TableKind | undefined {
  const a1 = textOf(grid.values[0]?.[0]);
  if (!a1.startsWith(TEMPLATE_MARKER)) return undefined;
  const rest = a1.slice(TEMPLATE_MARKER.length);
  // the longest name first: 资源储量表 is not mistaken for part of another title
  const kinds = (Object.keys(TABLES) as TableKind[]).sort((a, b) => TABLES[b].zh.length - TABLES[a].zh.length);
  return kinds.find((k) => rest.includes(TABLES[k].zh) || rest.toLowerCase().includes(TABLES[k].en.toLowerCase()));
}

/** Whether a row has at least two text cells: a header names at least two columns. */
function mayBeHeader(grid: SheetGrid, row: number): boolean {
  const cells = grid.values[row];
  if (!cells) return false;
  let texts = 0;
  for (const v of cells) if (typeof v === "string" && v.trim() !== "" && ++texts >= 2) return true;
  return false;
}

/** Of the specs, the one a row is the header of (most columns named, then most required), if any. */
function headerSpec(grid: SheetGrid, row: number, specs: readonly TableSpec[]): TableSpec | undefined {
  if (!mayBeHeader(grid, row)) return undefined;
  let best: { spec: TableSpec; all: number; required: number } | undefined;
  for (const spec of specs) {
    const matches = matchRow(grid, row, spec);
    if (!qualifies(spec, matches)) continue;
    const s = score(matches);
    if (!best || s.all > best.all || (s.all === best.all && s.required > best.required)) best = { spec, ...s };
  }
  return best?.spec;
}

/** Header texts of a row, by column, and the nearest text at or left of each column (a merged heading). */
function headerTexts(grid: SheetGrid, row: number, width: number): { own: string[]; parent: string[] } {
  const own: string[] = [];
  const parent: string[] = [];
  let last = "";
  for (let c = 0; c < width; c++) {
    const v = grid.values[row]?.[c];
    const t = typeof v === "string" ? v.trim() : "";
    own.push(t);
    if (t !== "") last = t;
    parent.push(last);
  }
  return { own, parent };
}

/** Whether the row under a header continues it: no numbers, and some text naming a column or giving a unit. */
function continuesHeader(grid: SheetGrid, row: number, spec: TableSpec, first: number, last: number): boolean {
  if (row >= rowCount(grid) || hasNumber(grid, row)) return false;
  let any = false;
  for (let c = first; c <= last; c++) {
    const t = textOf(grid.values[row]?.[c]);
    if (t === "") continue;
    if (isTotalLabel(t, spec) && !isSubtotal(t)) return false;
    if (isUnitText(t) || isSubtotal(t) || columnForHeader(spec, splitHeader(t).name)) any = true;
  }
  return any;
}

/**
 * Combines a header row with the rows under it that continue it: a lower cell naming a column wins, a lower
 * 小计/合计 under a merged heading takes the heading's column, a lower unit gives the unit, a lower text that
 * names nothing leaves the column unnamed (it is a sub-column the vocabulary does not know).
 */
function combineHeader(grid: SheetGrid, top: number, rows: number, spec: TableSpec, width: number) {
  const names: { header: string; unit: string; name: string }[] = [];
  for (let c = 0; c < width; c++) names.push({ header: "", unit: "", name: "" });
  const upper = headerTexts(grid, top, width);
  for (let c = 0; c < width; c++) {
    const t = upper.own[c];
    if (t === "") continue;
    const { name, unit } = splitHeader(t);
    names[c] = { header: t, unit, name };
  }
  for (let r = top + 1; r < top + rows; r++) {
    const above = headerTexts(grid, r - 1, width);
    const lower = headerTexts(grid, r, width);
    for (let c = 0; c < width; c++) {
      const t = lower.own[c];
      if (t === "") continue;
      if (isUnitText(t)) {
        names[c] = { ...names[c], unit: t.replace(/[（(）)\s]/g, "").replace("％", "%") };
        continue;
      }
      const parentText = above.own[c] !== "" ? above.own[c] : above.parent[c];
      const parent = splitHeader(parentText);
      if (isTotalLabel(t, spec)) {
        names[c] = { header: `${parentText} / ${t}`, unit: parent.unit || names[c].unit, name: parent.name };
        continue;
      }
      const own = splitHeader(t);
      names[c] = columnForHeader(spec, own.name)
        ? {
            header: parentText && parentText !== t ? `${parentText} / ${t}` : t,
            unit: own.unit || parent.unit,
            name: own.name,
          }
        : { header: t, unit: own.unit, name: "" };
    }
  }
  const columns: Record<string, LocatedColumn> = {};
  for (let c = 0; c < width; c++) {
    const n = names[c];
    if (n.name === "") continue;
    const col = columnForHeader(spec, n.name);
    if (!col || columns[col.id]) continue;
    columns[col.id] = { spec: col, column: c, header: n.header, unit: n.unit };
  }
  return columns;
}

function headerExtent(grid: SheetGrid, top: number, rows: number): { first: number; last: number } {
  let first = Infinity;
  let last = -1;
  for (let r = top; r < top + rows; r++) {
    const width = columnCount(grid, r);
    for (let c = 0; c < width; c++) {
      if (isBlankValue(grid.values[r]?.[c])) continue;
      first = Math.min(first, c);
      last = Math.max(last, c);
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
  for (const [id, col] of Object.entries(columns)) cells[id] = gridCell(grid, row, col.column);
  let label = "";
  for (let c = first; c <= last && label === ""; c++) {
    const v = grid.values[row]?.[c];
    if (typeof v === "string" && v.trim() !== "") label = v.trim();
  }
  return { row, cells, label };
}

const ALL_SPECS: readonly TableSpec[] = Object.values(TABLES);

/** Reads the table whose header starts at `top`. */
function readTable(grid: SheetGrid, spec: TableSpec, top: number, template: boolean): LocatedTable {
  const firstGuess = headerExtent(grid, top, 1);
  let headerRows = 1;
  while (headerRows < 3 && continuesHeader(grid, top + headerRows, spec, firstGuess.first, firstGuess.last))
    headerRows++;
  const { first, last } = headerExtent(grid, top, headerRows);
  const width = last + 1;
  const columns = combineHeader(grid, top, headerRows, spec, width);
  const missing = requiredOf(spec).filter((c) => !columns[c.id]);
  const rows: TableRow[] = [];
  const subtotals: TableRow[] = [];
  let total: TableRow | undefined;
  let end = top + headerRows - 1;
  const height = rowCount(grid);
  const firstText = (r: number): string => readRow(grid, r, columns, first, last).label;
  for (let r = top + headerRows; r < height; r++) {
    if (isBlankRow(grid, r, first, last)) {
      // a template keeps blank input rows inside its table; elsewhere a blank row ends the table, unless only
      // blank rows stand between the rows and their total row
      if (template) continue;
      let next = r + 1;
      while (next < height && isBlankRow(grid, next, first, last)) next++;
      if (next < height && isTotalLabel(firstText(next), spec) && !isSubtotal(firstText(next))) {
        r = next - 1;
        continue;
      }
      break;
    }
    const row = readRow(grid, r, columns, first, last);
    if (isNote(row.label) && row.label === textOf(grid.values[r]?.[first])) break;
    if (!hasNumber(grid, r) && headerSpec(grid, r, ALL_SPECS)) break;
    end = r;
    if (isSubtotal(row.label) && isTotalLabel(row.label, spec)) {
      subtotals.push(row);
      continue;
    }
    if (isTotalLabel(row.label, spec)) {
      total = row;
      break;
    }
    rows.push(row);
  }
  return {
    spec,
    kind: spec.kind,
    headerRow: top,
    headerRows,
    firstColumn: first,
    lastColumn: last,
    columns,
    missing,
    rows,
    subtotals,
    ...(total ? { total } : {}),
    range: rangeAddress({ row: top, column: first, rows: end - top + 1, columns: last - first + 1 }),
    endRow: end,
    template,
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
  for (let r = from; r < height; r++) {
    if (headerSpec(grid, r, kind ? [spec] : ALL_SPECS) === spec) return readTable(grid, spec, r, kind === spec.kind);
  }
  return undefined;
}

/** Every table in the sheet, top to bottom (a template sheet: only the table its A1 names). */
export function locateTables(grid: SheetGrid): LocatedTable[] {
  const kind = templateKind(grid);
  const specs = kind ? [TABLES[kind]] : ALL_SPECS;
  const out: LocatedTable[] = [];
  const height = rowCount(grid);
  for (let r = 0; r < height; r++) {
    const spec = headerSpec(grid, r, specs);
    if (!spec) continue;
    const table = readTable(grid, spec, r, kind === spec.kind);
    out.push(table);
    r = Math.max(r, table.endRow);
  }
  return out;
}
