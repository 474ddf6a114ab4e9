/**
 * Looking up a national minimum (design.md §3.5), the one place for each of these rules:
 * - mineral, indicator and method are read with their aliases (words.ts); an unknown indicator or method is a typo
 *   (`#VALUE!` with the choices), an unknown mineral or a missing row is a lookup without answer (`#N/A`);
 * - a row with a method is answered only when the method is given (an underground mine must not get the open-pit
 *   value because the method was left out);
 * - when the rows come from several documents (coal: 2012 notice, NDRC Order 17, the 1998 measures) or from a
 *   document outside the "三率" notices (fluorite's access standard), the condition must name the document;
 * - the condition's words, in any order, must each name a class of the row (稳固 is not 不稳固); a class word
 *   written inside a longer word counts, the most specific first (围岩稳固 → 稳固, 缓倾斜矿体 → 缓倾斜), and a
 *   number with its unit counts for the class the document bounds it in (2.5m → 中厚), per document (conditions.ts);
 *   of several rows that fit, the one the words name completely is chosen, otherwise `#N/A` lists them;
 * - a 🔶 value answers; MIN_RATE_SOURCE and the review show the doubt;
 * - the user's own minimum answers where the built-in table has no row (not where it asks for a choice), and
 *   governs where it is stricter.
 */
import { isBlank, singleCell } from "../cells";
import { Label, Message, MineError, fail } from "../errors";
import { OwnMinimum, OwnRow, readOwnMinimum } from "./own";
import {
  BANDS,
  DOCUMENTS,
  DocumentId,
  GAPS,
  IndicatorId,
  MethodId,
  ROWS,
  StandardDocument,
  StandardRow,
} from "./table";
import { Condition, Scope, ownWords, resolve } from "./conditions";
import {
  INDICATORS,
  METHODS,
  MINERALS_WITH_ROWS,
  choose,
  conditionWord,
  isAcknowledgement,
  knownMineral,
  mineralKey,
  nameOf,
  namedDocument,
  readName,
  splitWords,
} from "./words";
import { messages, Subject } from "../messages";
import { STANDARDS } from "../parameters";

/** The arguments shared by MIN_RATE, MEETS_MIN and MIN_RATE_SOURCE, as Excel hands them over. */
export interface MinimumQuery {
  readonly mineral: unknown;
  readonly indicator: unknown;
  readonly method?: unknown;
  readonly condition?: unknown;
  readonly ownMinimum?: unknown;
}

/** The minimum found, and where it came from. */
export interface Minimum {
  /** A fraction (0.85 for "不低于 85%"). */
  readonly value: number;
  /** The built-in row, when the built-in table answered. */
  readonly row?: StandardRow;
  /** Rows of other documents in force that set the same value for the same class. */
  readonly agreeing?: readonly StandardRow[];
  /** The user's source and row of own_minimum, when it answered. */
  readonly own?: { readonly source?: string; readonly line?: number };
  /** With both a built-in row and the user's own: whether the user's, being stricter, is the value. */
  readonly ownGoverns?: boolean;
}

interface Query {
  readonly mineralText: string;
  readonly indicator: IndicatorId;
  readonly method?: MethodId;
  /** The class words as typed (read against each document's rows by conditions.ts). */
  readonly typed: readonly string[];
  readonly document?: DocumentId;
}

/** A text argument: required (blank refused) or optional (blank is undefined). */
function readText(value: unknown, label: Label, required: true): string;
function readText(value: unknown, label: Label, required: false): string | undefined;
function readText(value: unknown, label: Label, required: boolean): string | undefined {
  const cell = singleCell(value, label);
  return !required && isBlank(typeof cell === "string" ? cell.trim() : cell) ? undefined : readName(cell, label);
}

function parseQuery(q: MinimumQuery): Query {
  const mineralText = readText(q.mineral, STANDARDS.mineral, true);
  const indicator = choose(INDICATORS, readText(q.indicator, STANDARDS.indicator, true), STANDARDS.indicator);
  const methodText = readText(q.method, STANDARDS.method, false);
  const method = methodText === undefined ? undefined : choose(METHODS, methodText, STANDARDS.method);
  const typed: string[] = [];
  const documents = new Map<DocumentId, string>();
  for (const word of splitWords(readText(q.condition, STANDARDS.condition, false) ?? "")) {
    const document = namedDocument(word);
    // 待核实 was once needed to accept a 🔶 value; formulas that still carry it keep working.
    if (document) documents.set(document, word);
    else if (!isAcknowledgement(word)) typed.push(word);
  }
  if (documents.size > 1) fail("value", messages.twoDocuments([...documents.values()]));
  return {
    mineralText,
    indicator,
    method,
    typed,
    document: [...documents.keys()][0],
  };
}

