/**
 * Portable templates (src/core/workbook/native.ts): every template written both ways and computed in a spreadsheet
 * engine (HyperFormula with the built MINE.* functions registered) gives the same value in every derived cell, for
 * the example data and for random data a drafter might type, bad input included: where =MINE.* refuses the input
 * the portable formula shows an error too, never a number; where =MINE.* gives a number the portable one gives it.
 */
import fc from "fast-check";
import { TableKind } from "../../../src/core/templates/columns";
import { TEMPLATE_KINDS, planTemplate, templateLayout } from "../../../src/core/templates/templates";
import { hasNativeForm, liveCall, nativeCall } from "../../../src/core/workbook/native";
import { SheetOptions, SheetPlan } from "../../../src/core/workbook/sheetPlan";
import { amount } from "../../support/arbitraries";
import { ComputedSheet, computePlan } from "../../support/hyperformula";

const OPTIONS: SheetOptions = { sheetName: "模板", language: "zh", version: "test", date: "2026-12-05" };

const isError = (v: unknown) => typeof v === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(v);

/** The same value: numbers to 1e-9 relative, errors as errors (of any kind), anything else exactly. */
function expectSame(portable: unknown, live: unknown, where: string): void {
  if (typeof live === "number") {
    if (typeof portable !== "number") throw new Error(`${where}: live ${live}, portable ${String(portable)}`);
    expect(Math.abs(portable - live)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(live)));
  } else if (isError(live)) {
    if (!isError(portable)) throw new Error(`${where}: live ${String(live)}, portable ${String(portable)}`);
  } else {
    expect({ where, value: portable }).toEqual({ where, value: live });
  }
}

/**
 * HyperFormula cannot parse an error constant in a formula, which Excel, WPS and LibreOffice can (the LibreOffice
 * test computes the formulas as written): the same errors are produced by functions here.
 */
