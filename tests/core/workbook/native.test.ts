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
import { ComputedSheet, computePlan } from "../../support/hyperformula";
import { TYPED_COLUMNS, typedRows } from "../../support/templateInputs";

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

describe.each(TYPED_COLUMNS)("the portable %s template, with random typed data", (kind, kinds) => {
  it("columns named in the property exist", () => {
    const columns = templateLayout(kind).columns;
    for (const id of Object.keys(kinds)) expect(columns).toContain(id);
  });

  it("gives the live sheet's number wherever =MINE.* gives one, and an error wherever it refuses", () => {
    const { live, liveSheet, portableSheet } = both(kind);
    fc.assert(
      fc.property(typedRows(kind, kinds), (typed) => {
        // the portable area refuses corners below a blank row, as its note says (tested on its own below)
        if (kind === "corners") fc.pre(cornersFromTheTop(typed));
        for (const cell of typed) {
          liveSheet.set(cell.row, cell.column, cell.value);
          portableSheet.set(cell.row, cell.column, cell.value);
        }
        compareDerived(live, liveSheet, portableSheet);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

/** Whether every row with a coordinate comes before every row without both (no corner below a gap). */
function cornersFromTheTop(typed: readonly { row: number; column: number; value: unknown }[]): boolean {
  const layout = templateLayout("corners");
  const [x, y] = [layout.columns.indexOf("x"), layout.columns.indexOf("y")];
  const rows = [...new Set(typed.map((c) => c.row))].sort((a, b) => a - b);
  const filled = rows.map((row) =>
    typed.some((c) => c.row === row && (c.column === x || c.column === y) && c.value !== null),
  );
  return filled.every((f, i) => f || !filled.slice(i + 1).some(Boolean));
}

describe("the portable corners template's limits", () => {
  it("refuses corners below a blank row with an error, where =MINE.LICENCE_AREA skips the blank row", () => {
    const { liveSheet, portableSheet } = both("corners");
    const layout = templateLayout("corners");
    const [x, y] = [layout.columns.indexOf("x"), layout.columns.indexOf("y")];
    const first = layout.exampleRows[0];
    // the first example corner moved below the blank rows
    for (const sheet of [liveSheet, portableSheet]) {
      sheet.set(layout.blankRows[0], x, liveSheet.value(first, x) as number);
      sheet.set(layout.blankRows[0], y, liveSheet.value(first, y) as number);
      sheet.set(first, x, null);
      sheet.set(first, y, null);
    }
    const [row, column] = [layout.checkRows[0], layout.checkColumn];
    expect(liveSheet.value(row, column)).toBeCloseTo(0.075, 12);
    expect(portableSheet.value(row, column)).toMatch(/^#/);
  });
});

describe("the portable utilisation template's limits", () => {
  it("refuses a role written in English, which only =MINE.* reads, with an error rather than a number", () => {
    const { live, liveSheet, portableSheet } = both("utilization");
    const layout = templateLayout("utilization");
    const role = layout.columns.indexOf("role");
    for (const sheet of [liveSheet, portableSheet]) sheet.set(layout.exampleRows[1], role, "by-product");
    const check = layout.checkRows[0];
    const column = layout.checkColumn;
    expect(liveSheet.value(check, column)).toBeCloseTo(0.85 * 0.6 * 0.5 + 0 * 0.5, 12);
    expect(portableSheet.value(check, column)).toMatch(/^#/);
    expect(live.sheetName).toBe(OPTIONS.sheetName);
  });
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

  it("give the shoelace area of three corners in three rows, the shortest ranges it can pair", () => {
    const area = nativeCall({ id: "LICENCE_AREA", args: ["B1:B3", "C1:C3"] });
    expect(area).toContain("SUMPRODUCT(B1:B2,C2:C3)-SUMPRODUCT(B2:B3,C1:C2)");
    expect(nativeCall({ id: "LICENCE_AREA", args: ["B1:B2", "C1:C2"] })).toContain("SUMPRODUCT(B1:B1,C2:C2)");
  });

  it("have no portable form for an argument count or a scope they cannot fix when written", () => {
    expect(nativeCall({ id: "USABLE_RESOURCES", args: ["A1", "B1", "C1", "D1"] })).toBeUndefined();
    expect(nativeCall({ id: "COMINERAL_UTILIZATION", args: ["B1:B3", "C1:C3", "D1:D3", "E1"] })).toBeUndefined();
    expect(nativeCall({ id: "LICENCE_AREA", args: ["B1:C3", "D1:D3"] })).toBeUndefined();
    expect(nativeCall({ id: "AHP_WEIGHTS", args: ["A1:C3"] })).toBeUndefined();
  });
});
