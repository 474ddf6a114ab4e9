/**
 * Each `=MINE.*` function a sheet may hold, written two ways: live (`MINE.RECOVERY(E9,D9)`, computed by the add-in)
 * or portable — native formulas only (SUMPRODUCT, SUM, IF, INDEX …, all in Excel 2007; the utilisation template wraps
 * one in IFNA, Excel 2013), which recalculate to the same number in any Excel, WPS 表格 and LibreOffice.
 *
 * A portable formula guards its inputs as the engine does where a wrong number could follow (blank, text, a
 * negative tonnage, a rate above 1 such as 95 typed for 95%, a part above its whole, half-filled rows, a zero
 * denominator) and then shows `#VALUE!`, or `#N/A` where the engine means "no such item"; it cannot say why in
 * words. What a native formula cannot check at all is named in PORTABLE_LIMITS, for the sheet's notes and the README.
 *
 * One table serves the templates (which write portable formulas directly) and the converter of existing workbooks
 * (which rewrites each MINE call it finds); a function without a native form is written as its value.
 */
import { Bilingual } from "../text";
import { parseCoMineralScope } from "../utilization/utilization";
import { textLiteral } from "./formulas";

/** How a sheet's derived cells are written: live `=MINE.*` formulas, or portable native formulas with values. */
export type FormulaMode = "live" | "portable";

/** One MINE call: the function ID and its argument texts. */
export interface MineCall {
  readonly id: string;
  readonly args: readonly string[];
  /**
   * The rows the call covers: a condition over the same rows as its range arguments (`$A$9:$A$15<>""`). Live, each
   * range is passed as FILTER(range, where); portable, the rows outside it are masked out of each sum.
   */
  readonly where?: string;
}

/** What a portable formula shows for input the engine refuses (the engine's messages need the add-in). */
const INVALID = "#VALUE!";
/** What it shows where the engine answers "no such item" (#N/A: e.g. no co-product listed). */
const NONE = "#N/A";

/** The argument as an operand: a reference, name or number as it is, anything else in parentheses. */
function operand(text: string): string {
  return /^(?:'(?:[^']|'')*'!|[\w.]+!)?[$\w.:]+$/.test(text) ? text : `(${text})`;
}

const isNumber = (x: string) => `ISNUMBER(${x})`;
/** Every non-blank cell of a range (or the cell) is a number; blanks and "" pass. */
const numbersOrBlank = (range: string) => `SUMPRODUCT((${range}<>"")*1)=COUNT(${range})`;
const within = (x: string, lower: number, upper: number) => `${operand(x)}>=${lower},${operand(x)}<=${upper}`;
/** `IF(AND(conditions), value, #VALUE!)`. */
const guarded = (conditions: readonly string[], value: string) =>
  `IF(AND(${conditions.join(",")}),${value},${INVALID})`;
/** An optional scalar argument: its default when the cell is blank (as the engine reads a blank optional cell). */
const orDefault = (x: string | undefined, fallback: number) =>
  x === undefined ? `${fallback}` : `IF(${x}="",${fallback},${x})`;

/** part ÷ whole of two tonnages, the part at most the whole (回采率, 损失率). */
function share([part, whole]: readonly string[]): string {
  const p = operand(part);
  const w = operand(whole);
  return guarded([isNumber(part), isNumber(whole), `${p}>=0`, `${w}>0`, `${p}<=${w}`], `${p}/${w}`);
}

/** The grade order θ < α < β of a technological balance, each grade a number. */
const gradeOrder = (a: string, b: string, t: string) => [
  isNumber(a),
  isNumber(b),
  isNumber(t),
  `${operand(t)}>=0`,
  `${operand(t)}<${operand(a)}`,
  `${operand(a)}<${operand(b)}`,
];

/**
 * An itemised list (overlaid resources, design losses): blanks skipped, every item a non-negative number, and at
 * least one stated (a deduction is stated even when it is 0, as the engine asks).
 */
const itemised = (items: string) => [numbersOrBlank(items), `COUNT(${items})>0`, `MIN(${items})>=0`];

/** `usable − Σ items` and its guards: usable a non-negative number, the items not above it. */
function lessItems(whole: string, items: string): { conditions: string[]; value: string } {
  const w = operand(whole);
  return {
    conditions: [isNumber(whole), `${w}>=0`, ...itemised(items), `SUM(${items})<=${w}`],
    value: `${w}-SUM(${items})`,
  };
}

