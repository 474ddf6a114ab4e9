/**
 * A condition as engineers write it (issue 9 §3), read into the table's class words:
 * - class words inside longer words ("围岩稳固", "缓倾斜矿体", "中厚煤层"), the longest word found first, so the most
 *   specific class wins (极不稳固 is never 稳固 or 不稳固, 缓倾斜 never 倾斜, 中厚 never 厚), and only filler words
 *   (矿体, 围岩 …) may be left over (陡倾斜 is not 倾斜);
 * - a number with its unit ("2.5m", "倾角35°", "60万t/a") is read as the class the source bounds it in (BANDS).
 *   A number on a bound that two printed ranges both include is asked about, not placed; a number where the source
 *   gives no bound is refused (the class word must be written); a number and a class word that disagree ("薄 2.5m")
 *   are an error naming both.
 */
import { ErrorKind, Message } from "../errors";
import { Subject, messages } from "../messages";
import { Band, ROWS, Unit } from "./table";
import { FILLER_WORDS, QUANTITY_WORDS, SYNONYM_WORDS, conditionWord, fold } from "./words";

/** A slot-by-slot condition, its words as compared (normalised, synonyms resolved). */
export type Condition = readonly (readonly string[])[];

// ---- Numbers and bounds ----

/** A stretch of the number line; an end left undefined is open (<1.3 has no lower end). */
interface Interval {
  readonly low?: number;
  readonly lowIn: boolean;
  readonly high?: number;
  readonly highIn: boolean;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const UNIT = "万t/a|万t|m|°|度|%";
const COMPARED = new RegExp(`^(<=|>=|<|>)(${NUMBER})$`);
const RANGE = new RegExp(`^(${NUMBER})-(${NUMBER})$`);
const BETWEEN = new RegExp(`^(${NUMBER})(<=|<)[^\\d<>=]+(<=|<)(${NUMBER})$`);
/** prefix, comparison, number, second number of a range, unit, suffix: "煤层厚度2.5m", "<30°", "1.3-3.5m". */
const NUMBER_WORD = new RegExp(`^(.*?)(<=|>=|<|>)?(${NUMBER})(?:(?:${UNIT})?-(${NUMBER}))?(${UNIT})(.*)$`);

function compared(sign: string, value: number): Interval {
  switch (sign) {
    case "<":
      return { high: value, lowIn: false, highIn: false };
    case "<=":
      return { high: value, lowIn: false, highIn: true };
    case ">":
      return { low: value, lowIn: false, highIn: false };
    default:
      return { low: value, lowIn: true, highIn: false };
  }
}

/** A band's bound as written in BANDS; a printed range "a-b" holds both ends, as it reads. */
export function boundInterval(bound: string): Interval {
  const single = COMPARED.exec(bound);
  if (single) return compared(single[1], Number(single[2]));
  const range = RANGE.exec(bound);
  if (range) return { low: Number(range[1]), lowIn: true, high: Number(range[2]), highIn: true };
  const between = BETWEEN.exec(bound);
  if (between) {
    const [, low, lowSign, highSign, high] = between;
    return { low: Number(low), lowIn: lowSign === "<=", high: Number(high), highIn: highSign === "<=" };
  }
  throw new Error(`unreadable bound "${bound}" in BANDS`);
}

/** Whether the two share a point (1.3-3.5 and 3.5-6 share 3.5; <1.3 and 1.3-3.5 share none). */
function overlaps(a: Interval, b: Interval): boolean {
  const apart = (low: number | undefined, lowIn: boolean, high: number | undefined, highIn: boolean): boolean =>
    low !== undefined && high !== undefined && (low > high || (low === high && !(lowIn && highIn)));
  return !apart(a.low, a.lowIn, b.high, b.highIn) && !apart(b.low, b.lowIn, a.high, a.highIn);
}

/** Whether every point of `inner` is in `outer`. */
function contains(outer: Interval, inner: Interval): boolean {
  const lowOk =
    outer.low === undefined ||
    (inner.low !== undefined && (inner.low > outer.low || (inner.low === outer.low && (outer.lowIn || !inner.lowIn))));
  const highOk =
    outer.high === undefined ||
    (inner.high !== undefined &&
      (inner.high < outer.high || (inner.high === outer.high && (outer.highIn || !inner.highIn))));
  return lowOk && highOk;
}

/** A bound as people read it: "<1.3m", "1.3-3.5m", "30≤α≤55°". */
export function boundText(band: Band): string {
  return `${band.bound.replace(/<=/g, "≤").replace(/>=/g, "≥")}${band.unit}`;
}

/** A band as named in a message: its word with its bound ("中厚(1.3-3.5m)"), or the bound alone when that is the word. */
function bandText(band: Band): string {
  const bound = boundText(band);
  return conditionWord(band.word) === conditionWord(bound) ? bound : `${band.word}(${bound})`;
}

/** What a typed word means by a band: "<1.3m" for 薄 (its own class), "属 中厚(1.3-3.5m)" for a number. */
function meaning(typed: string, band: Band): Message {
  if (conditionWord(typed) === conditionWord(band.word)) return { zh: boundText(band), en: boundText(band) };
  return { zh: `属 ${bandText(band)}`, en: `in ${bandText(band)}` };
}

// ---- Words inside words ----

type PieceKind = "class" | "filler" | "quantity";

interface Piece {
  readonly kind: PieceKind;
  /** The class word as the table compares it (synonyms resolved). */
  readonly word: string;
}

/** Words that carry no digit: numbers are read by their unit, never found inside other words. */
const wordy = (word: string): boolean => word !== "" && !/\d/.test(word);

/** Every class word of the table and every synonym, as found inside a longer word. */
const CLASS_WORDS = new Map<string, string>(
  [...ROWS.flatMap((row) => row.condition.flat()), ...SYNONYM_WORDS]
    .map((word) => [fold(word), conditionWord(word)] as const)
    .filter(([found]) => wordy(found)),
);

function vocabulary(unit?: Unit): Map<string, Piece> {
  const pieces = new Map<string, Piece>();
  for (const [found, word] of CLASS_WORDS) pieces.set(found, { kind: "class", word });
  for (const word of FILLER_WORDS) pieces.set(word, { kind: "filler", word });
  // Next to a number, 厚 is the thickness measured (厚2.5m), not the class 厚.
  for (const word of unit ? QUANTITY_WORDS[unit] : []) pieces.set(word, { kind: "quantity", word });
  return pieces;
}

/** The table's words (and, next to a number, its unit's quantity words), built once. */
const VOCABULARY = new Map<Unit | undefined, ReadonlyMap<string, Piece>>(
  ([undefined, "m", "°", "万t/a", "万t", "%"] as const).map((unit) => [unit, vocabulary(unit)]),
);

/** The vocabulary with a user's own class words added (own_minimum rows may use words the table has not). */
function withWords(unit: Unit | undefined, extra: readonly string[]): ReadonlyMap<string, Piece> {
  const base = VOCABULARY.get(unit) ?? vocabulary(unit);
  const added = extra.filter((word) => wordy(word) && !base.has(word));
  if (added.length === 0) return base;
  const pieces = new Map(base);
  for (const word of added) pieces.set(word, { kind: "class", word });
  return pieces;
}

/**
 * `text` cut into known words, the longest first wherever they overlap (不稳固 before 稳固, 缓倾斜矿体 → 缓倾斜 +
 * 矿体); undefined when any character is left over.
 */
function cut(text: string, pieces: ReadonlyMap<string, Piece>): Piece[] | undefined {
  const found: { at: number; length: number; piece: Piece }[] = [];
  for (const [word, piece] of pieces) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      found.push({ at, length: word.length, piece });
    }
  }
  found.sort((a, b) => b.length - a.length || a.at - b.at);
  const taken = new Array<boolean>(text.length).fill(false);
  const chosen: typeof found = [];
  for (const f of found) {
    if (taken.slice(f.at, f.at + f.length).some(Boolean)) continue;
    taken.fill(true, f.at, f.at + f.length);
    chosen.push(f);
  }
  if (taken.some((t) => !t)) return undefined;
  return chosen.sort((a, b) => a.at - b.at).map((c) => c.piece);
}

