/**
 * How the words users type for mineral, indicator, method and condition are read: one spelling per word
 * (full-width and half-width, ≥ and >=, the dashes, 米 and m, 吨/年 and t/a, 黏 and 粘 compare equal), and the
 * aliases of each name.
 */
import { display, isBlank, entryFor } from "../cells";
import { Label, fail } from "../errors";
import {
  DOCUMENTS,
  DocumentId,
  GAPS,
  IndicatorId,
  MINERAL_ALIASES,
  MethodId,
  ROWS,
  StandardDocument,
  Unit,
} from "./table";
import { CellPosition, messages } from "../messages";
import { wordList } from "../text";

/**
 * One word with the spellings users mix made one, units kept ("2.5米" → "2.5m"). NFKC folds full-width letters,
 * digits, %, ° and spaces.
 */
export function fold(word: string): string {
  return word
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/≥/g, ">=")
    .replace(/≤/g, "<=")
    .replace(/[–—−－~～至]/g, "-")
    .replace(/米/g, "m")
    .replace(/吨/g, "t")
    .replace(/\/年/g, "/a")
    .replace(/黏/g, "粘");
}

/** One word as compared with the table's. */
export function normalise(word: string): string {
  return fold(word).replace(/(\d)m$/, "$1"); // "<1.3m" and "<1.3" name the same band
}

/** The words of a condition: separated by spaces (half- or full-width), 、, commas or semicolons (either width). */
export function splitWords(text: string): string[] {
  return text
    .split(/[\s\u3000、,，;；]+/)
    .map((w) => w.trim())
    .filter((w) => w !== "");
}

const withoutOre = (word: string): string => word.replace(/矿石?$/, "") || word;

/** A mineral name as compared: normalised, a trailing 矿 or 矿石 dropped (铁矿 = 铁), aliases resolved. */
export function mineralKey(name: string): string {
  const word = withoutOre(normalise(name));
  const alias = entryFor(MINERAL_ALIASES, word);
  return alias === undefined ? word : withoutOre(normalise(alias));
}

/** Every mineral the table knows, with rows or with a note on why it has none, by key. */
const MINERALS = new Map<string, string>(
  [...ROWS.map((r) => r.mineral), ...GAPS.map((g) => g.mineral)].map((name) => [mineralKey(name), name]),
);

/** The table's name for `text`, or undefined when the table does not know the mineral. */
export function knownMineral(text: string): string | undefined {
  return MINERALS.get(mineralKey(text));
}

/** Minerals that have rows, in table order. */
export const MINERALS_WITH_ROWS: readonly string[] = [...new Set(ROWS.map((r) => r.mineral))];

export interface Named<T extends string> {
  readonly id: T;
  /** The name shown in messages and source texts. */
  readonly zh: string;
  /** Every spelling accepted (the first is the name). */
  readonly words: readonly string[];
}

export const INDICATORS: readonly Named<IndicatorId>[] = [
  { id: "RECOVERY", zh: "开采回采率", words: ["开采回采率", "回采率", "采区回采率", "采矿回采率", "RECOVERY"] },
  // Gold plans write 选冶回收率 (the 2012 gold rule: 选矿(冶)回收率, leaching included; domain.md §1.5).
  { id: "PROCESS", zh: "选矿回收率", words: ["选矿回收率", "选矿", "选冶回收率", "选矿(冶)回收率", "PROCESS"] },
  { id: "UTILIZATION", zh: "综合利用率", words: ["综合利用率", "UTILIZATION"] },
  { id: "WASHING", zh: "原煤入选率", words: ["原煤入选率", "入选率", "WASHING"] },
  { id: "SALT_PAN", zh: "盐田采收率", words: ["盐田采收率", "SALT_PAN"] },
  { id: "IN_SITU", zh: "采收率", words: ["采收率", "IN_SITU"] },
  { id: "PRODUCT_YIELD", zh: "加工产品产出率", words: ["加工产品产出率", "产出率", "PRODUCT_YIELD"] },
  // Talc (2016 notice): a yield of hand-sorted product, so it is never matched by 选矿回收率.
  { id: "CONCENTRATE_YIELD", zh: "选矿产率", words: ["选矿产率", "CONCENTRATE_YIELD"] },
];

