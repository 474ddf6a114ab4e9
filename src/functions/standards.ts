/**
 * =MINE.* functions for the national minimum "三率" indicators (design.md §3.5): the minimum from the built-in
 * table (every row with its source), the "不低于" check, and which minimum was used. `own_minimum` is an optional
 * trailing argument: it answers where the built-in table has no row, and governs where it is stricter than one.
 */
import * as standards from "../core/standards";
import { FUNCTIONS } from "./catalogue";
import { excelRun } from "./excel";

/** The lookup arguments MIN_RATE, MEETS_MIN and MIN_RATE_SOURCE share, as the engine takes them. */
const lookupOf = (
  mineral: unknown,
  indicator: unknown,
  method: unknown,
  condition: unknown,
  ownMinimum: unknown,
): standards.MinimumQuery => ({ mineral, indicator, method, condition, ownMinimum });

/**
 * National minimum of the three rates (国家"三率"最低指标) = the built-in table's "not below X%" (不低于 X%) as a fraction, from the MLR/MNR minimum-indicator notices (and, for coal open pits, the rule named in condition). #N/A lists the valid methods, conditions or documents when the row is ambiguous or absent, or when a number lies on a bound two printed ranges share; a 🔶 value is returned, its doubt shown by MIN_RATE_SOURCE.
 * @customfunction MIN_RATE
 * @param mineral Mineral (矿种), e.g. 铁, 煤, 磷, 钴矿; aliases such as 煤炭, 铁矿 are accepted.
 * @param indicator 开采回采率, 选矿回收率 or 综合利用率 (RECOVERY, PROCESS, UTILIZATION), or 原煤入选率, 盐田采收率, 采收率, 加工产品产出率, 选矿产率 (talc, CONCENTRATE_YIELD) where the source sets those.
 * @param [method] 露天 or 地下 (OPEN_PIT, UNDERGROUND; also 露采, 地采, 井工); needed where the source sets values by mining method.
 * @param [condition] Words naming the class as the source does, in any order, separated by spaces, 、, commas or semicolons, also inside longer words (e.g. 稳固 倾斜; 围岩稳固，倾斜矿体; 赤铁矿 细粒); thickness, dip or scale as a number with its unit (2.5m, 倾角35°), placed by the source's bounds; for coal open pits also the rule (2012公告 or 17号令).
 * @param [own_minimum] Your own (provincial or design) minimum, used where the built-in table has none and where it is stricter than the built-in one: a number, a row (minimum, source), or a table like 三率最低指标 (矿种, 开采方式, 条件, 指标, 最低值, 来源).
 * @returns The minimum as a fraction (0.81 for 81%).
 * @helpurl https://localhost:3000/help.html#min_rate
 */
export function minRate(
  mineral: unknown,
  indicator: unknown,
  method?: unknown,
  condition?: unknown,
  own_minimum?: unknown[][],
): number {
  return excelRun(FUNCTIONS.MIN_RATE, [mineral, indicator, method, condition, own_minimum], (...lookup) =>
    standards.minRate(lookupOf(...lookup)),
  );
}

/**
 * Whether a rate meets the national minimum: result = (value ≥ MIN_RATE(…)), "not below" (不低于) being inclusive. Same lookup and messages as MIN_RATE.
 * @customfunction MEETS_MIN
 * @param value The mine's rate as a fraction (e.g. 82% or 0.82).
 * @param mineral Mineral (矿种), e.g. 铁, 煤, 磷, 钴矿.
 * @param indicator 开采回采率, 选矿回收率 or 综合利用率 (RECOVERY, PROCESS, UTILIZATION), or another indicator the source sets.
 * @param [method] 露天 or 地下 (OPEN_PIT, UNDERGROUND; also 露采, 地采, 井工).
 * @param [condition] Words naming the class as the source does, in any order, separated by spaces, 、, commas or semicolons; a number with its unit (2.5m, 倾角35°) where the source bounds the classes; for coal open pits also the rule.
 * @param [own_minimum] Your own (provincial or design) minimum, used where the built-in table has none and where it is stricter than the built-in one: a number, a row (minimum, source), or a table like 三率最低指标.
 * @returns TRUE when value ≥ the minimum, FALSE otherwise.
 * @helpurl https://localhost:3000/help.html#meets_min
 */
export function meetsMin(
  value: unknown,
  mineral: unknown,
  indicator: unknown,
  method?: unknown,
  condition?: unknown,
  own_minimum?: unknown[][],
): boolean {
  return excelRun(
    FUNCTIONS.MEETS_MIN,
    [value, mineral, indicator, method, condition, own_minimum],
    (actual, ...lookup) => standards.meetsMin(actual, lookupOf(...lookup)),
  );
}

/**
 * Source of the minimum MIN_RATE uses with the same arguments = confidence mark (✅ or 🔶 待核实), document, class and value; "用户提供：…" (user-supplied) when own_minimum answered; with both, the stricter first.
 * @customfunction MIN_RATE_SOURCE
 * @param mineral Mineral (矿种), e.g. 铁, 煤, 磷, 钴矿.
 * @param indicator 开采回采率, 选矿回收率 or 综合利用率 (RECOVERY, PROCESS, UTILIZATION), or another indicator the source sets.
 * @param [method] 露天 or 地下 (OPEN_PIT, UNDERGROUND; also 露采, 地采, 井工).
 * @param [condition] Words naming the class as the source does, in any order, separated by spaces, 、, commas or semicolons; a number with its unit (2.5m, 倾角35°) where the source bounds the classes; for coal open pits also the rule.
 * @param [own_minimum] Your own (provincial or design) minimum, used where the built-in table has none and where it is stricter than the built-in one: a number, a row (minimum, source), or a table like 三率最低指标.
 * @returns The document and the row used, with its confidence mark.
 * @helpurl https://localhost:3000/help.html#min_rate_source
 */
export function minRateSource(
  mineral: unknown,
  indicator: unknown,
  method?: unknown,
  condition?: unknown,
  own_minimum?: unknown[][],
): string {
  return excelRun(FUNCTIONS.MIN_RATE_SOURCE, [mineral, indicator, method, condition, own_minimum], (...lookup) =>
    standards.minRateSource(lookupOf(...lookup)),
  );
}
