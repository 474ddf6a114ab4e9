/**
 * Typed reading of a located table: each cell as a stated number (in one unit per quantity: tonnes when the
 * header gives a tonnage unit, fractions for rates), blank, text or an error value, with the rounding a number
 * typed by hand carries. Rates typed as percent numbers (83.5 under 回采率(%)) are read as fractions: a column
 * is taken to hold percent numbers when most of its non-zero numbers exceed 1. A formula cell saved without a
 * result (the reader of the file says which) is neither blank nor a number: what depends on it is not checked.
 */
import { ColumnSpec, TableKind } from "../templates/columns";
import { GridCell, isBlankValue, isErrorValue, textOf, typedHalfUnit } from "./grid";
import { LocatedTable, TableRow } from "./locate";

export type StatedKind = "number" | "blank" | "text" | "error" | "uncached";

export interface Stated {
  readonly cell: GridCell;
  readonly kind: StatedKind;
  /** The number in base units (see {@link TableReader.scale}); NaN unless `kind` is "number". */
  readonly value: number;
  /** How far a typed number may be off by its rounding, in base units; 0 for a formula's result. */
  readonly halfUnit: number;
  /** What the cell shows, as text. */
  readonly text: string;
}

/** What a number column measures, for its unit. */
type Measure = "tonnage" | "metal" | "grade" | "factor" | "rate" | "coordinate" | "text";

/** Tonnage units in tonnes (a Map: units come from headers users write). */
const TONNES: ReadonlyMap<string, number> = new Map([
  ["t", 1],
  ["吨", 1],
  ["kt", 1e3],
  ["千t", 1e3],
  ["千吨", 1e3],
  ["万t", 1e4],
  ["万吨", 1e4],
  ["mt", 1e6],
  ["百万t", 1e6],
  ["百万吨", 1e6],
  ["亿t", 1e8],
  ["亿吨", 1e8],
  ["kg", 1e-3],
  ["千克", 1e-3],
  ["g", 1e-6],
  ["克", 1e-6],
]);

/** The size in tonnes of a header's unit, undefined when it is not a tonnage unit. */
export function tonnesOf(unit: string): number | undefined {
  return TONNES.get(unit.toLowerCase()) ?? TONNES.get(unit);
}

/** Grade units as a fraction of the ore: % → 0.01, g/t → 1e-6. */
export const GRADE_UNITS: ReadonlyMap<string, number> = new Map([
  ["%", 0.01],
  ["‰", 1e-3],
  ["g/t", 1e-6],
  ["克/吨", 1e-6],
]);

function measureOf(spec: ColumnSpec): Measure {
  if (spec.type === "text") return "text";
  if (spec.type === "rate") return "rate";
  if (spec.id === "grade") return "grade";
  if (spec.id === "metal") return "metal";
  if (spec.id === "factor") return "factor";
  if (spec.id === "x" || spec.id === "y") return "coordinate";
  return "tonnage";
}

export class TableReader {
  readonly table: LocatedTable;
  private readonly scales = new Map<string, number>();
  /** A1 addresses of the sheet's formula cells saved without a result. */
  private readonly uncached: ReadonlySet<string>;
  /** The cells of the row read last, as read (see {@link get}). */
  private lastRow: TableRow | undefined;
  private readonly lastIds: string[] = [];
  private readonly lastRead: Stated[] = [];

  constructor(table: LocatedTable, uncached: ReadonlySet<string> = new Set()) {
    this.table = table;
    this.uncached = uncached;
    const rows = [...table.rows, ...(table.total ? [table.total] : [])];
    // tonnage columns without a unit take the unit of a "单位：万t" line over the table, else the unit the other
    // tonnage columns of the table give
    const tonnageUnits = Object.values(table.columns)
      .filter((column) => measureOf(column.spec) === "tonnage")
      .map((column) => tonnesOf(column.unit))
      .filter((tonnes): tonnes is number => tonnes !== undefined);
    const tableTonnes = tonnesOf(table.unitNote) ?? tonnageUnits[0] ?? 1;
    for (const [id, column] of Object.entries(table.columns)) {
      const measure = measureOf(column.spec);
      let scale = 1;
      if (measure === "tonnage") scale = tonnesOf(column.unit) ?? tableTonnes;
      else if (measure === "metal") scale = tonnesOf(column.unit) ?? 1;
      else if (measure === "rate") {
        // percent numbers when most of the column's non-zero numbers exceed 1: one mistyped 1.05 among fractions
        // stays a mistake in its own cell instead of turning the whole column into percents
        let numbers = 0;
        let above = 0;
        for (const row of rows) {
          const cell = row.cells[id];
          const value = cell?.value;
          // a number cell as statedOf reads it (its text never holds "%"), without reading it whole
          const read = typeof value === "number" ? value : cell ? statedOf(cell, 1, false) : NaN;
          if (typeof read === "number") {
            if (!Number.isFinite(read) || read === 0) continue;
            numbers++;
            if (read > 1 + 1e-9) above++;
          } else if (read.kind === "number" && !read.text.includes("%") && read.value !== 0) {
            numbers++;
            if (read.value > 1 + 1e-9) above++;
          }
        }
        scale = above * 2 > numbers ? 0.01 : 1;
      }
      this.scales.set(id, scale);
    }
  }

  get kind(): TableKind {
    return this.table.kind;
  }

  has(id: string): boolean {
    return this.table.columns[id] !== undefined;
  }

