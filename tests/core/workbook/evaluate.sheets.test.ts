/**
 * Every sheet the add-in writes, evaluated by our own engine with the built MINE.* functions, gives what
 * HyperFormula gives with the same functions: the drafting templates (both languages), the evaluation sheet, the
 * dynamic-assessment sheet and the measures reference sheet. Needs dist/ built (`npx webpack --mode production`).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { planAssessmentSheet } from "../../../src/core/evaluation/assessmentSheet";
import { planDynamicSheet } from "../../../src/core/evaluation/dynamicSheet";
import { planMeasuresSheet } from "../../../src/core/evaluation/measures";
import { TEMPLATE_KINDS, planTemplate } from "../../../src/core/templates/templates";
import {
  CellError,
  CellValue,
  CustomFunctionEntry,
  evaluatePlan,
  parseFormula,
  printFormula,
} from "../../../src/core/workbook/evaluate";
import { SheetPlan, cellAddress } from "../../../src/core/workbook/sheetPlan";
import { OPTIONS as ASSESSMENT_OPTIONS, sampleAssessment } from "../evaluation/assessmentSheet/helpers";
import { DIST, loadFunctionsBundle } from "../../support/bundle";
import { measuredAssessment, threeYears } from "../../support/dynamicExample";
import { computePlan } from "../../support/hyperformula";

interface Metadata {
  functions: { id: string; parameters: { dimensionality?: string }[] }[];
}

/** The built functions by MINE.* name, each with which parameters are ranges (from functions.json). */
function mineFunctions(): (name: string) => CustomFunctionEntry | undefined {
  const bundle = loadFunctionsBundle();
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as Metadata;
  const entries = new Map<string, CustomFunctionEntry>();
  for (const fn of metadata.functions) {
    const impl = bundle.get(fn.id);
    if (impl)
      entries.set(`MINE.${fn.id}`, { fn: impl, matrix: fn.parameters.map((p) => p.dimensionality === "matrix") });
  }
  return (name) => entries.get(name);
}

const functions = mineFunctions();

/** Ours as HyperFormula's computePlan reports a value: an error by its code. */
function reported(v: CellValue | undefined): unknown {
  return v instanceof CellError ? v.code : v;
}

function expectSameAsHyperFormula(plan: SheetPlan): { formulas: number; ms: number } {
  const start = performance.now();
  const ours = evaluatePlan(plan, { functions });
  const ms = performance.now() - start;
  const sheet = computePlan(plan);
  let formulas = 0;
  const mismatches: string[] = [];
  for (const [address, value] of ours) {
    const cell = plan.cells.find((c) => cellAddress(c.row, c.column) === address);
    if (cell?.formula) formulas++;
    const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
    let column = 0;
    for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
    const theirs = sheet.value(Number(match[2]) - 1, column - 1);
    const mine = reported(value);
    const same =
      typeof mine === "number" && typeof theirs === "number"
        ? Math.abs(mine - theirs) <= 1e-12 * Math.max(1, Math.abs(theirs))
        : mine === theirs;
    if (!same) mismatches.push(`${address} ${cell?.formula ?? "(spill)"}: ours ${String(mine)}, HF ${String(theirs)}`);
  }
  expect(mismatches).toEqual([]);
  expect(formulas).toBe(plan.cells.filter((c) => c.formula).length);
  return { formulas, ms };
}

const timings: string[] = [];
afterAll(() => console.log(`evaluatePlan timings:\n${timings.join("\n")}`));

describe.each(["zh", "en"] as const)("the %s drafting templates", (language) => {
  it.each(TEMPLATE_KINDS.map((k) => [k]))(
    "%s: the same values as HyperFormula, and formulas that print back",
    (kind) => {
      const plan = planTemplate(kind, { sheetName: "模板", language, version: "test", date: "2026-12-05" });
      for (const cell of plan.cells)
        if (cell.formula) expect(printFormula(parseFormula(cell.formula))).toBe(cell.formula);
      const { formulas, ms } = expectSameAsHyperFormula(plan);
      timings.push(`  ${kind} (${language}): ${formulas} formulas, ${ms.toFixed(1)} ms`);
    },
  );
});

describe("the other sheets", () => {
  const sheets: [string, () => SheetPlan][] = [
    ["evaluation sheet", () => planAssessmentSheet(sampleAssessment(), ASSESSMENT_OPTIONS)],
    ["dynamic-assessment sheet", () => planDynamicSheet(measuredAssessment(), threeYears(), ASSESSMENT_OPTIONS)],
    ["measures sheet (zh)", () => planMeasuresSheet({ ...ASSESSMENT_OPTIONS, language: "zh" })],
    ["measures sheet (en)", () => planMeasuresSheet({ ...ASSESSMENT_OPTIONS, language: "en" })],
  ];
  it.each(sheets)("%s: the same values as HyperFormula, and formulas that print back", (name, build) => {
    const plan = build();
    for (const cell of plan.cells)
      if (cell.formula) expect(printFormula(parseFormula(cell.formula))).toBe(cell.formula);
    const { formulas, ms } = expectSameAsHyperFormula(plan);
    timings.push(`  ${name}: ${formulas} formulas, ${ms.toFixed(1)} ms`);
  });
});
