/**
 * MIN_RATE, MEETS_MIN and MIN_RATE_SOURCE (design.md §3.5) on top of the lookup: the minimum as a number, the
 * "不低于" check, and the text that says which minimum was used and where it comes from.
 */
import { Minimum, MinimumQuery, conditionText, findMinimum } from "./lookup";
import { DOCUMENTS, StandardDocument, StandardRow } from "./table";
import { INDICATORS, METHODS, nameOf } from "./words";
import { STANDARDS } from "../parameters";
import { checkQuantity } from "../quantity";

/**
 * "不低于 X%" is value ≥ X (inclusive, domain.md §2). A rate computed in the workbook (80 ÷ 100 …) may land a
 * rounding step below the printed value; that is not a shortfall.
 */
const ROUNDING = 1e-12;

/** The national minimum as a fraction (0.81 for "不低于 81%"). */
export function minRate(query: MinimumQuery): number {
  return findMinimum(query).value;
}

/** Whether `value` (a fraction) reaches the minimum ("不低于" is inclusive). */
export function meetsMin(value: number, query: MinimumQuery): boolean {
  return meetsMinimum(checkQuantity(value, STANDARDS.value), findMinimum(query).value);
}

/** Which minimum is used and where it comes from, with its confidence mark. */
export function minRateSource(query: MinimumQuery): string {
  return sourceText(findMinimum(query));
}

/**
 * "✅ <document>：铁 地下 稳固 倾斜 开采回采率 ≥81%"; a 🔶 row says "🔶 待核实(<why>)"; the user's own minimum
 * says "用户提供：<source>"; with both, the one that governs comes first and the other is named after it.
 */
export function sourceText(minimum: Minimum): string {
  const { row, own } = minimum;
  if (!row) return ownText(minimum);
  // Documents in force that agree are all named: the value stands on each of them.
  const national = [row, ...(minimum.agreeing ?? [])].map(rowSourceText).join("；");
  if (!own) return national;
  // Both answered: the stricter governs, and the text names the other too.
  const ownPercent = `${Number((minimum.value * 100).toPrecision(12))}%`;
  return minimum.ownGoverns
    ? `${ownText(minimum)} ≥${ownPercent}，严于国家最低指标；国家：${national}`
    : `${national}；用户提供的最低值不严于此，未采用(${ownText(minimum)})`;
}

function ownText(minimum: Minimum): string {
  const { own } = minimum;
  const where = own?.line === undefined ? "" : `(own_minimum 第 ${own.line} 行)`;
  return `用户提供：${own?.source ?? "未注明来源"}${where}`;
}

function rowSourceText(row: StandardRow): string {
  const doc: StandardDocument = DOCUMENTS[row.document];
  const mark = row.confidence === "✅" ? "✅" : `🔶 待核实(${row.doubt?.zh ?? ""})`;
  const what = [
    row.mineral,
    row.method && nameOf(METHODS, row.method),
    conditionText(row),
    nameOf(INDICATORS, row.indicator),
  ].filter(Boolean);
  const note = row.note ? `(${row.note})` : "";
  const superseded = doc.superseded ? `；${doc.superseded}` : "";
  return `${mark} ${doc.title}：${what.join(" ")} ≥${row.percent}%${note}${superseded}`;
}

/**
 * Whether `value` reaches `minimum` (both fractions): "不低于" counts the minimum itself, and a value a rounding step
 * below it (see ROUNDING) reaches it too. The one comparison behind MEETS_MIN and the review's 达标 verdicts.
 */
export function meetsMinimum(value: number, minimum: number): boolean {
  return value >= minimum - ROUNDING;
}