  /** Base value = shown value × scale (tonnes per unit; 0.01 for a percent-number rate column). */
  scale(id: string): number {
    return this.scales.get(id) ?? 1;
  }

  unit(id: string): string {
    const column = this.table.columns[id];
    if (!column) return "";
    return column.unit || (measureOf(column.spec) === "tonnage" ? this.table.unitNote : "");
  }

  isRate(id: string): boolean {
    return this.table.columns[id]?.spec.type === "rate";
  }

  /** The cell of column `id` in `row`, read; undefined when the table has no such column. */
  get(row: TableRow, id: string): Stated | undefined {
    const cell = row.cells[id];
    if (!cell) return undefined;
    // a check reads a row's cells several times over: the last row's are kept
    const ids = this.lastIds;
    if (row !== this.lastRow) {
      this.lastRow = row;
      ids.length = 0;
      this.lastRead.length = 0;
    }
    const at = ids.indexOf(id);
    if (at >= 0 && this.lastRead[at].cell === cell) return this.lastRead[at];
    const read: Stated =
      this.uncached.size > 0 && this.uncached.has(cell.address)
        ? { cell, kind: "uncached", value: NaN, halfUnit: 0, text: "" }
        : statedOf(cell, this.scale(id), this.isRate(id) && this.scale(id) === 1);
    if (at >= 0) this.lastRead[at] = read;
    else {
      ids.push(id);
      this.lastRead.push(read);
    }
    return read;
  }

  /** The column's cells' text (for text columns); "" for a formula saved without a result. */
  text(row: TableRow, id: string): string {
    const cell = row.cells[id];
    return cell ? textOf(cell.value) : "";
  }

  /** Whether the cell of column `id` in `row` is a formula saved without a result. */
  isUncached(row: TableRow, id: string): boolean {
    const cell = row.cells[id];
    return cell !== undefined && this.uncached.has(cell.address);
  }

  /** Whether any cell of `row` the table reads is a formula saved without a result. */
  rowHasUncached(row: TableRow): boolean {
    return Object.values(row.cells).some((cell) => this.uncached.has(cell.address));
  }
}

/** A formula that rounds its result (ROUND, ROUNDUP, ROUNDDOWN, TRUNC, FIXED, TEXT). */
const ROUNDING = /\b(ROUND|ROUNDUP|ROUNDDOWN|TRUNC|FIXED|TEXT)\s*\(/i;
/** A formula that only refers to one cell ("=B7", "='表5 矿块回采率'!G7"): it shows that cell's rounding. */
const REFERENCE = /^=\s*(?:(?:'[^']+'|[^!'"=()]+)!)?\$?[A-Z]{1,3}\$?\d+\s*$/i;

/**
 * How far a stated number may be off its exact value by rounding: half a unit of its last digit when typed, or
 * when a formula rounds it or refers to a cell that may be typed; 0 for other formulas (exact to the last bit).
 */
function halfUnitOf(cell: GridCell, value: number, fractionRate: boolean): number {
  if (!cell.formula || REFERENCE.test(cell.formula)) return typedHalfUnit(value, fractionRate);
  // ROUNDUP and ROUNDDOWN (and TRUNC) move a value by up to a whole unit of the last digit kept
  if (ROUNDING.test(cell.formula))
    return typedHalfUnit(value, false) * (/ROUND(UP|DOWN)|TRUNC/i.test(cell.formula) ? 2 : 1);
  return 0;
}

/** The words and signs a drafter puts before a bound: ≥, >=, 不低于, 不小于, 大于等于. */
const BOUND = /^\s*(?:≥|≧|>=|＞=|不低于|不小于|大于等于)\s*/;

/** A number cell as read: its text (the number as JavaScript prints it) written out when first asked for. */
class StatedNumber implements Stated {
  readonly kind = "number";

  constructor(
    readonly cell: GridCell,
    readonly value: number,
    readonly halfUnit: number,
    private readonly shown: number,
  ) {}

  get text(): string {
    return textOf(this.shown);
  }
}

export function statedOf(cell: GridCell, scale: number, fractionRate: boolean): Stated {
  const value = cell.value;
  if (typeof value === "number" && Number.isFinite(value)) {
    return new StatedNumber(cell, value * scale, halfUnitOf(cell, value, fractionRate) * scale, value);
  }
  const text = textOf(value);
  if (typeof value === "boolean") return { cell, kind: "text", value: NaN, halfUnit: 0, text };
  if (isBlankValue(value)) return { cell, kind: "blank", value: NaN, halfUnit: 0, text };
  if (isErrorValue(value)) return { cell, kind: "error", value: NaN, halfUnit: 0, text: text.toUpperCase() };
  // numbers typed as text ("1,234.5", "83.5%") are read as numbers: Excel users meet them in pasted tables; a
  // bound as drafters write a minimum ("≥90", "不低于 90%") is its number
  const bare = text.replace(BOUND, "").replace(/％/g, "%");
  const typed = /^([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d*\.?\d+(?:e[+-]?\d+)?)\s*(%?)$/i.exec(bare);
  if (typed) {
    const [, digits, percentSign] = typed;
    const number = Number(digits.replace(/,/g, ""));
    const read = number * (percentSign ? 0.01 : 1);
    if (Number.isFinite(read)) {
      const halfUnit = typedHalfUnit(number, false) * (percentSign ? 0.01 : 1) * (percentSign ? 1 : scale);
      return { cell, kind: "number", value: percentSign ? read : read * scale, halfUnit, text };
    }
  }
  return { cell, kind: "text", value: NaN, halfUnit: 0, text };
}
