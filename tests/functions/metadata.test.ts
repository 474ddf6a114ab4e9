/**
 * The metadata Excel reads (dist/functions.json, English; dist/functions-zh-cn.json, Chinese), generated at build
 * from the JSDoc in src/functions/ and the declarations in src/functions/catalogue.ts: the public contract of IDs
 * and parameters, and a description of every function and parameter in both languages, named as every error
 * message names them.
 */
import { readFileSync } from "fs";
import { join } from "path";
import golden from "./function-ids.golden.json";
import { FUNCTIONS, FunctionId } from "../../src/functions/catalogue";
import { FUNCTION_DESCRIPTIONS, parameterDescription } from "../../src/functions/descriptions";
import { DIST, callExcel, loadFunctionsBundle } from "../support/bundle";

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

const load = (file: string): FunctionEntry[] =>
  (JSON.parse(readFileSync(join(DIST, file), "utf8")) as { functions: FunctionEntry[] }).functions;
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

describe("one declaration per parameter (src/core/parameters.ts)", () => {
  const declared = Object.entries(FUNCTIONS) as [FunctionId, (typeof FUNCTIONS)[FunctionId]][];
  const bundle = loadFunctionsBundle();

  it("declares exactly the functions of the metadata", () => {
    expect(declared.map(([id]) => id).sort()).toEqual(english.map((fn) => fn.id).sort());
  });

  it.each(declared)("%s: English metadata names = declared English names, in order", (id, fn) => {
    const entry = english.find((e) => e.id === id)!;
    expect(entry.parameters.map((p) => p.name)).toEqual(fn.parameters.map((p) => p.en));
    expect(entry.parameters.map((p) => Boolean(p.optional))).toEqual(fn.parameters.map((p) => p.optional));
  });

  it.each(declared)("%s: Chinese metadata names = the declarations, descriptions = descriptions.ts", (id, fn) => {
    const entry = chinese.find((e) => e.id === id)!;
    expect(entry.description).toBe(FUNCTION_DESCRIPTIONS[id]);
    expect(entry.parameters.map((p) => p.name)).toEqual(fn.parameters.map((p) => p.zh));
    expect(entry.parameters.map((p) => p.description)).toEqual(fn.parameters.map((p) => parameterDescription(p)));
  });

  it.each(declared)("%s: an all-blank call's error names a parameter exactly as autocomplete does", (id, fn) => {
    const entry = chinese.find((e) => e.id === id)!;
    const result = callExcel(
      bundle.get(id)!,
      fn.parameters.map(() => null),
    );
    expect(result.code).toMatch(/^#(VALUE!|DIV\/0!)$/); // WEIGHTED_RECOVERY skips blank rows, then Σ weights = 0
    const named = entry.parameters.map((p, i) => `${p.name}(${fn.parameters[i].en})`);
    expect(named.some((name) => result.message!.includes(name))).toBe(true);
  });
});
