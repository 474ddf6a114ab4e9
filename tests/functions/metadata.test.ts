/**
 * The metadata Excel reads (dist/functions.json, English; dist/functions-zh-cn.json, Chinese), generated at build
 * from the JSDoc in src/functions/ and assets/i18n/functions.zh-cn.json: the public contract of IDs and
 * parameters, and a description of every function and parameter in both languages.
 */
import { readFileSync } from "fs";
import { join } from "path";
import golden from "./function-ids.golden.json";
import { DIST } from "../support/bundle";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionEntry {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
}

const load = (file: string): FunctionEntry[] => JSON.parse(readFileSync(join(DIST, file), "utf8")).functions;
const english = load("functions.json");
const chinese = load("functions-zh-cn.json");
const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
const helpPage = readFileSync(join(DIST, "help.html"), "utf8");
const CJK = /[\u4e00-\u9fff]/;
const signature = (fn: FunctionEntry) => fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));

describe("functions.json (English)", () => {
  it("has exactly the golden IDs and parameter lists, with names equal to IDs", () => {
    expect(Object.fromEntries(english.map((fn) => [fn.id, signature(fn)]))).toEqual(golden.functions);
    for (const fn of english) expect(fn.name).toBe(fn.id);
  });

  it.each(english.map((fn) => [fn.id, fn]))("%s is described with its formula and every parameter", (_, fn) => {
    expect(fn.description).toMatch(/[÷×=−·]/);
    for (const p of fn.parameters) expect(p.description?.length).toBeGreaterThan(10);
  });

  it.each(english.map((fn) => [fn.id, fn]))("%s links to its worked example in README and help.html", (_, fn) => {
    const anchor = fn.id.toLowerCase();
    expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${anchor}`);
    expect(readme).toContain(`<a id="${anchor}"></a>`);
    expect(helpPage).toMatch(new RegExp(`id="?${anchor}"?[\\s>]`)); // the build may drop the quotes
  });

  it("declares arguments as any so blanks and text reach the function instead of being coerced", () => {
    for (const fn of english) for (const p of fn.parameters) expect(p.type).toBe("any");
  });
});

describe("functions-zh-cn.json (Chinese)", () => {
  it("has the same functions, order, IDs and parameter shapes as the English metadata", () => {
    expect(chinese.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    chinese.forEach((fn, i) => {
      const en = english[i];
      expect(fn.name).toBe(en.name);
      expect(fn.helpUrl).toBe(en.helpUrl);
      expect(fn.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional }))).toEqual(
        en.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional })),
      );
    });
  });

  it.each(chinese.map((fn) => [fn.id, fn]))("%s is described in Chinese, with every parameter", (_, fn) => {
    expect(fn.description).toMatch(CJK);
    expect(fn.description).toMatch(/[÷×=−·]/);
    for (const p of fn.parameters) {
      expect(p.name).toMatch(CJK);
      expect(p.description).toMatch(CJK);
    }
  });
});
