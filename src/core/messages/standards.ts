/** The catalogue's messages (./index) of the national minimum "三率" lookup. */
import { wordList } from "../text";
import { Message, notes, Subject } from "./wording";

export const twoDocuments = (words: readonly string[]): Message => {
  const listed = wordList(words);
  return {
    zh: `条件(condition)中写了 ${listed.zh} 几份文件：只能选一份`,
    en: `condition names ${listed.en}: choose one document only`,
  };
};
export const mineralAbsent = (shown: string, gapNotes: readonly Message[], minerals: readonly string[]): Message => {
  const n = notes(gapNotes);
  const listed = wordList(minerals);
  return gapNotes.length > 0
    ? { zh: `内置表没有矿种“${shown}”的数值${n.zh}`, en: `the built-in table has no values for "${shown}"${n.en}` }
    : {
        zh: `内置“三率”最低指标表没有矿种“${shown}”；已收录：${listed.zh}`,
        en: `the built-in table of national minimum rates has no mineral "${shown}"; it covers ${listed.en}`,
      };
};
export const indicatorAbsent = (
  subject: Subject,
  gapNotes: readonly Message[],
  available: readonly string[],
): Message => {
  const n = notes(gapNotes);
  const listed = wordList(available);
  return {
    zh: `内置表没有 ${subject}${n.zh}；可查：${listed.zh}`,
    en: `the built-in table has no ${subject}${n.en}; it has ${listed.en}`,
  };
};
export const methodAbsent = (subject: Subject, gapNotes: readonly Message[], available: readonly string[]): Message => {
  const n = notes(gapNotes);
  const listed = wordList(available);
  return {
    zh: `内置表没有 ${subject}${n.zh}；可选开采方式(method)：${listed.zh}`,
    en: `the built-in table has no ${subject}${n.en}; method may be ${listed.en}`,
  };
};
export const methodRequired = (subject: Subject, available: readonly string[]): Message => {
  const listed = wordList(available);
  return {
    zh: `${subject} 按开采方式分别规定：请填写开采方式(method)：${listed.zh}`,
    en: `the mining method decides ${subject}: give method, one of ${listed.en}`,
  };
};
export const ruleRequired = (subject: Subject, several: boolean, documents: readonly string[]): Message => {
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
};
export const documentAbsent = (subject: Subject, named: string, available: readonly string[]): Message => {
  const listed = wordList(available);
  return {
    zh: `${named} 没有 ${subject} 的规定；可选文件：${listed.zh}`,
    en: `the document ${named} sets nothing for ${subject}; the documents that do: ${listed.en}`,
  };
};
export const noMatch = (
  subject: Subject,
  condition: string,
  unknown: readonly string[],
  choices: readonly string[],
): Message => {
  const unknownWords = wordList(unknown);
  const listed = wordList(choices);
  const zhUnknown = unknown.length > 0 ? `(“${unknownWords.zh}”不是此项的条件词)` : "";
  const enUnknown = unknown.length > 0 ? ` (${unknownWords.en} is not a condition word here)` : "";
  return {
    zh: `${subject} 没有与条件“${condition}”相符的行${zhUnknown}；可选条件：${listed.zh}`,
    en: `no row of ${subject} fits condition "${condition}"${enUnknown}; choose ${listed.en}`,
  };
};
export const ambiguous = (subject: Subject, condition: string, choices: readonly string[]): Message => {
  const listed = wordList(choices);
  return {
    zh: `${subject} 的条件“${condition}”对应多行，请在条件(condition)中写明其一：${listed.zh}`,
    en: `condition "${condition}" matches several rows of ${subject}; name one in condition: ${listed.en}`,
  };
};
export const conditionContradicts = (
  first: string,
  firstMeans: Message,
  second: string,
  secondMeans: Message,
): Message => ({
  zh: `条件(condition)中的“${first}”(${firstMeans.zh})与“${second}”(${secondMeans.zh})不是同一类：请改正或只写其一`,
  en: `condition says "${first}" (${firstMeans.en}) and "${second}" (${secondMeans.en}), which are different classes: correct one or keep one`,
});
export const conditionOnBound = (
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
};
export const conditionNoBound = (
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
};
export const ownHint = (absent: Message): Message => ({
  zh: `${absent.zh}；如有其他依据，可用自定最低指标(own_minimum)提供`,
  en: `${absent.en}; supply your own minimum with own_minimum`,
});
export const ownNone = (absent: Message): Message => ({
  zh: `${absent.zh}；自定最低指标(own_minimum)中也没有相符的行`,
  en: `${absent.en}; own_minimum has no matching row either`,
});
export const ownAmbiguous = (subject: Subject, condition: string, lines: readonly number[]): Message => {
  const listed = wordList(lines.map(String));
  return {
    zh: `自定最低指标(own_minimum)第 ${listed.zh} 行都与 ${subject} 条件“${condition}”相符：请写明条件或只保留一行`,
    en: `own_minimum rows ${listed.en} all match ${subject} with condition "${condition}": name the condition or keep one row`,
  };
};
export const ownShape = (rows: number, columns: number): Message => ({
  zh: `自定最低指标(own_minimum) 为 ${rows} 行 × ${columns} 列：须为一个数值、一行(最低值、来源)或五/六列的表(矿种、开采方式、条件、指标、最低值[、来源])`,
  en: `own_minimum is ${rows} × ${columns}: give a number, a row (minimum, source), or a table of 5–6 columns (mineral, method, condition, indicator, minimum[, source])`,
});
