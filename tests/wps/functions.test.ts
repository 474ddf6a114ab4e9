/**
 * The WPS build (dist-wps/, `npm run build:wps`) against a fake `wps` written from docs/wps.md: every function is
 * registered under MINE, functions.json lists the public contract with WPS's types, and the whole fixture set gives
 * through the WPS adapter what dist/functions.js gives in Excel, errors as their code and message in text form.
 * Nothing here shows that a real WPS accepts the package.
 */
import golden from "../functions/function-ids.golden.json";
import { FUNCTIONS, FunctionId } from "../../src/functions/catalogue";
import { FUNCTION_DESCRIPTIONS, parameterDescription } from "../../src/functions/descriptions";
import { DIST, callExcel, loadFunctionsBundle } from "../support/bundle";
import { ERROR_CASES } from "../support/errorCases";
import { SANLV_CASES } from "../support/fixtures";
import { MIN_RATE_CASES, excelArgs } from "../support/minRates";
import { WPS_MISSING, WpsFunction, createFakeWps, distWps, loadWpsBundle } from "../support/wpsStub";
import { readFileSync } from "fs";
import { join } from "path";

const GOLDEN = golden.functions as Record<string, string[]>;
const IDS = Object.keys(GOLDEN).sort();

const wps = createFakeWps();
loadWpsBundle({ wps });
const wpsFunctions = new Map(wps.registrations.map((r) => [r.name, r.fn]));
const excelFunctions = loadFunctionsBundle();

interface WpsEntry {
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string }[];
  result: { type: string };
}
const wpsJson = JSON.parse(distWps("functions.json")) as { functions: WpsEntry[] };
/** Which parameters take a range, as the Excel metadata (from the JSDoc) says. */
const excelRanges = new Map(
  (
    JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
      functions: { id: string; parameters: { dimensionality?: string }[] }[];
    }
  ).functions.map((fn) => [fn.id, fn.parameters.map((p) => p.dimensionality === "matrix")]),
);

describe("dist-wps/functions.wps.js in a fake WPS", () => {
  it("registers every function of the public contract once, under the namespace MINE, with 3 arguments", () => {
    expect(wps.registrations.map((r) => r.name).sort()).toEqual(IDS);
    for (const r of wps.registrations) {
      expect(r.namespace).toBe("MINE");
      expect(r.argumentCount).toBe(3);
    }
  });

  it("loads without registering anything in a WPS without AddCustomFunction, or with no wps at all", () => {
    const old = createFakeWps({ customFunctions: false });
    expect(() => loadWpsBundle({ wps: old })).not.toThrow();
    expect(old.registrations).toEqual([]);
    expect(() => loadWpsBundle({})).not.toThrow();
  });
});

describe("dist-wps/functions.json, manifest.xml, index.html, package.json", () => {
  const byName = new Map(wpsJson.functions.map((fn) => [fn.name, fn]));

  it("lists exactly the golden IDs, in WPS's shape only", () => {
    expect([...byName.keys()].sort()).toEqual(IDS);
    for (const fn of wpsJson.functions) {
      expect(Object.keys(fn).sort()).toEqual(["description", "name", "parameters", "result"]);
      for (const p of fn.parameters) expect(Object.keys(p).sort()).toEqual(["description", "name", "type"]);
      expect(fn.name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
    }
  });

  it.each(IDS)("%s: Chinese names and descriptions from the declarations, ranges any[][], optional ?", (id) => {
    const fn = byName.get(id)!;
    const declared = FUNCTIONS[id as FunctionId].parameters;
    expect(fn.description).toBe(FUNCTION_DESCRIPTIONS[id as FunctionId]);
    expect(fn.parameters.map((p) => p.name)).toEqual(declared.map((p) => p.zh));
    expect(fn.parameters.map((p) => p.description)).toEqual(declared.map((p) => parameterDescription(p)));
    const expected = GOLDEN[id].map((name, i) => {
      const optional = name.startsWith("[");
      expect(declared[i].optional).toBe(optional);
      return `any${excelRanges.get(id)![i] ? "[][]" : ""}${optional ? "?" : ""}`;
    });
    expect(fn.parameters.map((p) => p.type)).toEqual(expected);
    expect(["any", "any[][]"]).toContain(fn.result.type);
  });

  it("has a JsPlugin manifest naming functions.json and the namespace MINE", () => {
    const manifest = distWps("manifest.xml");
    expect(manifest).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<JsPlugin>/);
    expect(manifest).toContain("<ApiVersion>1.0.0</ApiVersion>");
    expect(manifest).toContain("<Name>MINE</Name>");
    expect(manifest).toMatch(
      /<Functions>\s*<Uri>\/functions.json<\/Uri>\s*<Namespace>MINE<\/Namespace>\s*<\/Functions>/,
    );
    expect(manifest).toMatch(/<Description>[^<]*[\u4e00-\u9fff][^<]*<\/Description>/u);
  });

  it("has a main page that loads the bundle and a package.json for wpsjs", () => {
    expect(distWps("index.html")).toMatch(/<script src="?functions\.wps\.js"?>/);
    const pkg = JSON.parse(distWps("package.json")) as Record<string, unknown>;
    expect(Object.keys(pkg).sort()).toEqual(["addonType", "name", "version"]);
    expect(typeof pkg.name).toBe("string");
    expect(typeof pkg.version).toBe("string");
    expect(pkg.addonType).toBe("et");
  });
});