/** The same range one row shorter at the bottom (`drop` "last") or at the top ("first"), for pairwise sums. */
function shortened(range: string, drop: "first" | "last"): string | undefined {
  const match = /^((?:'(?:[^']|'')*'!|[\w.]+!)?)(\$?[A-Z]+\$?)(\d+):(\$?[A-Z]+\$?)(\d+)$/.exec(range);
  if (!match) return undefined;
  const [, sheet, firstColumn, firstRow, lastColumn, lastRow] = match;
  if (firstColumn.replace(/\$/g, "") !== lastColumn.replace(/\$/g, "")) return undefined; // a column, not a block
  const [top, bottom] =
    drop === "first" ? [Number(firstRow) + 1, Number(lastRow)] : [Number(firstRow), Number(lastRow) - 1];
  return top <= bottom ? `${sheet}${firstColumn}${top}:${lastColumn}${bottom}` : undefined;
}

/**
 * The shoelace area of the corners listed down two columns, blank rows only below the last corner; a ring closed by
 * repeating the first corner gives the same area. Self-crossing boundaries are not detected (PORTABLE_LIMITS).
 */
function licenceArea([xs, ys]: readonly string[]): string | undefined {
  const xTop = shortened(xs, "last");
  const xBottom = shortened(xs, "first");
  const yTop = shortened(ys, "last");
  const yBottom = shortened(ys, "first");
  if (!xTop || !xBottom || !yTop || !yBottom) return undefined;
  const n = `COUNT(${xs})`;
  const x = (i: string) => `INDEX(${xs},${i})`;
  const y = (i: string) => `INDEX(${ys},${i})`;
  const twice =
    `SUMPRODUCT(${xTop},${yBottom})-SUMPRODUCT(${xBottom},${yTop})` + `+${x(n)}*${y("1")}-${x("1")}*${y(n)}`;
  return guarded(
    [
      numbersOrBlank(xs),
      numbersOrBlank(ys),
      `SUMPRODUCT(ISNUMBER(${xs})*ISNUMBER(${ys}))=${n}`,
      `COUNT(${ys})=${n}`,
      `${n}>=3`,
      // the corners fill the top rows: no number below a row without one
      `SUMPRODUCT((1-ISNUMBER(${xTop}))*ISNUMBER(${xBottom}))=0`,
      // three rows with the last repeating the first are two corners, not a polygon
      `OR(${n}>3,${x(n)}<>${x("1")},${y(n)}<>${y("1")})`,
    ],
    `ABS(${twice})/2`,
  );
}

/** The rows a mean runs over: the `where` rows as 1/0, or every cell of `range`. */
const rowsOf = (range: string, where: string | undefined) =>
  where ? `(${where})*1` : `ISNUMBER(${range})+NOT(ISNUMBER(${range}))`;

/** Each covered row holds two rates from 0 to 1 (blank rows outside the cover are not rows of the mean). */
function ratePairs(mining: string, process: string, rows: string): string[] {
  const count = `SUMPRODUCT(${rows})`;
  return [
    `SUMPRODUCT(${rows},ISNUMBER(${mining})*ISNUMBER(${process}))=${count}`,
    `SUMPRODUCT(${rows},(${mining}<0)+(${mining}>1)+(${process}<0)+(${process}>1))=0`,
  ];
}

/** The mean of mining × process recovery over every mineral row (综合利用率, the main mineral included). */
function utilization([mining, process]: readonly string[], where?: string): string {
  const rows = rowsOf(mining, where);
  // no mineral at all is refused, as the engine refuses an empty list
  const count = `SUMPRODUCT(${rows})`;
  return guarded(
    [`${count}>0`, ...ratePairs(mining, process, rows)],
    `SUMPRODUCT(${rows},${mining},${process})/${count}`,
  );
}

/** A role cell names 共 (co-product), 伴 (by-product) or 主 (main): 1/0 per row. */
const roleHas = (roles: string, word: string) => `ISNUMBER(FIND(${textLiteral(word)},${roles}))`;

