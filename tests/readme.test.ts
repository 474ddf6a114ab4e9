/**
 * Every worked example in README.md (lines `=MINE.ID(args)   → value` in code blocks) is recomputed through the
 * built dist/functions.js, so the documentation cannot drift from what the add-in returns.
 * Arguments use Excel's syntax: numbers, percentages (`60%`), and array constants (`{1;2}` a column, `{1,2}` a row).
 */
import { readFileSync } from "fs";
import { join } from "path";
import golden from "./functions/function-ids.golden.json";
import { callExcel, loadFunctionsBundle } from "./support/bundle";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const EXAMPLE = /^=MINE\.([A-Z_]+)\((.*)\)\s+→\s+(-?[\d.]+)\s*$/;

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

function scalar(text: string): number | null {
  if (text === "") return null;
  const value = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (Number.isNaN(value)) throw new Error(`cannot read "${text}" in a README example`);
  return value;
}

function argument(text: string): unknown {
  if (!text.startsWith("{")) return scalar(text);
  const body = text.slice(1, -1);
  return body.includes(";")
    ? body.split(";").map((cell) => [scalar(cell.trim())])
    : [body.split(",").map((c) => scalar(c.trim()))];
}

const examples = readme
  .split("\n")
  .map((line) => EXAMPLE.exec(line.trim()))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([line, id, args, expected]) => ({
    line,
    id,
    args: splitTopLevel(args, ",").map(argument),
    expected: Number(expected),
  }));

const functions = loadFunctionsBundle();

describe("README.md worked examples", () => {
  it("gives at least one example for every function", () => {
    expect(new Set(examples.map((e) => e.id))).toEqual(new Set(Object.keys(golden.functions)));
  });

  it.each(examples)("$line", ({ id, args, expected }) => {
    const result = callExcel(functions.get(id)!, args);
    expect(result.code).toBeUndefined();
    const value = result.value as number;
    expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-9 + 1e-8 * Math.abs(expected));
  });
});
