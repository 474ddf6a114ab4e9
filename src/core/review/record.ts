/**
 * What the spot-check found and what it ran: findings (a cell, the stated and the recomputed value, the rule)
 * and, per rule and table, how many cells were checked and why some could not be, so that "nothing flagged" is
 * never confused with "nothing checked". Why a check could not be done (a reason: an input blank or unreadable, a
 * formula saved without a result, no minimum for the mineral) leaves it undone; that there was nothing to check
 * (a note: no co- or by-product listed, a derived cell left blank) does not.
 *
 * Tolerance (one rule for every comparison): a stated number equals its recomputation when they differ by no
 * more than
 * - 1e-6 of the larger magnitude — a formula's saved result carries full double precision (about 1e-15), and a
 *   recomputation in another order differs by rounding only; 1e-6 is far below any precision a plan prints
 *   (0.0001% of the value) and far above floating-point noise; or
 * - half a unit of the last digit typed, for a number typed by hand (3385.2 may stand for 3385.17; a rate typed
 *   0.8235 for 82.347%, one typed 80% for anything that rounds to 80%) — the drafter rounded, not erred.
 */
import { Message } from "../errors";
import { TableKind } from "../templates/columns";
import { LocatedTable } from "./locate";
import { Stated } from "./read";
import { Rule, Severity } from "./rules";

/**
 * A check's status: flagged (its rule's severity), passed everywhere it ran and run everywhere it applies, run on
 * some cells only (`partial`), not run at all (`skipped`), or with nothing to check (`inapplicable`).
 */
export type CheckStatus = "pass" | "fail" | "warn" | "partial" | "skipped" | "inapplicable";

/** How to show a finding's numbers: rates as percent, quantities as numbers in the column's unit. */
export type ValueFormat = "percent" | "number" | "text";

export interface Finding {
  readonly sheet: string;
  /** A1 address of the cell, "" when the finding is about the workbook. */
  readonly cell: string;
  readonly table: TableKind | null;
  /** A1 range of the table the cell belongs to, "" when none. */
  readonly tableRange: string;
  readonly rule: string;
  readonly severity: Severity;
  /** The rule, in both languages, and its source clause. */
  readonly zh: string;
  readonly en: string;
  readonly source: Message;
  /** The value in the cell as shown (rates as fractions, quantities in the column's unit), or its text. */
  readonly stated: number | string | null;
  /** What the cell should hold, in the same unit, or a text; null when there is nothing to compare. */
  readonly recomputed: number | string | null;
  readonly format: ValueFormat;
  /** The column's unit ("万t", "%"), "" when none. */
  readonly unit: string;
  /** The cell's formula, when it has one. */
  readonly formula?: string;
  /** What exactly is wrong here (which loss is left out, that the total is the simple mean …). */
  readonly note?: Message;
}

export interface CheckRun {
  readonly rule: string;
  readonly severity: Severity;
  readonly zh: string;
  readonly en: string;
  readonly source: Message;
  readonly sheet: string;
  readonly table: TableKind | null;
  readonly tableRange: string;
  /** Cells or items checked, and how many of them were flagged. */
  checked: number;
  flagged: number;
  /** Why it could not be done (anywhere, or on some cells): each leaves the check undone. */
  readonly reasons: Message[];
  /** Why there was nothing to check (here, or on some cells): said for the reader, the check is not undone. */
  readonly notes: Message[];
}

export interface Scope {
  readonly sheet: string;
  readonly table?: LocatedTable;
}

export interface FlagDetails {
  readonly cell: string;
  readonly stated: number | string | null;
  readonly recomputed: number | string | null;
  readonly format: ValueFormat;
  readonly unit?: string;
  readonly formula?: string;
  readonly note?: Message;
}

export function statusOf(run: CheckRun): CheckStatus {
  if (run.flagged > 0) return run.severity;
  if (run.reasons.length > 0) return run.checked > 0 ? "partial" : "skipped";
  return run.checked > 0 ? "pass" : "inapplicable";
}

/** Whether a check was left undone somewhere: it did not run, or not on every cell it applies to. */
export function isUndone(run: CheckRun): boolean {
  return run.reasons.length > 0;
}

/** Adds `message` to `list` unless a message with the same Chinese text is there. */
function addOnce(list: Message[], message: Message): void {
  if (!list.some((known) => known.zh === message.zh)) list.push(message);
}

export class Recorder {
  readonly findings: Finding[] = [];
  private readonly runs = new Map<string, CheckRun>();
  private readonly flaggedCells = new Set<string>();

  /** The runs a scope has met, by rule id: a check passes cell after cell of a table in one scope. */
  private readonly byScope = new WeakMap<Scope, Map<string, CheckRun>>();

  private run(rule: Rule, scope: Scope): CheckRun {
    let known = this.byScope.get(scope);
    if (!known) this.byScope.set(scope, (known = new Map<string, CheckRun>()));
    let run = known.get(rule.id);
    if (run) return run;
    const key = `${rule.id}\u0000${scope.sheet}\u0000${scope.table?.range ?? ""}`;
    run = this.runs.get(key);
    if (!run) {
      run = {
        rule: rule.id,
        severity: rule.severity,
        zh: rule.zh,
        en: rule.en,
        source: rule.source,
        sheet: scope.sheet,
        table: scope.table?.kind ?? null,
        tableRange: scope.table?.range ?? "",
        checked: 0,
        flagged: 0,
        reasons: [],
        notes: [],
      };
      this.runs.set(key, run);
    }
    known.set(rule.id, run);
    return run;
  }

  pass(rule: Rule, scope: Scope): void {
    this.run(rule, scope).checked++;
  }

  /** Records a finding (once per rule and cell). */
  flag(rule: Rule, scope: Scope, details: FlagDetails): void {
    const run = this.run(rule, scope);
    const key = `${rule.id}\u0000${scope.sheet}\u0000${details.cell}`;
    if (this.flaggedCells.has(key)) return;
    this.flaggedCells.add(key);
    run.checked++;
    run.flagged++;
    this.findings.push({
      sheet: scope.sheet,
      cell: details.cell,
      table: scope.table?.kind ?? null,
      tableRange: scope.table?.range ?? "",
      rule: rule.id,
      severity: rule.severity,
      zh: rule.zh,
      en: rule.en,
      source: rule.source,
      stated: details.stated,
      recomputed: details.recomputed,
      format: details.format,
      unit: details.unit ?? "",
      ...(details.formula ? { formula: details.formula } : {}),
      ...(details.note ? { note: details.note } : {}),
    });
  }

  /** Says why a rule could not be done here (or not on every cell): the check stays undone. */
  skip(rule: Rule, scope: Scope, reason: Message): void {
    addOnce(this.run(rule, scope).reasons, reason);
  }

  /** Says why a rule had nothing to check here (or on some cells): the check is not undone by it. */
  inapplicable(rule: Rule, scope: Scope, note: Message): void {
    addOnce(this.run(rule, scope).notes, note);
  }

  checks(): CheckRun[] {
    return [...this.runs.values()];
  }
}

/** The tolerance of the module comment, for a stated number against a recomputation (both in base units). */
export function tolerance(stated: Stated, recomputed: number): number {
  return Math.max(1e-6 * Math.max(Math.abs(stated.value), Math.abs(recomputed)), stated.halfUnit, 1e-12);
}

/** Whether a stated number is its recomputation, within its rounding and the `slack` of the inputs' rounding. */
export function agrees(stated: Stated, recomputed: number, slack = 0): boolean {
  return Math.abs(stated.value - recomputed) <= tolerance(stated, recomputed) + slack;
}
