/**
 * The catalogue: every message the engine can give, Chinese first, built here and nowhere else. Inputs are named by
 * their declaration (./parameters), so a message says `采出纯矿石量(extracted)第 3 行` exactly as autocomplete
 * names the argument. Sections follow the engine: any input, mining and reserves, AHP, fuzzy evaluation, the
 * national minimums, the assessment.
 */
import { Bilingual, listOf, same, wordList } from "./text";

type Label = Bilingual;
type Message = Bilingual;

/** The position of a cell inside a range, 1-based, as both languages say it. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
  /** A single column or a single row needs only one coordinate in a message. */
  readonly vector: "column" | "row" | "matrix";
}

/** The position of cell (row, column), both 0-based, of a table (a matrix: messages give row and column). */
export function cellPosition(row: number, column: number): CellPosition {
  return { row: row + 1, column: column + 1, vector: "matrix" };
}

/** Chinese and English wording of a cell position, e.g. `第 3 行` / `row 3`. */
export function describePosition(p: CellPosition): Message {
  switch (p.vector) {
    case "column":
      return { zh: `第 ${p.row} 行`, en: `row ${p.row}` };
    case "row":
      return { zh: `第 ${p.column} 列`, en: `column ${p.column}` };
    default:
      return { zh: `第 ${p.row} 行第 ${p.column} 列`, en: `row ${p.row}, column ${p.column}` };
  }
}

/** Shows a number the way a user would recognise it in their cell. */
export function show(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}

/** A short list of numbers for a message: the first few, then "…". */
export function showList(values: readonly number[]): string {
  const shown = values.slice(0, 8).map(show).join(", ");
  return values.length > 8 ? `${shown}, …` : shown;
}

/** How an input is named in a message: `采出纯矿石量(extracted)第 3 行` / `extracted row 3`. */
function at(label: Label, position?: CellPosition): Message {
  if (!position) return { zh: `${label.zh}(${label.en})`, en: label.en };
  const p = describePosition(position);
  return { zh: `${label.zh}(${label.en})${p.zh}`, en: `${label.en} ${p.en}` };
}

/** Notes on what the sources say about a missing value, appended to an absent-row message. */
function notes(list: readonly Message[]): Message {
  if (list.length === 0) return { zh: "", en: "" };
  return { zh: `(${list.map((n) => n.zh).join("；")})`, en: ` (${list.map((n) => n.en).join("; ")})` };
}

/** What a national-minimum lookup is about, as both halves of a message name it: "铁 地下 开采回采率". */
export type Subject = string;

/** Wording of a benefit/cost direction, for messages about threshold order. */
export interface DirectionWords extends Bilingual {
  readonly order: Bilingual;
}