/** The mean combined recovery over the co- and/or by-product rows only (共伴生矿产综合利用率). */
function coMineralUtilization(
  [mining, process, roles, include]: readonly string[],
  where?: string,
): string | undefined {
  // the scope word must be written in the formula: which rows count is fixed when the formula is written
  const word = include === undefined ? undefined : literalText(include);
  if (include !== undefined && word === undefined) return undefined;
  let scope;
  try {
    scope = parseCoMineralScope(word);
  } catch {
    return undefined;
  }
  const rows = rowsOf(mining, where);
  const co = roleHas(roles, "共");
  const by = roleHas(roles, "伴");
  const main = roleHas(roles, "主");
  const selected = { coAndAssociated: `((${co}+${by})>0)`, co: `${co}*(1-${by})`, associated: `${by}*(1-${co})` }[
    scope
  ];
  const conditions = [
    ...ratePairs(mining, process, rows),
    // every role is one of the words the engine reads (English role words need the add-in: PORTABLE_LIMITS)
    `SUMPRODUCT(${rows},((${co}+${by}+${main})=0)*1)=0`,
    // 共生 or 伴生 alone cannot split a row marked 共伴生
    ...(scope === "coAndAssociated" ? [] : [`SUMPRODUCT(${rows},${co}*${by})=0`]),
  ];
  // none selected, a table without minerals included: "no such mineral" (#N/A), which the template shows as 不涉及
  const counted = `SUMPRODUCT(${rows},${selected}*1)`;
  const mean = `SUMPRODUCT(${rows},${selected}*1,${mining},${process})/${counted}`;
  return guarded(conditions, `IF(${counted}=0,${NONE},${mean})`);
}

/** The text of a string literal argument (`"伴生"` → 伴生), undefined for anything else. */
function literalText(arg: string): string | undefined {
  const match = /^"((?:[^"]|"")*)"$/.exec(arg.trim());
  return match ? match[1].replace(/""/g, '"') : undefined;
}

/** 服务年限 = Q ÷ [A·(1 − d)·K] + construction years, each optional argument its default when blank. */
function serviceLife([recoverable, output, dilution, factor, years]: readonly string[]): string {
  const q = operand(recoverable);
  const a = operand(output);
  const d = orDefault(dilution, 0);
  const k = orDefault(factor, 1);
  const y = orDefault(years, 0);
  return guarded(
    [
      isNumber(recoverable),
      `${q}>=0`,
      isNumber(output),
      `${a}>0`,
      isNumber(d),
      `${d}>=0`,
      `${d}<1`,
      isNumber(k),
      within(k, 1, 2),
      // a waste ratio and a reserve factor are never both applied (the engine refuses it)
      `OR(${d}=0,${k}=1)`,
      isNumber(y),
      `${y}>=0`,
    ],
    `${q}/(${a}*(1-${d})*${k})+${y}`,
  );
}

type NativeForm = (args: readonly string[], where?: string) => string | undefined;

