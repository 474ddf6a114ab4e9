/**
 * Every worked example in README.md is recomputed through the built dist/functions.js, so the documentation cannot
 * drift from what the add-in returns. In the README's code blocks:
 *   `=MINE.ID(args)   → value`       an example; the value is a number, TRUE/FALSE, a text in quotes, or an array {…}
 *   `A1:C3 = {1,5,1/3;…}`             the contents of a range used by the examples below it (fractions allowed,
 *                                      as a user types =1/3 into a cell)
 * Arguments use Excel's syntax: numbers, percentages (`60%`), text in quotes, array constants (`{1;2}` a column,
 * `{1,2}` a row) and range names defined above. A number shown with k decimals is compared within half a unit of
 * its last digit, so a README may round as the source does.
 */
import { readFileSync } from "fs";
import { join } from "path";
import golden from "./functions/function-ids.golden.json";
import { callExcel, loadFunctionsBundle } from "./support/bundle";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const EXAMPLE = /^=MINE\.([A-Z_]+)\((.*)\)\s+→\s+(.+?)\s*$/;
const RANGE = /^([A-Z]+\d+:[A-Z]+\d+)\s+=\s+(\{.*\})\s*$/;

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "{") depth++;
    if (!quoted && ch === "}") depth--;
    if (!quoted && ch === separator && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

function scalar(text: string): number | string | boolean | null {
  if (text === "") return null;
  if (text.startsWith('"')) return text.slice(1, -1);
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  const fraction = /^(-?[\d.]+)\/([\d.]+)$/.exec(text);
  const value = fraction
    ? Number(fraction[1]) / Number(fraction[2])
    : text.endsWith("%")
      ? Number(text.slice(0, -1)) / 100
      : Number(text);
  if (Number.isNaN(value)) throw new Error(`cannot read "${text}" in a README example`);
  return value;
}

/** `{a,b;c,d}` → rows of cells; anything else → a scalar. */
function literal(text: string): unknown {
  if (!text.startsWith("{")) return scalar(text);
  return text
    .slice(1, -1)
    .split(";")
    .map((r) => splitTopLevel(r, ",").map(scalar));
}

interface Example {
  line: string;
  id: string;
  args: unknown[];
  expected: unknown;
}

const ranges = new Map<string, unknown>();
const examples: Example[] = [];
for (const raw of readme.split("\n")) {
  const line = raw.trim();
  const range = RANGE.exec(line);
  if (range) ranges.set(range[1], literal(range[2]));
  const example = EXAMPLE.exec(line);
  if (example) {
    const args = splitTopLevel(example[2], ",").map((a) => (ranges.has(a) ? ranges.get(a) : literal(a)));
    examples.push({ line, id: example[1], args, expected: literal(example[3]) });
  }
}

/** Half a unit in the last digit shown: 0.279 → 0.0005; 0.675 → 0.0005; 910 → 0.5. */
function tolerance(shown: number): number {
  const decimals = (String(shown).split(".")[1] ?? "").length;
  return 0.5 * 10 ** -decimals + 1e-12;
}

function expectClose(actual: unknown, expected: unknown): void {
  if (Array.isArray(expected)) {
    const rows = expected as unknown[][];
    expect((actual as unknown[][]).length).toBe(rows.length);
    rows.forEach((r, i) => r.forEach((cell, j) => expectClose((actual as unknown[][])[i][j], cell)));
  } else if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance(expected));
  } else {
    expect(actual).toBe(expected);
  }
}

const functions = loadFunctionsBundle();

describe("README.md worked examples", () => {
  it("gives at least one example for every function", () => {
    expect(new Set(examples.map((e) => e.id))).toEqual(new Set(Object.keys(golden.functions)));
  });

  it.each(examples)("$line", ({ id, args, expected }) => {
    const result = callExcel(functions.get(id)!, args);
    expect(result.message).toBeUndefined();
    expectClose(result.value, expected);
  });
});