/** A call of one function with the arguments Excel would get. */
interface Call {
  id: string;
  args: unknown[];
}

const CALLS: Call[] = [
  ...SANLV_CASES.map((c) => ({ id: c.function, args: c.args })),
  ...ERROR_CASES.map(([id, args]) => ({ id, args })),
  { id: "RECOVERY", args: [{ not: "a number" }, 100] },
  ...MIN_RATE_CASES.flatMap((c) => {
    const args = excelArgs(c);
    return [
      { id: "MIN_RATE", args },
      { id: "MEETS_MIN", args: [c.value, ...args] },
      { id: "MEETS_MIN", args: [c.value - 0.01, ...args] },
      { id: "MIN_RATE_SOURCE", args },
    ];
  }),
];

/** What a WPS cell should show: Excel's value, or Excel's error as "code message" text. */
function expectedInWps({ id, args }: Call): unknown {
  const result = callExcel(excelFunctions.get(id)!, args);
  return result.code === undefined ? result.value : `${result.code} ${result.message}`;
}

const isMatrix = (v: unknown): v is unknown[][] => Array.isArray(v);

/** The same call in the shapes WPS may hand over (docs/wps.md 2.2–2.5; none of them documented). */
const SHAPES: Record<string, (args: unknown[], id: string) => unknown[]> = {
  "plain values": (args) => args,
  "Range objects (Value2: a scalar for one cell)": (args) =>
    args.map((a) => ({ Value2: isMatrix(a) && a.length === 1 && a[0].length === 1 ? a[0][0] : (a ?? undefined) })),
  "blank cells as undefined": (args) =>
    args.map((a) => (isMatrix(a) ? a.map((row) => row.map((v) => v ?? undefined)) : a)),
  'blank cells as ""': (args) => args.map((a) => (isMatrix(a) ? a.map((row) => row.map((v) => v ?? "")) : a)),
  "omitted optional arguments as the COM missing marker": (args, id) =>
    GOLDEN[id].map((name, i) =>
      name.startsWith("[") && (i >= args.length || args[i] === null) ? WPS_MISSING : args[i],
    ),
};

describe.each(Object.keys(SHAPES))("the WPS adapter, %s, gives Excel's result", (shape) => {
  it.each(CALLS.map((c, i) => [i, c.id, c] as const))("#%i %s", (_, id, call) => {
    const expected = expectedInWps(call);
    const got = (wpsFunctions.get(id) as WpsFunction)(...SHAPES[shape](call.args, id));
    expect(got).toEqual(expected);
    if (typeof expected === "string" && /^#(VALUE!|NUM!|DIV\/0!|N\/A) /.test(expected))
      expect(typeof got).toBe("string");
  });
});

describe("errors in WPS", () => {
  it.each(ERROR_CASES)("%s(%j) → text starting %s, never a number", (id, args, code, includes) => {
    const got = (wpsFunctions.get(id) as WpsFunction)(...args);
    expect(typeof got).toBe("string");
    expect((got as string).startsWith(`${code} `)).toBe(true);
    for (const part of includes) expect(got).toContain(part);
  });
});