/** What one typed word says: class words, and at most one number with its unit. */
interface Said {
  readonly typed: string;
  readonly classes: readonly string[];
  readonly number?: { readonly unit: Unit; readonly interval: Interval };
}

function numberWord(typed: string, extra: readonly string[]): Said | undefined {
  const match = NUMBER_WORD.exec(fold(typed));
  if (!match) return undefined;
  const [, prefix, sign, first, second, unitText, suffix] = match;
  const unit: Unit = unitText === "度" ? "°" : (unitText as Unit);
  const pieces = withWords(unit, extra);
  const around = [cut(prefix, pieces), cut(suffix, pieces)];
  if (around.some((p) => p === undefined)) return undefined;
  const classes = around.flatMap((p) => p ?? []).flatMap((p) => (p.kind === "class" ? [p.word] : []));
  const value = Number(first);
  let interval: Interval;
  if (second !== undefined) {
    if (sign !== undefined) return undefined;
    interval = { low: value, lowIn: true, high: Number(second), highIn: true };
  } else {
    interval = sign === undefined ? { low: value, lowIn: true, high: value, highIn: true } : compared(sign, value);
  }
  return { typed, classes, number: { unit, interval } };
}

/**
 * What a typed word says: the word itself when the rows know it, else a number with its unit, else the class words
 * found inside it among filler words; undefined when none of these.
 */
