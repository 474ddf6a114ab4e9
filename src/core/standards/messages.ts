/**
 * Messages of the national-minimum lookup, Chinese first, in the tone of the catalogue in ../errors. Messages that
 * already exist there (blank, not a number, rate above 1) are used from there. Lists of choices are the words users
 * type (Chinese), in both halves.
 */
import { CellPosition, Label, Message, describePosition } from "../errors";
import { rate } from "../quantity";

/** How inputs are named in messages: the Chinese term and the parameter name of the Excel function (design.md §3.5). */
export const STANDARD_LABELS = {
  mineral: { zh: "矿种", en: "mineral" },
  indicator: { zh: "指标", en: "indicator" },
  method: { zh: "开采方式", en: "method" },
  condition: { zh: "条件", en: "condition" },
  ownMinimum: { zh: "自定最低指标", en: "own_minimum" },
  ownMineral: { zh: "自定最低指标的矿种", en: "own_minimum mineral" },
  ownMethod: { zh: "自定最低指标的开采方式", en: "own_minimum method" },
  ownIndicator: { zh: "自定最低指标的指标", en: "own_minimum indicator" },
} as const satisfies Record<string, Label>;

export const STANDARD_QUANTITIES = {
  value: rate("实际值", "value"),
  ownValue: rate("自定最低值", "own_minimum"),
  ownTableValue: rate("自定最低指标的最低值", "own_minimum value"),
} as const;

/** What a lookup is about, as both halves of a message name it: "铁 地下 开采回采率". */
export type Subject = string;

const zhList = (items: readonly string[]): string => items.join("、");
const enList = (items: readonly string[]): string => items.join(", ");

/** Notes on what the sources say about a missing value, appended to an absent-row message. */
function notes(list: readonly Message[]): Message {
  if (list.length === 0) return { zh: "", en: "" };
  return { zh: `(${list.map((n) => n.zh).join("；")})`, en: ` (${list.map((n) => n.en).join("; ")})` };
}

function at(label: Label, position?: CellPosition): Message {
  if (!position) return { zh: `${label.zh}(${label.en})`, en: label.en };
  const p = describePosition(position);
  return { zh: `${label.zh}(${label.en})${p.zh}`, en: `${label.en} ${p.en}` };
}