/** Native forms by function ID, for the arities given; a function absent here is written as its value. */
const NATIVE: Readonly<Record<string, NativeForm>> = {
  RECOVERY: (args) => (args.length === 2 ? share(args) : undefined),
  LOSS_RATE: (args) => (args.length === 2 ? share(args) : undefined),
  WEIGHTED_RECOVERY: ([rates, weights, ...rest]) =>
    rest.length > 0 || weights === undefined
      ? undefined
      : guarded(
          [
            numbersOrBlank(rates),
            numbersOrBlank(weights),
            // both filled on the same rows: a rate without its weight (or the reverse) is refused, not dropped
            `SUMPRODUCT(ISNUMBER(${rates})*ISNUMBER(${weights}))=COUNT(${rates})`,
            `COUNT(${rates})=COUNT(${weights})`,
            `MIN(${rates})>=0`,
            `MAX(${rates})<=1`,
            `MIN(${weights})>=0`,
            `SUM(${weights})>0`,
          ],
          `MIN(1,SUMPRODUCT(${rates},${weights})/SUM(${weights}))`,
        ),
  COMBINED_RECOVERY: ([mining, process, ...rest]) =>
    rest.length > 0 || process === undefined
      ? undefined
      : guarded(
          [isNumber(mining), isNumber(process), within(mining, 0, 1), within(process, 0, 1)],
          `${operand(mining)}*${operand(process)}`,
        ),
  PROCESS_RECOVERY: ([a, b, t, ...rest]) =>
    rest.length > 0 || t === undefined
      ? undefined
      : guarded(
          gradeOrder(a, b, t),
          `${operand(b)}*(${operand(a)}-${operand(t)})/(${operand(a)}*(${operand(b)}-${operand(t)}))`,
        ),
  CONCENTRATE_YIELD: ([a, b, t, ...rest]) =>
    rest.length > 0 || t === undefined
      ? undefined
      : guarded(gradeOrder(a, b, t), `(${operand(a)}-${operand(t)})/(${operand(b)}-${operand(t)})`),
  PROCESS_RECOVERY_ACTUAL: ([mass, grade, feedMass, feedGrade, ...rest]) => {
    if (rest.length > 0 || feedGrade === undefined) return undefined;
    const [q, b, qf, a] = [mass, grade, feedMass, feedGrade].map(operand);
    return guarded(
      [
        ...[mass, grade, feedMass, feedGrade].map(isNumber),
        `${q}>=0`,
        `${b}>=0`,
        `${qf}>0`,
        `${a}>0`,
        `${q}<=${qf}`,
        `${q}*${b}<=${qf}*${a}`,
      ],
      `${q}*${b}/(${qf}*${a})`,
    );
  },
  USABLE_RESOURCES: ([retained, overlaid, ...rest]) => {
    if (rest.length > 0 || overlaid === undefined) return undefined; // the inferred-factor form needs the add-in
    const { conditions, value } = lessItems(retained, overlaid);
    return guarded(conditions, value);
  },
  RECOVERABLE_RESERVES: ([usable, losses, ...rest]) => {
    if (rest.length > 0 || losses === undefined) return undefined;
    const { conditions, value } = lessItems(usable, losses);
    return guarded(conditions, value);
  },
  DESIGN_RECOVERY: ([usable, losses, ...rest]) => {
    if (rest.length > 0 || losses === undefined) return undefined;
    const { conditions, value } = lessItems(usable, losses);
    return guarded([...conditions, `${operand(usable)}>0`], `(${value})/${operand(usable)}`);
  },
  SERVICE_LIFE: (args) => (args.length >= 2 && args.length <= 5 ? serviceLife(args) : undefined),
  UTILIZATION: (args, where) => (args.length === 2 ? utilization(args, where) : undefined),
  COMINERAL_UTILIZATION: (args, where) =>
    args.length === 3 || args.length === 4 ? coMineralUtilization(args, where) : undefined,
  LICENCE_AREA: (args) => (args.length === 2 ? licenceArea(args) : undefined),
};

/** The live formula text of a call (no "="): `MINE.ID(args)`, each range argument filtered to `where`. */
export function liveCall(call: MineCall): string {
  const args = call.where
    ? call.args.map((a, i) => (filtered(call.id, i) ? `FILTER(${a},${call.where})` : a))
    : call.args;
  return `MINE.${call.id}(${args.join(",")})`;
}

/** Which arguments of a call with `where` are ranges over its rows (the others, such as a scope word, are not). */
function filtered(id: string, index: number): boolean {
  return !(id === "COMINERAL_UTILIZATION" && index === 3);
}

/** The native formula text of a call (no "="), or undefined where only the add-in can compute it. */
export function nativeCall(call: MineCall): string | undefined {
  const form = NATIVE[call.id] as NativeForm | undefined;
  return form?.(call.args, call.where);
}

/** Whether a function has a native form at all (for some arity). */
export function hasNativeForm(id: string): boolean {
  return id in NATIVE;
}

/** The call written in the mode; a portable call without a native form throws (a planner bug, not user input). */
export function mineCall(mode: FormulaMode, call: MineCall): string {
  if (mode === "live") return liveCall(call);
  const native = nativeCall(call);
  if (native === undefined) throw new RangeError(`MINE.${call.id}/${call.args.length} has no native form`);
  return native;
}

/** What a portable sheet gives up against the live one: said in its notes and in the README. */
export const PORTABLE_LIMITS: readonly Bilingual[] = [
  {
    zh: "便携版只用原生公式(SUMPRODUCT、SUM、IF、INDEX 等)，在任何 Excel、WPS 表格、LibreOffice 中重算得到与 =MINE.* 相同的数；输入不合规(空白、文字、负数、比率大于 1 如把 95% 填成 95、部分大于整体、行只填一半、分母为 0)时显示 #VALUE!，但不能像 =MINE.* 那样用文字说明原因。",
    en: "The portable sheet uses native formulas only (SUMPRODUCT, SUM, IF, INDEX …), which recalculate to the same numbers as =MINE.* in any Excel, WPS 表格 and LibreOffice; input the engine refuses (blank, text, negative, a rate above 1 such as 95 typed for 95%, a part above its whole, half-filled rows, a zero denominator) shows #VALUE!, without the words =MINE.* gives.",
  },
];