export const messages = {
  // ---- Any input ----

  blank: (label: Label, position?: CellPosition, hint?: Message): Message => {
    const n = at(label, position);
    const zh = `${n.zh} 为空，需要一个数值`;
    const en = `${n.en} is blank: a number is needed`;
    return hint ? { zh: `${zh}；${hint.zh}`, en: `${en}: ${hint.en}` } : { zh, en };
  },
  notANumber: (label: Label, shown: string, position?: CellPosition): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} 不是数值(“${shown}”)，请输入数字`,
      en: `${n.en} is not a number ("${shown}"): type a number`,
    };
  },
  notFinite: (label: Label, position?: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 不是有限数值`, en: `${n.en} is not a finite number` };
  },
  notText: (label: Label, shown: string, position?: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 须为文字，而不是“${shown}”`, en: `${n.en} must be text, not "${shown}"` };
  },
  negative: (label: Label, value: number, position?: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 为 ${show(value)}，不能为负`, en: `${n.en} is ${show(value)}: it cannot be negative` };
  },
  rateAboveOne: (label: Label, value: number, position?: CellPosition): Message => {
    const n = at(label, position);
    const asPercent = show(value);
    return {
      zh: `${n.zh} 为 ${asPercent}，比率须为小数：请输入 ${asPercent}% 或 ${show(value / 100)}`,
      en: `${n.en} is ${asPercent}: rates are fractions: type ${asPercent}% or ${show(value / 100)}`,
    };
  },
  beyondComputable: (
    label: Label,
    value: number,
    smallest: number,
    largest: number,
    position?: CellPosition,
  ): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} 为 ${show(value)}，超出可计算的范围(绝对值须为 0 或在 ${show(smallest)} 与 ${show(largest)} 之间)：请检查单位或输入`,
      en: `${n.en} is ${show(value)}, beyond what can be computed (its size must be 0 or between ${show(smallest)} and ${show(largest)}): check the unit or the input`,
    };
  },
  resultBeyondComputable: (value: number): Message => ({
    zh: `结果为 ${show(value)}，超出可表示的范围(溢出或下溢)：请检查输入的数量级`,
    en: `the result is ${show(value)}, beyond what can be represented (overflow or underflow): check the size of the inputs`,
  }),
  allBlank: (label: Label, hint: Message): Message => ({
    zh: `${label.zh}(${label.en}) 全部为空；${hint.zh}`,
    en: `${label.en} is all blank: ${hint.en}`,
  }),
  halfBlankRow: (position: CellPosition, blank: Label, filled: Label): Message => {
    const p = describePosition(position);
    return {
      zh: `${p.zh}：${filled.zh}(${filled.en}) 有值而 ${blank.zh}(${blank.en}) 为空，请补全或清空整行`,
      en: `${p.en}: ${filled.en} has a value but ${blank.en} is blank: fill in or clear the whole row`,
    };
  },
  sizeMismatch: (a: Label, aCells: number, b: Label, bCells: number): Message => ({
    zh: `${a.zh}(${a.en}) 有 ${aCells} 个单元格，${b.zh}(${b.en}) 有 ${bCells} 个：两个区域须一一对应`,
    en: `${a.en} has ${aCells} cells but ${b.en} has ${bCells}: the ranges must align cell by cell`,
  }),
  shapeMismatch: (a: Label, b: Label): Message => ({
    zh: `${a.zh}(${a.en}) 与 ${b.zh}(${b.en}) 形状不同：请用同样行列的区域，或都用单行/单列`,
    en: `${a.en} and ${b.en} have different shapes: use ranges of the same rows and columns, or both one row/column`,
  }),
  notVector: (label: Label, rows: number, columns: number): Message => ({
    zh: `${label.zh}(${label.en}) 须为一行或一列，而不是 ${rows} 行 × ${columns} 列的区域`,
    en: `${label.en} must be one row or one column, not a ${rows} × ${columns} range`,
  }),
  blankName: (label: Label, position?: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 为空，需要一个名称`, en: `${n.en} is blank: a name is needed` };
  },
  emptyRange: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 没有任何单元格`,
    en: `${label.en} has no cells`,
  }),
  notSingleValue: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 须为单个数值，而不是区域`,
    en: `${label.en} must be a single value, not a range`,
  }),
  unknownChoice: (label: Label, shown: string, choices: Message, position?: CellPosition): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} “${shown}” 无法识别：可选 ${choices.zh}`,
      en: `${n.en} "${shown}" is not recognised: choose ${choices.en}`,
    };
  },
  zeroDenominator: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 为 0，无法作分母`,
    en: `${label.en} is zero and is the denominator`,
  }),
  exceeds: (part: Label, partValue: number, whole: Label, wholeValue: number): Message => ({
    zh: `${part.zh}(${part.en}) ${show(partValue)} 大于 ${whole.zh}(${whole.en}) ${show(wholeValue)}，不可能`,
    en: `${part.en} ${show(partValue)} exceeds ${whole.en} ${show(wholeValue)}, which is impossible`,
  }),
  resultAboveOne: (what: Message, value: number): Message => ({
    zh: `${what.zh}算得 ${show(value)}，大于 100%：请检查输入`,
    en: `${what.en} comes out at ${show(value)}, above 100%: check the inputs`,
  }),
  negativeResult: (what: Message, value: number): Message => ({
    zh: `${what.zh}算得 ${show(value)}，为负：扣减项大于总量`,
    en: `${what.en} comes out at ${show(value)}, negative: the deductions exceed the total`,
  }),
  internal: (detail: string): Message => ({
    zh: `内部错误：${detail}。请报告此问题`,
    en: `internal error: ${detail}. Please report it`,
  }),

  // ---- Mining, processing and reserves ----

  gradeOrder: (order: Message, values: string): Message => ({
    zh: `品位须满足 ${order.zh}，实际为 ${values}`,
    en: `grades must satisfy ${order.en}; got ${values}`,
  }),
  wasteBelowOreOrder: {
    zh: "混入废石品位 < 地质品位，且 ≤ 采出矿石品位",
    en: "waste_grade < ore_grade and waste_grade ≤ mined_grade",
  } as Message,
  minedRicherThanOre: (oreGrade: number, minedGrade: number): Message => ({
    zh: `采出矿石品位 Cₜ=${show(minedGrade)} 高于地质品位 C=${show(oreGrade)}(负贫化)：按品位计算回采率的方法只适用于混入废石使品位降低的情形；请用 RECOVERY(采出纯矿石量, 动用资源储量)`,
    en: `mined_grade Cₜ=${show(minedGrade)} is above ore_grade C=${show(oreGrade)} (negative dilution): recovery from grades holds only when waste lowers the grade; use RECOVERY(extracted, consumed)`,
  }),
  wasteMinedOreOrder: {
    zh: "混入废石品位 ≤ 采出矿石品位 ≤ 地质品位",
    en: "waste_grade ≤ mined_grade ≤ ore_grade",
  } as Message,
  processGradeOrder: {
    zh: "尾矿品位 θ < 原矿品位 α < 精矿品位 β",
    en: "tailings_grade θ < feed_grade α < concentrate_grade β",
  } as Message,
  noDesignLosses: {
    zh: "每项设计损失(边帮弃采、地质及水文地质、永久矿柱、保护矿柱、禁采区/境界外、采场损失…，附件 六.9)单列；确无损失请填 0",
    en: "list every design loss (pit walls, geology, pillars, protection pillars, no-mining zones, stope losses …, annex 6.9); type 0 if there is truly none",
  } as Message,
  noOverlaid: {
    zh: "逐项填写压覆资源量(水体、建筑物、铁路下等)；无压覆请填 0",
    en: "list the overlaid resources (under water, buildings, railways …); type 0 if there are none",
  } as Message,
  inferredOverlaid: (inferred: Label, inferredValue: number, notOverlaid: number): Message => ({
    zh: `${inferred.zh}(${inferred.en}) ${show(inferredValue)} 大于保有资源量扣除压覆后的 ${show(notOverlaid)}：只填未压覆的推断资源量(压覆部分已整体扣除，不能再折算一次)`,
    en: `${inferred.en} ${show(inferredValue)} exceeds retained less overlaid, ${show(notOverlaid)}: give only the inferred resources not overlaid (the overlaid part is already deducted and cannot be discounted again)`,
  }),
  reserveFactorBelowOne: (label: Label, value: number): Message => ({
    zh: `${label.zh}(${label.en}) 为 ${show(value)}，须不小于 1：K 是为保证设计期内有足够储量而留的余量，T = Q ÷ (A × K)，小于 1 会把服务年限算长；不用备用系数(非煤矿山)请留空`,
    en: `${label.en} is ${show(value)}: it must be at least 1: K is the margin that keeps enough reserves for the design life, T = Q ÷ (A × K), and below 1 it would lengthen the life; leave it blank when no reserve factor applies (non-coal mines)`,
  }),
  reserveFactorTooLarge: (label: Label, value: number, largest: number): Message => {
    const percent = value / 100;
    const typedPercent = percent >= 1 && percent <= largest;
    return {
      zh: `${label.zh}(${label.en}) 为 ${show(value)}，大于 ${show(largest)}(一半以上的可采储量作备用)，应是输入错误：所读来源中 K 为 1.1–1.5(露天煤矿 1.1–1.2，GB 50197-2015 2.3.6)${typedPercent ? `；若是百分数，请输入 ${show(percent)}` : ""}`,
      en: `${label.en} is ${show(value)}, above ${show(largest)} (more than half the recoverable reserves held back), which must be a typing mistake: the sources read give K from 1.1 to 1.5 (1.1–1.2 for open-pit coal, GB 50197-2015 2.3.6)${typedPercent ? `; if it is a percentage, type ${show(percent)}` : ""}`,
    };
  },
  dilutionWithReserveFactor: (dilution: Label, factor: Label): Message => ({
    zh: `${dilution.zh}(${dilution.en})与${factor.zh}(${factor.en})不能同时使用：所读来源中非煤矿山 T = Q ÷ [A × (1 − 废石混入率)]，煤矿 T = Q ÷ (A × K)，未见同时计入两者的公式；请只填其一`,
    en: `${dilution.en} and ${factor.en} cannot be used together: the sources read give T = Q ÷ [A × (1 − dilution)] for non-coal mines and T = Q ÷ (A × K) for coal, and no formula with both: give one of them`,
  }),
  noMinerals: {
    zh: "每个经评审批准的主、共、伴生矿种占一行，未利用的矿种填 0",
    en: "give one row per approved main, co- or by-product mineral, and 0 for one that is not used",
  } as Message,
  roleChoices: {
    zh: "主矿产、共生、伴生、共伴生(或 main、co、by)",
    en: "主矿产, 共生, 伴生, 共伴生 (or main, co, by)",
  } as Message,
  includeChoices: {
    zh: "共伴生(默认，共生与伴生合计)、共生、伴生(或 CO+BY、CO、BY)",
    en: "共伴生 (default, co- and by-products together), 共生 or 伴生 (or CO+BY, CO, BY)",
  } as Message,
  roleNotSplit: (label: Label, shown: string, position: CellPosition): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} 写作“${shown}”：按共生、伴生分别计算时(如金 共生 60%、伴生 40%)须写明是共生还是伴生`,
      en: `${n.en} says "${shown}": to compute co- and by-products apart (gold: co-product 60%, by-product 40%) say which it is`,
    };
  },
  noCoMinerals: (label: Label, scope: Message): Message => ({
    zh: `${label.zh}(${label.en}) 中没有${scope.zh}矿产：共伴生矿产综合利用率无从计算；方案确无共伴生矿产时，汇总表中写“不涉及”`,
    en: `${label.en} lists no ${scope.en} mineral: there is no co-/by-product utilisation to compute; where a plan has none, write 不涉及 in the summary`,
  }),
  utilizedExceeds: (row: number, utilized: number, resources: number): Message => ({
    zh: `第 ${row} 行：有效利用量(utilized) ${show(utilized)} 大于资源总量(resources) ${show(resources)}，不可能`,
    en: `row ${row}: utilized ${show(utilized)} exceeds resources ${show(resources)}, which is impossible`,
  }),
  noUtilizedRows: {
    zh: "每个矿种(或产品)一行，有效利用量与资源总量同一单位；未利用的填 0",
    en: "give one row per mineral (or product), utilized and resources in one unit; 0 for what is not used",
  } as Message,

  tooFewCorners: (x: Label, y: Label, count: number): Message => ({
    zh: `${x.zh}(${x.en})与 ${y.zh}(${y.en}) 只给出 ${count} 个不同的拐点：圈定范围至少需要 3 个，请按边界顺序逐点填写`,
    en: `${x.en} and ${y.en} give only ${count} distinct corners: a boundary needs at least 3, listed in boundary order`,
  }),
  boundaryCrosses: (first: number, second: number, corners: number): Message => ({
    zh: `拐点连线自相交：第 ${first}–${(first % corners) + 1} 点与第 ${second}–${(second % corners) + 1} 点的连线相交或重叠；请按边界顺序(顺时针或逆时针)排列拐点`,
    en: `the boundary crosses itself: the edges from corner ${first} to ${(first % corners) + 1} and from ${second} to ${(second % corners) + 1} meet; list the corners in boundary order (clockwise or anticlockwise)`,
  }),
  cornersInLine: {
    zh: "全部拐点在同一直线上，圈定范围面积为 0",
    en: "every corner lies on one line: the boundary encloses no area",
  } as Message,
  /** The co-/by-product classes a 共伴生 utilisation counts, as messages name them. */
  scopeNames: {
    coAndAssociated: { zh: "共生或伴生", en: "co- or by-product" },
    co: { zh: "共生", en: "co-product" },
    associated: { zh: "伴生", en: "by-product" },
  },
  /** Results, as messages about them name them. */
  results: {
    miningRecovery: { zh: "开采回采率", en: "recovery" },
    closingReserves: { zh: "年末保有资源储量", en: "closing reserves" },
    effectiveOreOutput: { zh: "年产量×(1−贫化率)", en: "annual_output × (1 − dilution)" },
    actualProcessRecovery: { zh: "实际选矿回收率", en: "actual process recovery" },
    utilizationRatio: { zh: "综合利用率(有效利用量 ÷ 资源总量)", en: "utilisation (utilized ÷ resources)" },
  },

  // ---- AHP ----

  emptyMatrix: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 没有任何单元格：需要一个方阵`,
    en: `${label.en} has no cells: a square matrix is needed`,
  }),
  notSquare: (label: Label, rows: number, columns: number): Message => ({
    zh: `${label.zh}(${label.en}) 为 ${rows} 行 × ${columns} 列，判断矩阵须为方阵(行数 = 列数)`,
    en: `${label.en} is ${rows} rows × ${columns} columns: a judgement matrix must be square`,
  }),
  notPositive: (label: Label, value: number, position: CellPosition): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} 为 ${show(value)}，判断值须为正数(1/9 至 9 标度)`,
      en: `${n.en} is ${show(value)}: judgements must be positive (the 1/9 to 9 scale)`,
    };
  },
  weightNotPositive: (label: Label, value: number, position: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 为 ${show(value)}，权重须为正数`, en: `${n.en} is ${show(value)}: weights must be positive` };
  },
  diagonalNotOne: (label: Label, value: number, position: CellPosition): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} 为 ${show(value)}，对角线须为 1(因素与自身同等重要)`,
      en: `${n.en} is ${show(value)}: the diagonal must be 1 (each criterion equals itself)`,
    };
  },
  notReciprocal: (
    label: Label,
    named: CellPosition,
    namedValue: number,
    other: CellPosition,
    otherValue: number,
    typeThis: string,
  ): Message => {
    const n = at(label, named);
    const o = describePosition(other);
    return {
      zh: `${n.zh} 为 ${show(namedValue)}，与${o.zh}的 ${show(otherValue)} 不互为倒数(两者之积须为 1)：请输入 ${typeThis}，或清空下三角由上三角自动取倒数`,
      en: `${n.en} is ${show(namedValue)} but ${o.en} is ${show(otherValue)}: they must be reciprocals (product 1): type ${typeThis}, or leave the lower triangle blank to have it filled`,
    };
  },
  diagonalHint: { zh: "对角线请输入 1", en: "type 1 on the diagonal" } as Message,
  upperHint: {
    zh: "请填满上三角(下三角可整体留空，由上三角取倒数)；确有缺失的比较请用不完全判断矩阵(Harker 法)",
    en: "fill in the upper triangle (the lower one may be left blank and is filled with reciprocals); for comparisons that are really missing use the incomplete-matrix (Harker) method",
  } as Message,
  methodChoices: {
    zh: "EVM(特征向量法，默认)、RGMM(方根法)、AN(和积法)",
    en: "EVM (principal eigenvector, default), RGMM (row geometric mean) or AN (normalised column mean)",
  } as Message,
  riTableChoices: {
    zh: "SAATY1980(默认)、SAATY2005、DD1991、CN1000、ALONSO",
    en: "SAATY1980 (default), SAATY2005, DD1991, CN1000 or ALONSO",
  } as Message,
  riOutOfRange: (table: Bilingual, n: number, maxN: number, suggest: readonly string[]): Message => ({
    zh: `RI 表 ${table.zh} 只列到 n = ${maxN}，而矩阵为 ${n} 阶：请改用 ${suggest.join(" 或 ")} 表`,
    en: `the ${table.en} RI table only goes up to n = ${maxN} and the matrix is ${n} × ${n}: use the ${suggest.join(" or ")} table instead`,
  }),
  notConverged: (iterations: number, change: number): Message => ({
    zh: `特征向量的幂迭代 ${iterations} 次后仍未收敛(最后一步权重变化 ${show(change)})：请检查判断矩阵中是否有极端数值，或改用 RGMM`,
    en: `power iteration for the eigenvector did not converge in ${iterations} steps (last change ${show(change)}): check the matrix for extreme values, or use RGMM`,
  }),
  badCount: (label: Label, value: number): Message => ({
    zh: `${label.zh}(${label.en}) 为 ${show(value)}，须为非负整数`,
    en: `${label.en} is ${show(value)}: it must be a whole number, 0 or more`,
  }),
  notOnScale: (value: number): Message => ({
    zh: `${show(value)} 不是正数，无法对应 1/9 至 9 标度`,
    en: `${show(value)} is not positive and has no place on the 1/9 to 9 scale`,
  }),
  disconnected: (label: Label, cutOff: readonly number[]): Message => {
    const listed = listOf(cutOff.map((k) => same(String(k))));
    const which = cutOff.length === 1 ? `criterion ${listed.en} is` : `criteria ${listed.en} are`;
    return {
      zh: `${label.zh}(${label.en}) 中第 ${listed.zh} 项与第 1 项之间没有任何直接或间接的比较，无法确定其相对权重：请至少补充一个连接它们的判断`,
      en: `in ${label.en}, ${which} not compared with criterion 1, directly or through others, so the weights are undetermined: add at least one judgement linking them`,
    };
  },
  noMatrices: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 一个也没有：至少需要一位专家`,
    en: `${label.en} is empty: at least one expert is needed`,
  }),
  expertMatrix: (k: number): Label => ({ zh: `第 ${k} 位专家的判断矩阵`, en: `matrix of expert ${k}` }),
  childMatrix: (j: number): Label => ({ zh: `第 ${j} 个准则下的判断矩阵`, en: `child matrix ${j}` }),
  expertSizeMismatch: (k: number, n: number, first: number): Message => ({
    zh: `第 ${k} 位专家的判断矩阵为 ${n} 阶，而第 1 位为 ${first} 阶：各专家须比较同一组因素`,
    en: `the matrix of expert ${k} is ${n} × ${n} but that of expert 1 is ${first} × ${first}: all experts must compare the same criteria`,
  }),
  priorityLengthMismatch: (k: number, n: number, first: number): Message => ({
    zh: `第 ${k} 位专家的权重向量有 ${n} 项，而第 1 位有 ${first} 项：各专家须对同一组因素给出权重`,
    en: `the priorities of expert ${k} have ${n} items but those of expert 1 have ${first}: all experts must weigh the same criteria`,
  }),
  expertCountMismatch: (label: Label, weights: number, experts: number): Message => ({
    zh: `${label.zh}(${label.en}) 有 ${weights} 项，而专家有 ${experts} 位：须一一对应`,
    en: `${label.en} has ${weights} items but there are ${experts} experts: one weight per expert`,
  }),
  zeroWeightSum: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 之和为 0，无法归一化：至少一项须大于 0`,
    en: `${label.en} sum to zero and cannot be normalised: at least one must be above 0`,
  }),
  weightCountMismatch: (weights: number, n: number): Message => ({
    zh: `权重向量有 ${weights} 项，而判断矩阵为 ${n} 阶：须一一对应`,
    en: `the weights have ${weights} items but the matrix is ${n} × ${n}: one weight per criterion`,
  }),
  childrenCountMismatch: (children: number, n: number): Message => ({
    zh: `准则层有 ${n} 个准则，却给了 ${children} 个下级判断矩阵：每个准则须有一个(只有一个子项时用 1×1 矩阵 [1])`,
    en: `the top level has ${n} criteria but ${children} child matrices were given: one per criterion (a 1×1 matrix [1] for a criterion with a single item)`,
  }),
  hierarchicalCrLevel: {
    zh: "层次总排序一致性 CR⁽²⁾ = Σⱼ aⱼ·CIⱼ ÷ Σⱼ aⱼ·RIⱼ",
    en: "overall (level) consistency CR⁽²⁾ = Σⱼ aⱼ·CIⱼ ÷ Σⱼ aⱼ·RIⱼ",
  } as Message,
  hierarchicalCrCumulative: {
    zh: "累计一致性 CR⁽¹⁾ + CR⁽²⁾(部分教材的约定)",
    en: "cumulative consistency CR⁽¹⁾ + CR⁽²⁾ (the convention of some textbooks)",
  } as Message,

  // ---- Fuzzy evaluation and entropy weights ----

  /** Units counted in {@link messages.tooFew}. */
  units: {
    items: { zh: "项", en: "items" },
    rows: { zh: "行", en: "rows" },
    grades: { zh: "个等级", en: "grades" },
    alternatives: { zh: "个评价对象(行)", en: "alternatives (rows)" },
  },
  /** Ranges named in {@link messages.outOfRange}. */
  ranges: {
    between0And1: { zh: "在 0 到 1 之间", en: "between 0 and 1" },
    positive: { zh: "大于 0", en: "positive" },
  },
  directionWords: {
    benefit: {
      zh: "正向(效益型)",
      en: "benefit (larger is better)",
      order: { zh: "严格递减(s₁ > s₂ > …)", en: "strictly decreasing (s₁ > s₂ > …)" },
    },
    cost: {
      zh: "负向(成本型)",
      en: "cost (smaller is better)",
      order: { zh: "严格递增(s₁ < s₂ < …)", en: "strictly increasing (s₁ < s₂ < …)" },
    },
  } as const satisfies Record<string, DirectionWords>,
  directionChoices: {
    zh: "benefit / 正向 / 效益型 / 越大越好(默认)，或 cost / 负向 / 成本型 / 越小越好",
    en: "benefit (正向, 效益型, 越大越好; the default) or cost (负向, 成本型, 越小越好)",
  } as Message,
  operatorChoices: (
    operators: readonly { readonly symbol: string; readonly ascii: string; readonly zh: string; readonly en: string }[],
    fallback: string,
  ): Message => ({
    zh: operators.map((op) => `${op.symbol}(${op.ascii}，${op.zh})`).join("、") + `；默认 ${fallback}`,
    en: operators.map((op) => `${op.symbol} (${op.ascii}, ${op.en})`).join(", ") + `; default ${fallback}`,
  }),
  combinationChoices: {
    zh: "linear(线性加权)或 multiplicative(乘法合成)",
    en: "linear or multiplicative",
  } as Message,
  empty: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 没有数据`,
    en: `${label.en} is empty`,
  }),
  tooFew: (label: Label, count: number, minimum: number, unit: Message): Message => ({
    zh: `${label.zh}(${label.en}) 只有 ${count} ${unit.zh}，至少需要 ${minimum} ${unit.zh}`,
    en: `${label.en} has ${count} ${unit.en}: at least ${minimum} are needed`,
  }),
  aboveOne: (label: Label, value: number, position?: CellPosition): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} 为 ${show(value)}，须在 0 到 1 之间：若是百分数，请输入 ${show(value)}% 或 ${show(value / 100)}`,
      en: `${n.en} is ${show(value)}: it must lie between 0 and 1: if it is a percentage, type ${show(value)}% or ${show(value / 100)}`,
    };
  },
  membershipAboveOne: (label: Label, value: number, position?: CellPosition): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} 为 ${show(value)}，隶属度须在 0 到 1 之间；若填的是专家票数，请先把每行除以该行总票数`,
      en: `${n.en} is ${show(value)}: memberships lie between 0 and 1; if these are expert votes, divide each row by its total first`,
    };
  },
  allZero: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 全部为 0：至少一项须大于 0`,
    en: `${label.en} are all zero: at least one must be positive`,
  }),
  weightsSum: (label: Label, sum: number): Message => ({
    zh: `${label.zh}(${label.en}) 之和为 ${show(sum)}，须为 1(相差不超过 1e-9)：请把各权重除以它们的和；本函数不会自动归一化`,
    en: `${label.en} sum to ${show(sum)}: they must sum to 1 (within 1e-9): divide each by their sum; they are not renormalised silently`,
  }),
  rowCount: (weights: Label, count: number, matrix: Label, rows: number): Message => ({
    zh: `${weights.zh}(${weights.en}) 有 ${count} 项，${matrix.zh}(${matrix.en}) 有 ${rows} 行：每个因素对应一个权重和一行隶属度`,
    en: `${weights.en} has ${count} items but ${matrix.en} has ${rows} rows: each factor needs one weight and one row`,
  }),
  ragged: (label: Label, row: number, columns: number, expected: number): Message => ({
    zh: `${label.zh}(${label.en})第 ${row} 行有 ${columns} 列，而第 1 行有 ${expected} 列：每行须有相同的等级数`,
    en: `${label.en} row ${row} has ${columns} columns but row 1 has ${expected}: every row needs the same number of grades`,
  }),
  zeroRow: (label: Label, row: number): Message => ({
    zh: `${label.zh}(${label.en})第 ${row} 行全为 0：每个因素至少要隶属于一个等级`,
    en: `${label.en} row ${row} is all zero: each factor must belong to at least one grade`,
  }),
  zeroVotesRow: (label: Label, row: number): Message => ({
    zh: `${label.zh}(${label.en})第 ${row} 行全为 0：这一因素没有任何票数，无法算出隶属度`,
    en: `${label.en} row ${row} is all zero: that factor has no votes to turn into memberships`,
  }),
  zeroSum: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 各项之和为 0，无法作分母`,
    en: `${label.en} sums to zero, which is the denominator`,
  }),
  lengthMismatch: (a: Label, aCount: number, b: Label, bCount: number): Message => ({
    zh: `${a.zh}(${a.en}) 有 ${aCount} 项，${b.zh}(${b.en}) 有 ${bCount} 项：两者须一一对应`,
    en: `${a.en} has ${aCount} items but ${b.en} has ${bCount}: they must correspond one to one`,
  }),
  thresholdOrder: (label: Label, direction: DirectionWords, values: readonly number[]): Message => ({
    zh: `${label.zh}(${label.en}) 对${direction.zh}指标须按最优等级在前${direction.order.zh}，实际为 ${showList(values)}`,
    en: `${label.en} of a ${direction.en} indicator must be ${direction.order.en}, best grade first; got ${showList(values)}`,
  }),
  trapezoidOrder: (values: readonly number[]): Message => ({
    zh: `梯形隶属函数参数须满足 a ≤ b ≤ c ≤ d，实际为 ${showList(values)}`,
    en: `trapezoidal membership needs a ≤ b ≤ c ≤ d; got ${showList(values)}`,
  }),
  ridgeOrder: (values: readonly number[]): Message => ({
    zh: `岭形隶属函数参数须满足 a1 < a2，实际为 ${showList(values)}`,
    en: `ridge membership needs a1 < a2; got ${showList(values)}`,
  }),
  outOfRange: (label: Label, value: number, range: Message): Message => ({
    zh: `${label.zh}(${label.en}) 为 ${show(value)}，须${range.zh}`,
    en: `${label.en} is ${show(value)}: it must be ${range.en}`,
  }),
  inCategory: (category: number, inner: Message): Message => ({
    zh: `第 ${category} 类：${inner.zh}`,
    en: `category ${category}: ${inner.en}`,
  }),
  categoryGrades: (category: number, grades: number, expected: number): Message => ({
    zh: `第 ${category} 类的隶属度矩阵有 ${grades} 个等级，而第 1 类有 ${expected} 个：各类须用同一评语集`,
    en: `category ${category} has ${grades} grades but category 1 has ${expected}: every category must use the same grades`,
  }),
  allConstant: (label: Label): Message => ({
    zh: `${label.zh}(${label.en}) 每个指标在各评价对象间都相同，熵值法无从区分，无法算出权重`,
    en: `every indicator in ${label.en} has the same value for all alternatives: the entropy method has nothing to weigh`,
  }),
  noOverlap: (a: Label, b: Label): Message => ({
    zh: `${a.zh}(${a.en}) 与 ${b.zh}(${b.en}) 没有同时大于 0 的指标：乘法合成的分母为 0`,
    en: `no indicator has both ${a.en} and ${b.en} positive: the multiplicative combination divides by zero`,
  }),

  // ---- The assessment (taskpane model) and its panels over years or mines ----

  judgementNotPositive: (value: number): Message => ({
    zh: `判断值须为正数(1/9 至 9 标度)，现为 ${show(value)}`,
    en: `a judgement must be positive (the 1/9 to 9 scale), not ${show(value)}`,
  }),
  expertWeightNotPositive: (value: number): Message => ({
    zh: `专家权重须为正数，现为 ${show(value)}`,
    en: `an expert weight must be positive, not ${show(value)}`,
  }),
  lastCategory: { zh: "评估至少要有一个类别", en: "an assessment needs at least one category" } as Message,
  lastIndicator: { zh: "每个类别至少要有一个指标", en: "a category needs at least one indicator" } as Message,
  lastExpert: { zh: "至少要有一位专家", en: "an assessment needs at least one expert" } as Message,
  tooFewGrades: { zh: "至少需要两个评语等级", en: "at least two grades are needed" } as Message,
  noMeasuredValue: { zh: "未填写实测值", en: "no measured value entered" } as Message,
  missingBreakpoints: { zh: "分级断点未填全", en: "not every grade has a breakpoint" } as Message,
  noSubjectValue: { zh: "未填写该年度(对象)的数值", en: "no value entered for this subject" } as Message,
  notMeasured: {
    zh: "该指标在评估中为专家投票输入，不能逐年评估：请在评估中改为实测值并填写断点",
    en: "this indicator is graded by expert votes in the assessment and cannot be evaluated per year: make it a measured value with breakpoints",
  } as Message,
  badPeriods: (text: string): Message => ({
    zh: `年份应写成“2022-2025”或“2021,2023,2025”，季度写成“2024Q3-2025Q2”或“2025Q1,2025Q2”(不超过 50 期，年份与季度不混用)，现为“${text}”`,
    en: `write years as "2022-2025" or "2021,2023,2025", quarters as "2024Q3-2025Q2" or "2025Q1,2025Q2" (up to 50, not mixed), not "${text}"`,
  }),
  badSubjects: (text: string): Message => ({
    zh: `请写年份或季度(“2022-2025”“2025Q1-2025Q4”)或不重复的矿山名称(以逗号或顿号分隔)，现为“${text}”`,
    en: `write years or quarters ("2022-2025", "2025Q1-2025Q4") or distinct mine names separated by commas, not "${text}"`,
  }),

  // ---- Reading back a sheet the add-in wrote ----

  /** Cell contents of an evaluation sheet, as messages about them name them. */
  sheetCells: {
    name: { zh: "名称", en: "name" },
    judgement: { zh: "判断值", en: "judgement" },
    weight: { zh: "专家权重", en: "expert weight" },
    grade: { zh: "等级", en: "grade" },
    score: { zh: "分值", en: "score" },
    votes: { zh: "票数", en: "vote count" },
    value: { zh: "实测值", en: "measured value" },
    breakpoint: { zh: "断点", en: "breakpoint" },
    kind: { zh: "输入方式", en: "input kind" },
  },
  inCell: (address: string, problem: Message): Message => ({
    zh: `单元格 ${address}：${problem.zh}`,
    en: `cell ${address}: ${problem.en}`,
  }),
  cellBlank: (what: Label): Message => ({ zh: `${what.zh}为空`, en: `${what.en} is blank` }),
  cellNotNumber: (what: Label, shown: string): Message => ({
    zh: `${what.zh}应为数字，现为“${shown}”`,
    en: `${what.en} must be a number, not "${shown}"`,
  }),
  cellNotPositive: (what: Label, value: number): Message => ({
    zh: `${what.zh}应为正数，现为 ${show(value)}`,
    en: `${what.en} must be positive, not ${show(value)}`,
  }),
  cellNotChoice: (what: Label, choices: readonly Bilingual[], shown: string): Message => ({
    zh: `${what.zh}应为${choices.map((c) => `“${c.zh}”`).join("或")}，现为“${shown}”`,
    en: `the ${what.en} must be ${choices.map((c) => `"${c.en}"`).join(" or ")}, not "${shown}"`,
  }),
  layoutDamaged: { zh: "结构信息已损坏，无法读取", en: "the layout record is damaged" } as Message,
  layoutVersion: (version: number): Message => ({
    zh: `结构信息不是本版本(${version})可读的格式`,
    en: `the layout record is not one this version (${version}) reads`,
  }),
  notAssessmentSheet: {
    zh: "这不是本加载项写入的评估表",
    en: "this is not an evaluation sheet written by the add-in",
  } as Message,
  scoresAllOrNone: { zh: "分值要么全填，要么全空", en: "fill every score or none" } as Message,

  // ---- National minimum "三率" ----

  twoDocuments: (words: readonly string[]): Message => {
    const listed = wordList(words);
    return {
      zh: `条件(condition)中写了 ${listed.zh} 几份文件：只能选一份`,
      en: `condition names ${listed.en}: choose one document only`,
    };
  },
  mineralAbsent: (shown: string, gapNotes: readonly Message[], minerals: readonly string[]): Message => {
    const n = notes(gapNotes);
    const listed = wordList(minerals);
    return gapNotes.length > 0
      ? { zh: `内置表没有矿种“${shown}”的数值${n.zh}`, en: `the built-in table has no values for "${shown}"${n.en}` }
      : {
          zh: `内置“三率”最低指标表没有矿种“${shown}”；已收录：${listed.zh}`,
          en: `the built-in table of national minimum rates has no mineral "${shown}"; it covers ${listed.en}`,
        };
  },
  indicatorAbsent: (subject: Subject, gapNotes: readonly Message[], available: readonly string[]): Message => {
    const n = notes(gapNotes);
    const listed = wordList(available);
    return {
      zh: `内置表没有 ${subject}${n.zh}；可查：${listed.zh}`,
      en: `the built-in table has no ${subject}${n.en}; it has ${listed.en}`,
    };
  },
  methodAbsent: (subject: Subject, gapNotes: readonly Message[], available: readonly string[]): Message => {
    const n = notes(gapNotes);
    const listed = wordList(available);
    return {
      zh: `内置表没有 ${subject}${n.zh}；可选开采方式(method)：${listed.zh}`,
      en: `the built-in table has no ${subject}${n.en}; method may be ${listed.en}`,
    };
  },
  methodRequired: (subject: Subject, available: readonly string[]): Message => {
    const listed = wordList(available);
    return {
      zh: `${subject} 按开采方式分别规定：请填写开采方式(method)：${listed.zh}`,
      en: `the mining method decides ${subject}: give method, one of ${listed.en}`,
    };
  },
  ruleRequired: (subject: Subject, several: boolean, documents: readonly string[]): Message => {
    const listed = wordList(documents);
    return several
      ? {
          zh: `${subject} 由多份文件规定，本工具不代为选择：请在条件(condition)中写明所依据的文件：${listed.zh}`,
          en: `several documents set ${subject} and the add-in will not choose for you: name one in condition: ${listed.en}`,
        }
      : {
          zh: `${subject} 的数值只见于已废止的文件：如仍采用，请在条件(condition)中写明：${listed.zh}`,
          en: `only superseded documents set ${subject}: to use one anyway, name it in condition: ${listed.en}`,
        };
  },
  documentAbsent: (subject: Subject, named: string, available: readonly string[]): Message => {
    const listed = wordList(available);
    return {
      zh: `${named} 没有 ${subject} 的规定；可选文件：${listed.zh}`,
      en: `the document ${named} sets nothing for ${subject}; the documents that do: ${listed.en}`,
    };
  },
  noMatch: (subject: Subject, condition: string, unknown: readonly string[], choices: readonly string[]): Message => {
    const unknownWords = wordList(unknown);
    const listed = wordList(choices);
    const zhUnknown = unknown.length > 0 ? `(“${unknownWords.zh}”不是此项的条件词)` : "";
    const enUnknown = unknown.length > 0 ? ` (${unknownWords.en} is not a condition word here)` : "";
    return {
      zh: `${subject} 没有与条件“${condition}”相符的行${zhUnknown}；可选条件：${listed.zh}`,
      en: `no row of ${subject} fits condition "${condition}"${enUnknown}; choose ${listed.en}`,
    };
  },
  ambiguous: (subject: Subject, condition: string, choices: readonly string[]): Message => {
    const listed = wordList(choices);
    return {
      zh: `${subject} 的条件“${condition}”对应多行，请在条件(condition)中写明其一：${listed.zh}`,
      en: `condition "${condition}" matches several rows of ${subject}; name one in condition: ${listed.en}`,
    };
  },
  conditionContradicts: (first: string, firstMeans: Message, second: string, secondMeans: Message): Message => ({
    zh: `条件(condition)中的“${first}”(${firstMeans.zh})与“${second}”(${secondMeans.zh})不是同一类：请改正或只写其一`,
    en: `condition says "${first}" (${firstMeans.en}) and "${second}" (${secondMeans.en}), which are different classes: correct one or keep one`,
  }),
  conditionOnBound: (
    subject: Subject,
    typed: string,
    bands: readonly string[],
    choices: readonly string[],
  ): Message => {
    const listed = wordList(bands);
    const rows = wordList(choices);
    return {
      zh: `${subject}：“${typed}”在分档界限上，来源所写的 ${listed.zh} 都包含它，本工具不代为判断：请在条件(condition)中写明其一：${rows.zh}`,
      en: `"${typed}" lies on a bound of ${subject} that the source's ${listed.en} all include, and the add-in will not choose: name one in condition: ${rows.en}`,
    };
  },
  conditionNoBound: (
    subject: Subject,
    typed: string,
    quantity: Message,
    notes: readonly string[],
    choices: readonly string[],
  ): Message => {
    const listed = wordList(choices);
    const why = notes.length > 0 ? `；${notes.join("；")}` : "";
    return {
      zh: `${subject} 的分类没有按${quantity.zh}划分的数值界限(内置表及其来源未给出${why})，“${typed}”属于哪一类无法由数值判断：请在条件(condition)中写明分类词，不写数值：${listed.zh}`,
      en: `the source gives no ${quantity.en} bounds for the classes of ${subject}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}, so "${typed}" cannot be placed: write the class in condition instead of the number: ${listed.en}`,
    };
  },
  ownHint: (absent: Message): Message => ({
    zh: `${absent.zh}；如有其他依据，可用自定最低指标(own_minimum)提供`,
    en: `${absent.en}; supply your own minimum with own_minimum`,
  }),
  ownNone: (absent: Message): Message => ({
    zh: `${absent.zh}；自定最低指标(own_minimum)中也没有相符的行`,
    en: `${absent.en}; own_minimum has no matching row either`,
  }),
  ownAmbiguous: (subject: Subject, condition: string, lines: readonly number[]): Message => {
    const listed = wordList(lines.map(String));
    return {
      zh: `自定最低指标(own_minimum)第 ${listed.zh} 行都与 ${subject} 条件“${condition}”相符：请写明条件或只保留一行`,
      en: `own_minimum rows ${listed.en} all match ${subject} with condition "${condition}": name the condition or keep one row`,
    };
  },
  ownShape: (rows: number, columns: number): Message => ({
    zh: `自定最低指标(own_minimum) 为 ${rows} 行 × ${columns} 列：须为一个数值、一行两格(最低值、来源)，或五/六列的表(矿种、开采方式、条件、指标、最低值[、来源])`,
    en: `own_minimum is ${rows} × ${columns}: give one number, one row of two cells (minimum, source), or a table of five or six columns (mineral, method, condition, indicator, minimum[, source])`,
  }),
} as const;
