import { Bilingual, isBilingual } from "../../src/core/text";
import { CATALOGUE, stringsFor } from "../../src/taskpane/strings";

const PAIR: Bilingual = { zh: "甲", en: "a" };

/** Arguments for the texts that take pairs; every other text takes numbers or names, and 2 stands for either. */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  "system.hint": [PAIR, PAIR],
  "templates.tableName": [PAIR],
  "review.missing": [[PAIR, { zh: "乙", en: "b" }]],
  "write.yearsVotesNote": [["资源类 / 储量动态变化"]],
};

/** Every pair of the catalogue with its path; a function is called once with sample arguments. */
function pairs(node: unknown, path: string): [string, unknown][] {
  if (isBilingual(node)) return [[path, node]];
  if (typeof node === "function") {
    const args = SAMPLE_ARGUMENTS[path] ?? Array<unknown>(node.length).fill(2);
    return [[`${path}()`, (node as (...a: unknown[]) => unknown)(...args)]];
  }
  if (typeof node === "object" && node !== null) {
    return Object.entries(node).flatMap(([key, value]) => pairs(value, path ? `${path}.${key}` : key));
  }
  return [[path, node]]; // not a pair: fails below
}

describe("the taskpane's catalogue", () => {
  const all = pairs(CATALOGUE, "");

  it("has texts", () => {
    expect(all.length).toBeGreaterThan(150);
  });

  it.each(all)("%s is a pair with no empty half", (_, pair) => {
    expect(isBilingual(pair)).toBe(true);
    const { zh, en } = pair as Bilingual;
    expect(zh.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
  });

  it("resolves to one language, once per language", () => {
    expect(stringsFor("zh").tabs.review).toBe("复核");
    expect(stringsFor("en").tabs.review).toBe("Review");
    expect(stringsFor("en").inExcel(3)).toBe("3 functions loaded in Excel. Type =MINE. in a cell to use them.");
    expect(stringsFor("zh")).toBe(stringsFor("zh"));
  });

  it("writes lists and names of tables as each language does", () => {
    const columns = [PAIR, { zh: "乙", en: "b" }];
    expect(stringsFor("zh").review.missing(columns)).toBe("缺少列：甲、乙，未复核");
    expect(stringsFor("en").review.missing(columns)).toBe("lacks a, b: not checked");
    const table = { zh: "资源储量表", en: "Resources and reserves" };
    expect(stringsFor("zh").templates.tableName(table)).toBe("资源储量表");
    expect(stringsFor("en").templates.tableName(table)).toBe("Resources and reserves (资源储量表)");
  });
});