export const standardMessages = {
  blankName: (label: Label, position?: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 为空，需要一个名称`, en: `${n.en} is blank: a name is needed` };
  },
  notText: (label: Label, shown: string, position?: CellPosition): Message => {
    const n = at(label, position);
    return { zh: `${n.zh} 须为文字，而不是“${shown}”`, en: `${n.en} must be text, not "${shown}"` };
  },
  unknownChoice: (label: Label, shown: string, choices: readonly string[], position?: CellPosition): Message => {
    const n = at(label, position);
    return {
      zh: `${n.zh} “${shown}” 无法识别：可选 ${zhList(choices)}`,
      en: `${n.en} "${shown}" is not recognised: choose ${enList(choices)}`,
    };
  },
  twoDocuments: (words: readonly string[]): Message => ({
    zh: `条件(condition)中写了 ${zhList(words)} 几份文件：只能选一份`,
    en: `condition names ${enList(words)}: choose one document only`,
  }),
  mineralAbsent: (shown: string, gapNotes: readonly Message[], minerals: readonly string[]): Message => {
    const n = notes(gapNotes);
    return gapNotes.length > 0
      ? { zh: `内置表没有矿种“${shown}”的数值${n.zh}`, en: `the built-in table has no values for "${shown}"${n.en}` }
      : {
          zh: `内置“三率”最低指标表没有矿种“${shown}”；已收录：${zhList(minerals)}`,
          en: `the built-in table of national minimum rates has no mineral "${shown}"; it covers ${enList(minerals)}`,
        };
  },
  indicatorAbsent: (subject: Subject, gapNotes: readonly Message[], available: readonly string[]): Message => {
    const n = notes(gapNotes);
    return {
      zh: `内置表没有 ${subject}${n.zh}；可查：${zhList(available)}`,
      en: `the built-in table has no ${subject}${n.en}; it has ${enList(available)}`,
    };
  },
  methodAbsent: (subject: Subject, gapNotes: readonly Message[], available: readonly string[]): Message => {
    const n = notes(gapNotes);
    return {
      zh: `内置表没有 ${subject}${n.zh}；可选开采方式(method)：${zhList(available)}`,
      en: `the built-in table has no ${subject}${n.en}; method may be ${enList(available)}`,
    };
  },
  methodRequired: (subject: Subject, available: readonly string[]): Message => ({
    zh: `${subject} 按开采方式分别规定：请填写开采方式(method)：${zhList(available)}`,
    en: `the mining method decides ${subject}: give method, one of ${enList(available)}`,
  }),
  ruleRequired: (subject: Subject, several: boolean, documents: readonly string[]): Message =>
    several
      ? {
          zh: `${subject} 由多份文件规定，本工具不代为选择：请在条件(condition)中写明所依据的文件：${zhList(documents)}`,
          en: `several documents set ${subject} and the add-in will not choose for you: name one in condition: ${enList(documents)}`,
        }
      : {
          zh: `${subject} 的数值只见于“三率”公告以外的文件：如采用，请在条件(condition)中写明：${zhList(documents)}`,
          en: `only a document outside the "三率" notices sets ${subject}: to use it, name it in condition: ${enList(documents)}`,
        },
  documentAbsent: (subject: Subject, named: string, available: readonly string[]): Message => ({
    zh: `${named} 没有 ${subject} 的规定；可选文件：${zhList(available)}`,
    en: `the document ${named} sets nothing for ${subject}; the documents that do: ${enList(available)}`,
  }),
  noMatch: (subject: Subject, condition: string, unknown: readonly string[], choices: readonly string[]): Message => {
    const zhUnknown = unknown.length > 0 ? `(“${zhList(unknown)}”不是此项的条件词)` : "";
    const enUnknown = unknown.length > 0 ? ` (${enList(unknown)} is not a condition word here)` : "";
    return {
      zh: `${subject} 没有与条件“${condition}”相符的行${zhUnknown}；可选条件：${zhList(choices)}`,
      en: `no row of ${subject} fits condition "${condition}"${enUnknown}; choose ${enList(choices)}`,
    };
  },
  ambiguous: (subject: Subject, condition: string, choices: readonly string[]): Message => ({
    zh: `${subject} 的条件“${condition}”对应多行，请在条件(condition)中写明其一：${zhList(choices)}`,
    en: `condition "${condition}" matches several rows of ${subject}; name one in condition: ${enList(choices)}`,
  }),
  unconfirmed: (subject: Subject, row: string, percent: number, doubt: Message, word: string): Message => ({
    zh: `${subject} ${row} 的最低值 ${percent}% 标为 🔶 待核实(${doubt.zh})：如仍采用，请在条件(condition)中加“${word}”`,
    en: `the minimum ${percent}% of ${subject} ${row} is marked 🔶 unverified (${doubt.en}): to use it anyway, add ${word} to condition`,
  }),
  ownHint: (absent: Message): Message => ({
    zh: `${absent.zh}；如有其他依据，可用自定最低指标(own_minimum)提供`,
    en: `${absent.en}; supply your own minimum with own_minimum`,
  }),
  ownNone: (absent: Message): Message => ({
    zh: `${absent.zh}；自定最低指标(own_minimum)中也没有相符的行`,
    en: `${absent.en}; own_minimum has no matching row either`,
  }),
  ownAmbiguous: (subject: Subject, condition: string, lines: readonly number[]): Message => ({
    zh: `自定最低指标(own_minimum)第 ${zhList(lines.map(String))} 行都与 ${subject} 条件“${condition}”相符：请写明条件或只保留一行`,
    en: `own_minimum rows ${enList(lines.map(String))} all match ${subject} with condition "${condition}": name the condition or keep one row`,
  }),
  ownShape: (rows: number, columns: number): Message => ({
    zh: `自定最低指标(own_minimum) 为 ${rows} 行 × ${columns} 列：须为一个数值、一行两格(最低值、来源)，或五/六列的表(矿种、开采方式、条件、指标、最低值[、来源])`,
    en: `own_minimum is ${rows} × ${columns}: give one number, one row of two cells (minimum, source), or a table of five or six columns (mineral, method, condition, indicator, minimum[, source])`,
  }),
} as const;
