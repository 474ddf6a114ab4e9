/**
 * The one way a derived cell is checked: recompute it from the stated values of its own row (never from other
 * recomputations, so one mistake is reported once, where it is, and not again in every cell downstream), compare
 * with the tolerance of record.ts, and flag with the rule — or with a more specific rule when the stated value
 * matches a known mistake (a loss left out, a simple mean).
 */
import { Message, MineError } from "../errors";
import { LocatedTable, TableRow } from "./locate";
import { Stated, TableReader } from "./read";
import { Recorder, Scope, ValueFormat, agrees } from "./record";
import { RULES, Rule, derivedRule } from "./rules";

export const REASONS = {
  blank: { zh: "部分单元格为空，未复核", en: "some cells are blank and were not checked" },
  inputs: {
    zh: "部分行的输入为空或不可读，未复核",
    en: "some rows have blank or unreadable inputs and were not checked",
  },
} as const satisfies Record<string, Message>;

/** A more specific reading of a mismatch: another rule, or a note on the same rule. */
export interface Diagnosis {
  readonly rule?: Rule;
  readonly note?: Message;
}

export class TableCheck {
  readonly scope: Scope;

  constructor(
    readonly rec: Recorder,
    readonly sheet: string,
    readonly reader: TableReader,
  ) {
    this.scope = { sheet, table: reader.table };
  }

  get table(): LocatedTable {
    return this.reader.table;
  }

  /** How a column's values are shown in findings. */
  format(id: string): ValueFormat {
    const t = this.table.columns[id]?.spec.type;
    return t === "rate" ? "percent" : t === "number" ? "number" : "text";
  }

  /** A stated value as shown in its cell's unit (rates as fractions). */
  shown(id: string, base: number): number {
    return this.reader.isRate(id) ? base : base / this.reader.scale(id);
  }

  /**
   * An input number in base units: undefined when the column is absent or the cell blank (then `blankAs`, when
   * given), and when the cell holds text or an error (flagged once as unreadable).
   */
  input(row: TableRow, id: string, blankAs?: number): number | undefined {
    const s = this.reader.get(row, id);
    if (!s) return blankAs;
    if (s.kind === "number") return s.value;
    if (s.kind === "blank") return blankAs;
    this.unreadable(id, s);
    return undefined;
  }

  unreadable(id: string, s: Stated): void {
    this.rec.flag(RULES.unreadable, this.scope, {
      cell: s.cell.address,
      stated: s.text,
      recomputed: null,
      format: "text",
      unit: this.reader.unit(id),
      ...(s.cell.formula ? { formula: s.cell.formula } : {}),
    });
  }

  /** Flags an input the engine refuses, at `cell`, with the engine's message. */
  invalid(id: string, s: Stated | undefined, error: MineError, fallbackCell: string): void {
    this.rec.flag(RULES.invalid, this.scope, {
      cell: s?.cell.address ?? fallbackCell,
      stated: s ? (s.kind === "number" ? this.shown(id, s.value) : s.text) : null,
      recomputed: null,
      format: s?.kind === "number" ? this.format(id) : "text",
      unit: this.reader.unit(id),
      note: { zh: error.zh, en: error.en },
    });
  }

  /**
   * Checks the derived cell `id` of `row` against `recompute()` (base units; several values when more than one
   * reading is legitimate, e.g. a weighted mean from exact or from rounded block rates). `recompute` returns
   * undefined when its inputs are missing, and may throw a MineError for inputs the engine refuses.
   */
  derived(
    row: TableRow,
    id: string,
    recompute: () => readonly number[] | undefined,
    options: {
      total?: boolean;
      rule?: Rule;
      /** Rules a passing cell also satisfies (those its diagnosis may name), so they show as checked. */
      covers?: readonly Rule[];
      diagnose?: (stated: Stated, expected: number) => Diagnosis | undefined;
    } = {},
  ): void {
    const s = this.reader.get(row, id);
    if (!s) return;
    const rule = options.rule ?? derivedRule(this.table.kind, id, options.total ?? false);
    if (s.kind === "blank") {
      this.rec.skip(rule, this.scope, REASONS.blank);
      return;
    }
    let candidates: readonly number[] | undefined;
    try {
      candidates = recompute();
    } catch (error) {
      if (!(error instanceof MineError)) throw error;
      this.invalid(id, s, error, s.cell.address);
      return;
    }
    if (!candidates || candidates.length === 0 || candidates.some((c) => !Number.isFinite(c))) {
      this.rec.skip(rule, this.scope, REASONS.inputs);
      return;
    }
    const expected = candidates[0];
    if (s.kind === "text") {
      this.unreadable(id, s);
      return;
    }
    if (s.kind === "number" && candidates.some((c) => agrees(s, c))) {
      this.rec.pass(rule, this.scope);
      for (const r of options.covers ?? []) this.rec.pass(r, this.scope);
      return;
    }
    const diagnosis = s.kind === "number" ? options.diagnose?.(s, expected) : undefined;
    this.rec.flag(diagnosis?.rule ?? rule, this.scope, {
      cell: s.cell.address,
      stated: s.kind === "number" ? this.shown(id, s.value) : s.text,
      recomputed: this.shown(id, expected),
      format: this.format(id),
      unit: this.reader.unit(id),
      ...(s.cell.formula ? { formula: s.cell.formula } : {}),
      ...(diagnosis?.note ? { note: diagnosis.note } : {}),
    });
  }

  /** Total row: each listed column is the sum of the rows' stated values. */
  sums(ids: readonly string[]): void {
    const total = this.table.total;
    if (!total) return;
    for (const id of ids) {
      if (!this.reader.has(id)) continue;
      this.derived(
        total,
        id,
        () => {
          let sum = 0;
          for (const row of this.table.rows) {
            const v = this.input(row, id, 0);
            if (v === undefined) return undefined;
            sum += v;
          }
          return [sum];
        },
        { total: true },
      );
    }
  }
}

/** Formats a rate for a note: 83.46%. */
export function percent(x: number): string {
  return `${Number((x * 100).toFixed(4))}%`;
}

/** Formats a quantity for a note, with its unit. */
export function quantity(x: number, unit: string): string {
  return `${Number(x.toPrecision(10))}${unit ? ` ${unit}` : ""}`;
}

/** The subsets of `items` (by index) that are non-empty, smallest first; at most 2^n − 1 for n ≤ 10. */
export function subsets(n: number): number[][] {
  const out: number[][] = [];
  const limit = Math.min(n, 10);
  for (let mask = 1; mask < 1 << limit; mask++) {
    const s: number[] = [];
    for (let i = 0; i < limit; i++) if (mask & (1 << i)) s.push(i);
    out.push(s);
  }
  return out.sort((a, b) => a.length - b.length);
}
