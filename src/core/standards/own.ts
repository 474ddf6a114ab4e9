/**
 * The user's own minimum (`own_minimum`), consulted only where the built-in table has no row: one number, one row
 * of two cells (minimum, source), or a table like the workbook's named table 三率最低指标 with columns
 * 矿种, 开采方式, 条件, 指标, 最低值 and optionally 来源 (a first row whose 最低值 is text is its header).
 */
import { Range, asRange, display, isBlank, readNumber } from "../cells";
import { fail } from "../errors";
import { IndicatorId, MethodId } from "./table";
import { INDICATORS, METHODS, choose, conditionWord, mineralKey, readName, splitWords } from "./words";
import { CellPosition, messages } from "../messages";
import { STANDARDS } from "../parameters";

export interface OwnRow {
  /** 1-based row of the range, as the user sees it. */
  readonly line: number;
  readonly mineralKey: string;
  readonly method?: MethodId;
  readonly indicator: IndicatorId;
  /** Condition words, each a slot of its own (normalised). */
  readonly condition: readonly (readonly string[])[];
  readonly value: number;
  readonly source?: string;
}

export type OwnMinimum =
  | { readonly kind: "single"; readonly value: number; readonly source?: string }
  | { readonly kind: "table"; readonly rows: readonly OwnRow[] };

const VALUE_COLUMN = 4;

function text(cell: unknown): string | undefined {
  if (isBlank(cell)) return undefined;
  const shown = typeof cell === "string" ? cell.trim() : display(cell);
  return shown === "" ? undefined : shown;
}

function tableRow(row: readonly unknown[], r: number): OwnRow {
  const at = (column: number): CellPosition => ({ row: r + 1, column: column + 1, vector: "matrix" });
  const method = text(row[1]);
  return {
    line: r + 1,
    mineralKey: mineralKey(readName(row[0], STANDARDS.ownMineral, at(0))),
    method: method === undefined ? undefined : choose(METHODS, method, STANDARDS.ownMethod, at(1)),
    condition: splitWords(text(row[2]) ?? "").map((w) => [conditionWord(w)]),
    indicator: choose(INDICATORS, readName(row[3], STANDARDS.ownIndicator, at(3)), STANDARDS.ownIndicator, at(3)),
    value: readNumber(row[VALUE_COLUMN], STANDARDS.ownTableValue, at(VALUE_COLUMN)),
    source: text(row[5]),
  };
}

/** Reads `own_minimum`; undefined when it was omitted or left blank. */
export function readOwnMinimum(value: unknown): OwnMinimum | undefined {
  const range: Range = asRange(value);
  if (range.every((row) => row.every(isBlank))) return undefined;
  const rows = range.length;
  const columns = range[0].length;
  if (rows === 1 && columns <= 2) {
    const [minimum, source] = range[0];
    return { kind: "single", value: readNumber(minimum, STANDARDS.ownValue), source: text(source) };
  }
  if (columns !== 5 && columns !== 6) fail("value", messages.ownShape(rows, columns));
  const header = typeof range[0][VALUE_COLUMN] === "string" ? 1 : 0;
  const table: OwnRow[] = [];
  for (let r = header; r < rows; r++) {
    if (!range[r].every(isBlank)) table.push(tableRow(range[r], r));
  }
  return { kind: "table", rows: table };
}