export const METHODS: readonly Named<MethodId>[] = [
  { id: "OPEN_PIT", zh: "露天", words: ["露天", "露采", "露天开采", "OPEN_PIT"] },
  { id: "UNDERGROUND", zh: "地下", words: ["地下", "井工", "地采", "地下开采", "井工开采", "UNDERGROUND"] },
];

/** The one that `text` names, if any. */
export function named<T extends string>(list: readonly Named<T>[], text: string): Named<T> | undefined {
  const word = normalise(text);
  return list.find((n) => n.words.some((w) => normalise(w) === word));
}

/** A name typed in one cell, trimmed; blank (or only spaces) and non-text are refused, naming the cell. */
export function readName(cell: unknown, label: Label, position?: CellPosition): string {
  const text = typeof cell === "string" ? cell.trim() : cell;
  if (isBlank(text)) fail("value", messages.blankName(label, position));
  if (typeof text !== "string") fail("value", messages.notText(label, display(cell), position));
  return text;
}

/** The id `text` names, or the `#VALUE!` that lists the choices (a typo, not a lookup without answer). */
export function choose<T extends string>(
  list: readonly Named<T>[],
  text: string,
  label: Label,
  position?: CellPosition,
): T {
  const found = named(list, text);
  const choices = wordList(list.map((n) => n.zh));
  return found ? found.id : fail("value", messages.unknownChoice(label, text, choices, position));
}

export function nameOf<T extends string>(list: readonly Named<T>[], id: T): string {
  return list.find((n) => n.id === id)?.zh ?? id;
}

/** The word that accepts a 🔶 value as a number: the user's formula then shows the doubt (design decision). */
export const ACKNOWLEDGE = ["待核实", "🔶", "UNVERIFIED"] as const;

/** Spellings of a condition word that name the same class everywhere. */
const SYNONYMS: Readonly<Record<string, string>> = {
  薄煤层: "薄",
  中厚煤层: "中厚",
  厚煤层: "厚",
  水采: "水力采煤",
  大型露天矿: "大型",
  中小型露天矿: "中小型",
  // The sources class open pits as 大型 or 中小型 only; engineers write the scale they have.
  中型: "中小型",
  小型: "中小型",
};

/** The spellings that {@link conditionWord} reads as a class word of the table. */
export const SYNONYM_WORDS: readonly string[] = Object.keys(SYNONYMS);

/**
 * Words engineers write around the class words, saying what is classed and nothing about the class: "围岩稳固",
 * "倾斜矿体", "煤层厚度2.5m". Only these may be left over when a class word is found inside a longer word, so
 * "陡倾斜" (steep) is never read as 倾斜.
 */
export const FILLER_WORDS: readonly string[] = [
  "围岩",
  "矿体",
  "矿层",
  "煤层",
  "岩体",
  "矿石",
  "矿床",
  "矿山",
  "平均",
  "约",
  "的",
  "为",
  "属",
  "呈",
];

/**
 * Words naming the quantity a number measures, by its unit: "厚2.5m", "倾角35°", "规模60万t/a". 厚 before a number
 * is the thickness, not the class 厚 (a thick seam is "厚 4m" or "厚煤层").
 */
export const QUANTITY_WORDS: Readonly<Record<Unit, readonly string[]>> = {
  m: ["厚度", "厚", "真厚度", "真厚"],
  "°": ["倾角", "倾斜角", "角"],
  "万t/a": ["规模", "生产规模", "设计规模", "建设规模", "产能", "生产能力", "设计能力", "设计生产能力"],
  万t: ["矿物量"],
  "%": ["品位", "入选品位", "原矿品位", "含量", "滑石含量", "li2o"], // 滑石含量: the talc notice's own term
};

/** A condition word as compared with the table's: normalised, synonyms resolved. */
export function conditionWord(word: string): string {
  const w = normalise(word);
  return entryFor(SYNONYMS, w) ?? w;
}

/** The document a word names, if it names one. */
export function namedDocument(word: string): DocumentId | undefined {
  const w = normalise(word);
  return (Object.keys(DOCUMENTS) as DocumentId[]).find((id) => {
    const doc: StandardDocument = DOCUMENTS[id];
    return doc.words?.some((d) => normalise(d) === w);
  });
}

export function isAcknowledgement(word: string): boolean {
  const w = normalise(word);
  return ACKNOWLEDGE.some((a) => normalise(a) === w);
}
