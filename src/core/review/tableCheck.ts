/**
 * The one way a derived cell is checked: recompute it from the stated values of its own row (never from other
 * recomputations, so one mistake is reported once, where it is, and not again in every cell downstream), compare
 * with the tolerance of record.ts, and flag with the rule — or with a more specific rule when the stated value
 * matches a known mistake (a loss left out, a simple mean). A cell that cannot be checked (its inputs blank or
 * unreadable, a formula saved without a result) leaves the check undone there, with the reason; a derived cell left
 * blank has nothing to check.
 */
import { Message, MineError } from "../errors";
import { LocatedTable, TableRow } from "./locate";
import { Stated, TableReader } from "./read";
import { Recorder, Scope, ValueFormat, agrees } from "./record";
import { RULES, Rule, derivedRule } from "./rules";

/** Why a cell could not be checked: each leaves its check undone. */
export const REASONS = {
  inputs: {
    zh: "部分行的输入为空或不可读，未复核",
    en: "some rows have blank or unreadable inputs and were not checked",
  },
  unreadable: {
    zh: "部分单元格不是数值(文字)，未复核",
    en: "some cells hold text, not a number, and were not checked",
  },
  uncached: {
    zh: "部分单元格是未保存计算结果的公式(或依赖这样的单元格)，未复核",
    en: "some cells are formulas saved without a result (or depend on one) and were not checked",
  },
} as const satisfies Record<string, Message>;

/** Why there was nothing to check in some cells: the check is not undone by them. */
export const NOTES = {
  blank: { zh: "部分单元格为空(未填报，无可核对)", en: "some cells are blank: nothing stated to check" },
} as const satisfies Record<string, Message>;

/** A more specific reading of a mismatch: another rule, or a note on the same rule. */
export interface Diagnosis {
  readonly rule?: Rule;
  readonly note?: Message;
}

export class TableCheck {
  readonly scope: Scope;

  constructor(
    readonly recorder: Recorder,
    readonly sheet: string,
    readonly reader: TableReader,
  ) {
    this.scope = { sheet, table: reader.table };
  }

  /** The derived rules of the table's columns met so far (rows' and total's). */
  private readonly rules = [new Map<string, Rule>(), new Map<string, Rule>()];

  /** {@link derivedRule} for a column of this table, kept: a check of 200,000 rows asks 200,000 times. */
  private derivedRule(id: string, total: boolean): Rule {
    const known = this.rules[total ? 1 : 0];
    let rule = known.get(id);
    if (!rule) known.set(id, (rule = derivedRule(this.table.kind, id, total)));
    return rule;
  }

  get table(): LocatedTable {
    return this.reader.table;
  }

  /** How a column's values are shown in findings. */
  format(id: string): ValueFormat {
    const type = this.table.columns[id]?.spec.type;
    return type === "rate" ? "percent" : type === "number" ? "number" : "text";
  }

  /** A stated value as shown in its cell's unit (rates as fractions). */
  shown(id: string, base: number): number {
    return this.reader.isRate(id) ? base : base / this.reader.scale(id);
  }

  /**
   * An input number in base units: undefined when the column is absent or the cell blank (then `blankAs`, when
   * given), when the cell holds text or an error (flagged once as unreadable), and when it is a formula saved
   * without a result (said once for the table, not per cell).
   */
  input(row: TableRow, id: string, blankAs?: number): number | undefined {
    const stated = this.reader.get(row, id);
    if (!stated) return blankAs;
    if (stated.kind === "number") return stated.value;
    if (stated.kind === "blank") return blankAs;
    if (stated.kind === "uncached") return undefined;
    this.unreadable(id, stated);
    return undefined;
  }

  /**
   * Why a check of `row` could not be done: a formula saved without a result among the cells it reads (its own
   * row's; a total row's check reads every row), or else its inputs blank or unreadable.
   */
  reasonFor(row: TableRow, total: boolean): Message {
    const read = total ? [row, ...this.table.rows] : [row];
    return read.some((each) => this.reader.rowHasUncached(each)) ? REASONS.uncached : REASONS.inputs;
  }