function read(typed: string, known: ReadonlySet<string>, extra: readonly string[]): Said | undefined {
  const word = conditionWord(typed);
  if (known.has(word)) return { typed, classes: [word] };
  const number = numberWord(typed, extra);
  if (number) return number;
  const pieces = cut(fold(typed), withWords(undefined, extra));
  const classes = (pieces ?? []).flatMap((p) => (p.kind === "class" ? [p.word] : []));
  return classes.length > 0 ? { typed, classes } : undefined;
}

/**
 * The condition words of a user's own minimum table, read the same way (class words inside longer words); numbers
 * stay as typed, since the user's rows carry no bounds.
 */
export function ownWords(typed: readonly string[], conditions: readonly Condition[]): string[] {
  const known = new Set(conditions.flatMap((c) => c.flat()));
  return typed.flatMap((t) => {
    const said = read(t, known, [...known]);
    return said === undefined || said.number ? [conditionWord(t)] : said.classes;
  });
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

// ---- Resolving a condition against the rows of one document ----

export interface Scope<T> {
  readonly subject: Subject;
  readonly rows: readonly T[];
  readonly conditionOf: (row: T) => Condition;
  /** The rows as choices in a message ("地下 稳固 倾斜 81%"). */
  readonly choices: (rows: readonly T[]) => string[];
  /** Notes of the rows (矿山规模按国土资发〔2004〕208号), said where a number cannot be placed. */
  readonly notes: readonly string[];
  readonly bands: readonly Band[];
  /** Picks the rows the words name (fits, then names completely). */
  readonly select: (rows: readonly T[], words: readonly string[]) => T[];
}

export type Reading =
  /** The words as the rows' words; `unread` the typed words that are none of theirs (named in "no row fits"). */
  | { readonly words: readonly string[]; readonly unread: readonly string[] }
  | { readonly kind: ErrorKind; readonly message: Message };

/** The bands each word of the rows names: a band's own word, and the words beside it in a slot (薄|<1.3m). */
function bandsNamed<T>(scope: Scope<T>): Map<string, Set<Band>> {
  const named = new Map<string, Set<Band>>();
  const add = (word: string, band: Band): void => {
    named.set(word, (named.get(word) ?? new Set()).add(band));
  };
  const own = new Map(scope.bands.map((band) => [conditionWord(band.word), band] as const));
  for (const band of scope.bands) add(conditionWord(band.word), band);
  for (const slot of scope.rows.flatMap((row) => scope.conditionOf(row))) {
    const bands = slot.flatMap((word) => (own.has(word) ? [own.get(word) as Band] : []));
    for (const word of slot.filter((w) => !own.has(w))) bands.forEach((band) => add(word, band));
  }
  return named;
}

const QUANTITY: Readonly<Record<Unit, Message>> = {
  m: { zh: "厚度(m)", en: "thickness (m)" },
  "°": { zh: "倾角(°)", en: "dip (°)" },
  "万t/a": { zh: "规模(万t/a)", en: "scale (万t/a)" },
  万t: { zh: "矿物量(万t)", en: "tonnage (万t)" },
  "%": { zh: "品位(%)", en: "grade (%)" },
};

/**
 * The typed words as the rows' words, numbers placed in the bands of `scope`; or why they cannot be read
 * (`#N/A` for a number on a shared bound or without bounds, `#VALUE!` for words that disagree).
 */
export function resolve<T>(typed: readonly string[], scope: Scope<T>): Reading {
  const known = new Set(scope.rows.flatMap((row) => scope.conditionOf(row).flat()));
  const named = bandsNamed(scope);
  const said: Said[] = [];
  const unread: string[] = [];
  /** Typed words read as nothing of the rows': kept, as typed, so that no row fits them. */
  const strays: string[] = [];
  const stray = (t: string): void => {
    unread.push(t);
    strays.push(conditionWord(t));
  };
  for (const t of typed) {
    const s = read(t, known, []);
    if (s === undefined) stray(t);
    else {
      said.push(s);
      if (s.classes.some((word) => !known.has(word))) unread.push(t);
    }
  }
  const classes = said.flatMap((s) => s.classes.map((word) => ({ typed: s.typed, word })));
  const words = classes.map((c) => c.word);
  /** The bands of `unit` the class words name (to check a number against). */
  const classBands = (unit: Unit) =>
    classes.flatMap((c) =>
      [...(named.get(c.word) ?? [])].filter((b) => b.unit === unit).map((band) => ({ ...c, band })),
    );
  const placed: { typed: string; band: Band }[] = [];
  for (const s of said) {
    if (!s.number) continue;
    const { unit, interval } = s.number;
    const bands = scope.bands.filter((b) => b.unit === unit);
    if (bands.length === 0) {
      // Rows without any class take no number either: the word is simply not one of theirs.
      if (known.size === 0) {
        stray(s.typed);
        continue;
      }
      const choices = scope.choices(scope.rows);
      return {
        kind: "na",
        message: messages.conditionNoBound(scope.subject, s.typed, QUANTITY[unit], scope.notes, choices),
      };
    }
    let touching = bands.filter((b) => overlaps(boundInterval(b.bound), interval));
    // A class word written beside the number settles a shared bound (lithium "≥1.3% 1.3%").
    const settled = touching.filter((b) => classBands(unit).some((c) => c.band === b));
    if (touching.length > 1 && settled.length === 1) touching = settled;
    if (touching.length === 1 && contains(boundInterval(touching[0].bound), interval)) {
      placed.push({ typed: s.typed, band: touching[0] });
    } else if (touching.length > 1) {
      const choices = touching.flatMap((b) =>
        scope.choices(scope.select(scope.rows, [...words, conditionWord(b.word)])),
      );
      return {
        kind: "na",
        message: messages.conditionOnBound(scope.subject, s.typed, touching.map(bandText), choices),
      };
    } else {
      stray(s.typed); // outside every bound the source gives
    }
  }
  // Each number against the class words and the other numbers of its unit.
  const contradiction = (a: { typed: string; band: Band }, b: { typed: string; band: Band }) => ({
    kind: "value" as const,
    message: messages.conditionContradicts(a.typed, meaning(a.typed, a.band), b.typed, meaning(b.typed, b.band)),
  });
  for (const [i, p] of placed.entries()) {
    const clash = classBands(p.band.unit).find((c) => !named.get(c.word)?.has(p.band));
    if (clash) return contradiction(clash, p);
    const other = placed.slice(i + 1).find((q) => q.band.unit === p.band.unit && q.band !== p.band);
    if (other) return contradiction(p, other);
  }
  return { words: [...words, ...placed.map((p) => conditionWord(p.band.word)), ...strays], unread: unique(unread) };
}