function withoutErrorLiterals(plan: SheetPlan): SheetPlan {
  const errors = (formula: string) => formula.replace(/#VALUE!/g, 'VALUE("?")').replace(/#N\/A/g, "NA()");
  return { ...plan, cells: plan.cells.map((c) => (c.formula ? { ...c, formula: errors(c.formula) } : c)) };
}

function both(kind: TableKind, language: "zh" | "en" = "zh") {
  const live = planTemplate(kind, { ...OPTIONS, language });
  const portable = planTemplate(kind, { ...OPTIONS, language, formulas: "portable" });
  return { live, portable, liveSheet: computePlan(live), portableSheet: computePlan(withoutErrorLiterals(portable)) };
}

/** Every cell the live sheet derives, compared with the portable sheet's cell (a formula, or typed where it must be). */
function compareDerived(live: SheetPlan, liveSheet: ComputedSheet, portableSheet: ComputedSheet): void {
  for (const cell of live.cells.filter((c) => c.formula !== undefined)) {
    const where = `${live.sheetName} R${cell.row + 1}C${cell.column + 1} ${cell.formula}`;
    expectSame(portableSheet.value(cell.row, cell.column), liveSheet.value(cell.row, cell.column), where);
  }
}

describe.each(TEMPLATE_KINDS.flatMap((kind) => [[kind, "zh"] as const, [kind, "en"] as const]))(
  "the portable %s template (%s)",
  (kind, language) => {
    const { live, portable, liveSheet, portableSheet } = both(kind, language);

    it("has no MINE function, no FILTER and no function newer than Excel 2010 but IFNA", () => {
      for (const cell of portable.cells) {
        if (!cell.formula) continue;
        expect(cell.formula).not.toMatch(/MINE\.|FILTER\(|XLOOKUP|LET\(|LAMBDA|SEQUENCE|UNIQUE|CONCAT\(|IFS\(/);
      }
    });

    it("lays its cells out where the live sheet has them, so a reader finds the same table", () => {
      const at = (plan: SheetPlan) => plan.cells.map((c) => `${c.row},${c.column}`).sort();
      expect(at(portable)).toEqual(at(live));
      expect(portable.extent).toEqual(live.extent);
      expect(portable.validations).toEqual(live.validations);
    });

    it("computes every derived cell of the example to what =MINE.* computes", () => {
      compareDerived(live, liveSheet, portableSheet);
    });

    it("says in its notes that it is portable and what that gives up", () => {
      const notes = portable.cells.filter((c) => c.role === "note").map((c) => String(c.value));
      expect(notes.join("\n")).toMatch(language === "zh" ? /便携版/ : /portable sheet/);
    });
  },
);

/** What a drafter may type into a column: good values and each kind of bad one the engine refuses. */
const TYPED = {
  tonnage: fc.oneof(
    fc.integer({ min: 0, max: 500 }),
    amount(0, 500),
    fc.constantFrom<string | number | null>(null, -5, "abc", 0),
  ),
  rate: fc.oneof(amount(0, 1), fc.constantFrom<string | number | null>(null, 95, -0.1, "x", 0, 1)),
  grade: fc.oneof(amount(0, 0.6), fc.constantFrom<string | number | null>(null, -1, "x", 0)),
  coordinate: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom<string | number | null>(null, "x")),
  name: fc.constantFrom<string | number | null>("A", "B", null),
  role: fc.constantFrom<string | number | null>("主矿产", "共生", "伴生", "共伴生", "main", null, ""),
} as const;

/** Random data typed into every input cell of the data rows (the example rows and the blank rows) of a template. */
function randomRows(kind: TableKind, kinds: Readonly<Record<string, keyof typeof TYPED>>) {
  const layout = templateLayout(kind);
  const rows = [...layout.exampleRows, ...layout.blankRows];
  const cells = rows.flatMap((row) =>
    Object.entries(kinds).map(([id, type]) => ({ row, column: layout.columns.indexOf(id), type })),
  );
  return fc
    .tuple(...cells.map((c) => TYPED[c.type]))
    .map((values) => cells.map((c, i) => ({ ...c, value: values[i] })));
}

const PROPERTIES: readonly [TableKind, Readonly<Record<string, keyof typeof TYPED>>][] = [
  ["blocks", { block: "name", consumed: "tonnage", extracted: "tonnage", waste: "tonnage" }],
  ["design", { category: "name", retained: "tonnage", overlaid: "tonnage", ...lossColumns() }],
  ["balance", { product: "name", tonnage: "tonnage", grade: "grade" }],
  ["utilization", { mineral: "name", role: "role", miningRecovery: "rate", processRecovery: "rate" }],
  ["corners", { point: "name", x: "coordinate", y: "coordinate" }],
  ["summary", { value: "rate" }],
];

function lossColumns(): Record<string, "tonnage"> {
  const ids = templateLayout("design").columns.filter((id) => /Loss|loss/.test(id) && id !== "losses");
  return Object.fromEntries(ids.map((id) => [id, "tonnage" as const]));
}

describe.each(PROPERTIES)("the portable %s template, with random typed data", (kind, kinds) => {
  it("columns named in the property exist", () => {
    const columns = templateLayout(kind).columns;
    for (const id of Object.keys(kinds)) expect(columns).toContain(id);
  });

  it("gives the live sheet's number wherever =MINE.* gives one, and an error wherever it refuses", () => {
    const { live, liveSheet, portableSheet } = both(kind);
    fc.assert(
      fc.property(randomRows(kind, kinds), (typed) => {
        for (const cell of typed) {
          liveSheet.set(cell.row, cell.column, cell.value);
          portableSheet.set(cell.row, cell.column, cell.value);
        }
        compareDerived(live, liveSheet, portableSheet);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe("native forms", () => {
  it("cover every MINE function the templates call, so no portable template needs the add-in", () => {
    for (const kind of TEMPLATE_KINDS) {
      const formulas = planTemplate(kind, OPTIONS).cells.flatMap((c) => (c.formula ? [c.formula] : []));
      const called = new Set(formulas.flatMap((f) => [...f.matchAll(/MINE\.([A-Z_]+)\(/g)].map((m) => m[1])));
      const lookups = new Set(["MIN_RATE", "MIN_RATE_SOURCE", "MEETS_MIN"]); // typed or compared natively instead
      for (const id of called)
        expect({ id, native: hasNativeForm(id) || lookups.has(id) }).toEqual({ id, native: true });
    }
  });

  it("write a live call with its ranges filtered to the rows it covers, and the scope word as it is", () => {
    const call = { id: "COMINERAL_UTILIZATION", args: ["B1:B3", "C1:C3", "D1:D3", '"伴生"'], where: 'A1:A3<>""' };
    expect(liveCall(call)).toBe(
      'MINE.COMINERAL_UTILIZATION(FILTER(B1:B3,A1:A3<>""),FILTER(C1:C3,A1:A3<>""),FILTER(D1:D3,A1:A3<>""),"伴生")',
    );
  });

  it("have no portable form for an argument count or a scope they cannot fix when written", () => {
    expect(nativeCall({ id: "USABLE_RESOURCES", args: ["A1", "B1", "C1", "D1"] })).toBeUndefined();
    expect(nativeCall({ id: "COMINERAL_UTILIZATION", args: ["B1:B3", "C1:C3", "D1:D3", "E1"] })).toBeUndefined();
    expect(nativeCall({ id: "LICENCE_AREA", args: ["B1:C3", "D1:D3"] })).toBeUndefined();
    expect(nativeCall({ id: "AHP_WEIGHTS", args: ["A1:C3"] })).toBeUndefined();
  });
});