  unreadable(id: string, stated: Stated): void {
    this.recorder.flag(RULES.unreadable, this.scope, {
      cell: stated.cell.address,
      stated: stated.text,
      recomputed: null,
      format: "text",
      unit: this.reader.unit(id),
      ...(stated.cell.formula ? { formula: stated.cell.formula } : {}),
    });
  }

  /** Flags an input the engine refuses, at `cell`, with the engine's message. */
  invalid(id: string, stated: Stated | undefined, error: MineError, fallbackCell: string): void {
    this.recorder.flag(RULES.invalid, this.scope, {
      cell: stated?.cell.address ?? fallbackCell,
      stated: stated ? (stated.kind === "number" ? this.shown(id, stated.value) : stated.text) : null,
      recomputed: null,
      format: stated?.kind === "number" ? this.format(id) : "text",
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
      /** How far the rounding of the typed inputs may move the recomputation (base units), beyond the cell's own. */
      slack?: number;
      diagnose?: (stated: Stated, expected: number) => Diagnosis | undefined;
    } = {},
  ): void {
    const stated = this.reader.get(row, id);
    if (!stated) return;
    const rule = options.rule ?? this.derivedRule(id, options.total ?? false);
    if (stated.kind === "blank") {
      this.recorder.inapplicable(rule, this.scope, NOTES.blank);
      return;
    }
    if (stated.kind === "uncached") {
      this.recorder.skip(rule, this.scope, REASONS.uncached);
      return;
    }
    let candidates: readonly number[] | undefined;
    try {
      candidates = recompute();
    } catch (error) {
      if (!(error instanceof MineError)) throw error;
      this.invalid(id, stated, error, stated.cell.address);
      return;
    }
    if (!candidates || candidates.length === 0 || candidates.some((candidate) => !Number.isFinite(candidate))) {
      this.recorder.skip(rule, this.scope, this.reasonFor(row, options.total ?? false));
      return;
    }
    const expected = candidates[0];
    if (stated.kind === "text") {
      this.unreadable(id, stated);
      this.recorder.skip(rule, this.scope, REASONS.unreadable);
      return;
    }
    const slack = options.slack ?? 0;
    if (stated.kind === "number" && candidates.some((candidate) => agrees(stated, candidate, slack))) {
      this.recorder.pass(rule, this.scope);
      for (const covered of options.covers ?? []) this.recorder.pass(covered, this.scope);
      return;
    }
    const diagnosis = stated.kind === "number" ? options.diagnose?.(stated, expected) : undefined;
    this.recorder.flag(diagnosis?.rule ?? rule, this.scope, {
      cell: stated.cell.address,
      stated: stated.kind === "number" ? this.shown(id, stated.value) : stated.text,
      recomputed: this.shown(id, expected),
      format: this.format(id),
      unit: this.reader.unit(id),
      ...(stated.cell.formula ? { formula: stated.cell.formula } : {}),
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
            const value = this.input(row, id, 0);
            if (value === undefined) return undefined;
            sum += value;
          }
          return [sum];
        },
        { total: true },
      );
    }
  }
}

/**
 * A figure the review computes for the whole table (a mine-level rate, a diagnosis), or undefined where the engine
 * refuses its inputs: the refused cell is already flagged by its own row's check, and a review never stops on it.
 */
export function figureOf<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof MineError) return undefined;
    throw error;
  }
}

/** Formats a rate for a note: 83.46%. */
export function percent(rate: number): string {
  return `${Number((rate * 100).toFixed(4))}%`;
}

/** Formats a quantity for a note, with its unit. */
export function quantity(value: number, unit: string): string {
  return `${Number(value.toPrecision(10))}${unit ? ` ${unit}` : ""}`;
}

/** The simple (unweighted) mean, for naming the mistake of a total that is one. */
export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The non-empty subsets of `count` items (by index), smallest first; at most 2^10 − 1 (the first 10 items). */
export function subsets(count: number): number[][] {
  const found: number[][] = [];
  const limit = Math.min(count, 10);
  for (let mask = 1; mask < 1 << limit; mask++) {
    const subset: number[] = [];
    for (let index = 0; index < limit; index++) if (mask & (1 << index)) subset.push(index);
    found.push(subset);
  }
  return found.sort((a, b) => a.length - b.length);
}