/** The condition as the user typed it (less document and 待核实 words), for messages. */
function conditionShown(query: Query): string {
  return query.typed.length > 0 ? query.typed.join(" ") : "(空)";
}

function subjectOf(mineral: string, indicator: IndicatorId, method?: MethodId): Subject {
  return [mineral, method && nameOf(METHODS, method), nameOf(INDICATORS, indicator)].filter(Boolean).join(" ");
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The condition as the source words it: slots by spaces, a slot's alternatives by "/". */
export function conditionText(row: StandardRow): string {
  return row.condition.map((slot) => slot.join("/")).join(" ");
}

function documentWord(id: DocumentId): string {
  const doc: StandardDocument = DOCUMENTS[id];
  return doc.words?.[0] ?? doc.title;
}

/** A row's class: "地下 稳固 倾斜", with the document word when asked. */
function rowText(row: StandardRow, withDocument: boolean): string {
  const parts = [
    withDocument ? documentWord(row.document) : "",
    row.method ? nameOf(METHODS, row.method) : "",
    conditionText(row) || "(无条件)",
  ];
  return parts.filter(Boolean).join(" ");
}

/** A row as a choice in a message: "地下 稳固 倾斜 81%", with the document when the choices span several. */
function choice(row: StandardRow, withDocument: boolean): string {
  return `${rowText(row, withDocument)} ${row.percent}%${row.confidence === "🔶" ? " 🔶" : ""}`;
}

function choices(rows: readonly StandardRow[]): string[] {
  const several = unique(rows.map((r) => r.document)).length > 1;
  return rows.map((r) => choice(r, several));
}

function documentChoice(id: DocumentId): string {
  const doc: StandardDocument = DOCUMENTS[id];
  const flags = [doc.doubt ? "🔶" : "", doc.superseded ?? ""].filter(Boolean).join("，");
  const word = doc.words?.[0];
  return `${word ? `${word}：` : ""}${doc.title}${flags ? `(${flags})` : ""}`;
}

function gapNotes(mineral: string, indicator?: IndicatorId, method?: MethodId): Message[] {
  return GAPS.filter(
    (g) =>
      g.mineral === mineral &&
      (g.indicator === undefined || g.indicator === indicator) &&
      (g.method === undefined || g.method === method),
  ).map((g) => g.note);
}

/** Every query word names one of the slots' words (whole words: 稳固 ≠ 不稳固). */
function fits(condition: readonly (readonly string[])[], words: readonly string[]): boolean {
  return words.every((w) => condition.some((slot) => slot.includes(w)));
}

/** Every slot is named by one of the words. */
function namesCompletely(condition: readonly (readonly string[])[], words: readonly string[]): boolean {
  return condition.every((slot) => slot.some((alternative) => words.includes(alternative)));
}

/** The rows the words fit; of several, the one they name completely if there is exactly one. */
function select<T>(
  rows: readonly T[],
  conditionOf: (row: T) => readonly (readonly string[])[],
  words: readonly string[],
): T[] {
  const fitting = rows.filter((r) => fits(conditionOf(r), words));
  if (fitting.length <= 1) return fitting;
  const complete = fitting.filter((r) => namesCompletely(conditionOf(r), words));
  return complete.length === 1 ? complete : fitting;
}

const normalisedConditions = new Map<StandardRow, string[][]>(
  ROWS.map((row) => [row, row.condition.map((slot) => slot.map(conditionWord))]),
);
const tableCondition = (row: StandardRow): Condition => normalisedConditions.get(row) ?? [];

/** The rows of one document for the query, with the bounds that document gives, to read the condition against. */
function scopeOf(rows: readonly StandardRow[], query: Query, subject: Subject): Scope<StandardRow> {
  const [first] = rows;
  return {
    subject,
    rows,
    conditionOf: tableCondition,
    choices,
    notes: unique(rows.flatMap((r) => (r.note ? [r.note] : []))),
    bands: BANDS.filter(
      (b) =>
        b.document === first?.document &&
        b.mineral === first.mineral &&
        b.indicator === query.indicator &&
        (b.method === undefined || b.method === query.method),
    ),
    select: (candidates, words) => select(candidates, tableCondition, words),
  };
}

/**
 * What the built-in table answers: a row (with the documents in force that agree with it), no row (why), or
 * several rows the condition leaves open (a class the query does not name: 大型 or 中小型, 磁铁矿 or 赤铁矿).
 */
type BuiltIn =
  | { readonly row: StandardRow; readonly agreeing?: readonly StandardRow[] }
  | { readonly absent: Message }
  | { readonly choose: readonly StandardRow[]; readonly why: Message };

/**
 * The answer of several documents in force when each names exactly one row for the words and every row has the
 * same value: the first row, with the others that agree with it; undefined when they differ or one is silent.
 * Each document reads the condition with its own bounds; when every one refuses it (a contradiction, a number on
 * a shared bound), that refusal is the answer.
 */
function agreement(
  documents: readonly DocumentId[],
  rows: readonly StandardRow[],
  query: Query,
  subject: Subject,
): BuiltIn | undefined {
  const readings = documents.map((id) => {
    const ofDocument = rows.filter((r) => r.document === id);
    return { rows: ofDocument, reading: resolve(query.typed, scopeOf(ofDocument, query, subject)) };
  });
  const refused = readings[0].reading;
  if ("kind" in refused && readings.every(({ reading }) => "kind" in reading)) fail(refused.kind, refused.message);
  const answers = readings.map(({ rows: ofDocument, reading }) =>
    "words" in reading ? select(ofDocument, tableCondition, reading.words) : [],
  );
  // No document has a row for the words: a word is wrong, not the choice of document.
  if ("words" in refused && answers.every((chosen) => chosen.length === 0)) {
    return { absent: messages.noMatch(subject, conditionShown(query), refused.unread, choices(rows)) };
  }
  if (answers.some((chosen) => chosen.length !== 1)) return undefined;
  const [first, ...others] = answers.map(([row]) => row);
  return others.every((row) => row.percent === first.percent) ? { row: first, agreeing: others } : undefined;
}

/** The built-in row for the query; `absent` when the table has none (then own_minimum may answer). */
function builtIn(query: Query): BuiltIn {
  const mineral = knownMineral(query.mineralText);
  const ofMineral = ROWS.filter((r) => r.mineral === mineral);
  if (mineral === undefined || ofMineral.length === 0) {
    const notes = mineral === undefined ? [] : gapNotes(mineral, query.indicator, query.method);
    return { absent: messages.mineralAbsent(query.mineralText, notes, MINERALS_WITH_ROWS) };
  }
  const ofIndicator = ofMineral.filter((r) => r.indicator === query.indicator);
  if (ofIndicator.length === 0) {
    const available = unique(ofMineral.map((r) => nameOf(INDICATORS, r.indicator)));
    const subject = subjectOf(mineral, query.indicator);
    return { absent: messages.indicatorAbsent(subject, gapNotes(mineral, query.indicator), available) };
  }
  const methods = unique(ofIndicator.flatMap((r) => (r.method ? [nameOf(METHODS, r.method)] : [])));
  const ofMethod = ofIndicator.filter((r) => r.method === undefined || r.method === query.method);
  const subject = subjectOf(mineral, query.indicator, query.method);
  if (ofMethod.length === 0) {
    if (query.method === undefined) fail("na", messages.methodRequired(subject, methods));
    return {
      absent: messages.methodAbsent(subject, gapNotes(mineral, query.indicator, query.method), methods),
    };
  }
  const documents = unique(ofMethod.map((r) => r.document));
  let rows: StandardRow[];
  if (query.document !== undefined) {
    rows = ofMethod.filter((r) => r.document === query.document);
    if (rows.length === 0) {
      const named = documentWord(query.document);
      return { absent: messages.documentAbsent(subject, named, documents.map(documentChoice)) };
    }
  } else {
    // A superseded document is reachable only by naming it; of those in force, one answers alone, and several
    // answer when they agree on the query's class (coal underground 85/80/75 in the 2012 notice and Order 17).
    const inForce = documents.filter((id) => !(DOCUMENTS[id] as StandardDocument).superseded);
    if (inForce.length === 0) {
      fail("na", messages.ruleRequired(subject, documents.length > 1, documents.map(documentChoice)));
    }
    rows = ofMethod.filter((r) => inForce.includes(r.document));
    if (inForce.length > 1) {
      const agreed = agreement(inForce, rows, query, subject);
      if (agreed) return agreed;
      fail("na", messages.ruleRequired(subject, true, inForce.map(documentChoice)));
    }
  }
  const reading = resolve(query.typed, scopeOf(rows, query, subject));
  if ("kind" in reading) fail(reading.kind, reading.message);
  const chosen = select(rows, tableCondition, reading.words);
  const condition = conditionShown(query);
  if (chosen.length === 1) return { row: chosen[0] };
  if (chosen.length > 1) return { choose: chosen, why: messages.ambiguous(subject, condition, choices(chosen)) };
  return { absent: messages.noMatch(subject, condition, reading.unread, choices(rows)) };
}

/** The row of `own` that answers the query, undefined when none does; two that do are `#N/A` naming their lines. */
function ownAnswer(query: Query, own: OwnMinimum): Minimum | undefined {
  if (own.kind === "single") return { value: own.value, own: { source: own.source } };
  const key = mineralKey(query.mineralText);
  const candidates = own.rows.filter(
    (r) =>
      r.mineralKey === key && r.indicator === query.indicator && (r.method === undefined || r.method === query.method),
  );
  const words = ownWords(
    query.typed,
    candidates.map((r) => r.condition),
  );
  const chosen = select(candidates, (r: OwnRow) => r.condition, words);
  if (chosen.length === 0) return undefined;
  if (chosen.length > 1) {
    const subject = subjectOf(query.mineralText, query.indicator, query.method);
    fail(
      "na",
      messages.ownAmbiguous(
        subject,
        conditionShown(query),
        chosen.map((r) => r.line),
      ),
    );
  }
  const [row] = chosen;
  return { value: row.value, own: { source: row.source, line: row.line } };
}

/**
 * The minimum for the query. `own_minimum` is always read (one that cannot be read is an error, never ignored).
 * Where the built-in table has a row, the stricter of it and the user's own governs (a provincial or design minimum
 * may only raise the national one), and the answer keeps both; where it has none, the user's own answers, else
 * `#N/A` saying what is missing.
 */
export function findMinimum(q: MinimumQuery): Minimum {
  const query = parseQuery(q);
  const own = readOwnMinimum(q.ownMinimum);
  const answered = own === undefined ? undefined : ownAnswer(query, own);
  const found = builtIn(query);
  if ("choose" in found) return fail("na", found.why);
  if ("row" in found) {
    const national: Minimum = {
      value: found.row.percent / 100,
      row: found.row,
      ...(found.agreeing ? { agreeing: found.agreeing } : {}),
    };
    if (answered === undefined) return national;
    const ownGoverns = answered.value > national.value;
    return { ...national, value: Math.max(answered.value, national.value), own: answered.own, ownGoverns };
  }
  if (own === undefined) return fail("na", messages.ownHint(found.absent));
  return answered ?? fail("na", messages.ownNone(found.absent));
}

/**
 * Whether the value stands on a 🔶 row (its source read only in a mirror or a summary): still the value, and
 * MIN_RATE_SOURCE and the review say so, so the doubt stays in sight without refusing the number.
 */
export function isUnverified(minimum: Minimum): boolean {
  if (!minimum.row || minimum.ownGoverns) return false;
  return [minimum.row, ...(minimum.agreeing ?? [])].every((row) => row.confidence === "🔶");
}

/**
 * The rows a query could mean when its condition leaves the class open (`findMinimum` asks which, #N/A): each a
 * possible minimum, so that a rate reaching all of them, or none, is judged without the class. Undefined when the
 * lookup answers, has no row, or refuses the query.
 */
export function minimumChoices(q: MinimumQuery): readonly StandardRow[] | undefined {
  try {
    const found = builtIn(parseQuery(q));
    return "choose" in found ? found.choose : undefined;
  } catch (error) {
    if (error instanceof MineError) return undefined;
    throw error;
  }
}
