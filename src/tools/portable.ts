/**
 * What a portable sheet caches, and the proof that its native formulas are the engine's: the live plan is computed
 * with the =MINE.* functions (engine.ts) and the portable plan with native functions only, cell by cell at the same
 * places; a cell where they differ is a mistake in a native form, and the sheet is not written.
 */
import { CellError, CellValue, evaluatePlan } from "../core/workbook/evaluate";
import { SheetPlan, cellAddress } from "../core/workbook/sheetPlan";
import { mineFunctions } from "./engine";

/** Numbers to 1e-9 relative (native sums may add in another order), errors as errors, anything else exactly. */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (a instanceof CellError || b instanceof CellError) return a instanceof CellError && b instanceof CellError;
  return (a ?? "") === (b ?? "");
}

const shown = (v: CellValue | undefined) => (v instanceof CellError ? v.code : JSON.stringify(v ?? null));

/** Every formula cell of a live plan computed with the =MINE.* functions, by A1 address (spills included). */
export async function engineValues(live: SheetPlan): Promise<Map<string, CellValue>> {
  return evaluatePlan(live, { functions: await mineFunctions() });
}

/**
 * The engine's value of every formula cell of `portable`, by A1 address: what the live plan's formula at that cell
 * computes (`engine`: the live plan's {@link engineValues}). Throws, naming the cells, where a native formula
 * computes something else, or where a cell the portable sheet types (a national minimum) does not hold what the
 * live formula gives.
 */
export function portableResults(
  engine: ReadonlyMap<string, CellValue>,
  live: SheetPlan,
  portable: SheetPlan,
): Map<string, CellValue> {
  const native = evaluatePlan(portable);
  const results = new Map<string, CellValue>();
  const differences: string[] = [];
  const liveFormulas = new Set(live.cells.filter((c) => c.formula !== undefined).map((c) => `${c.row},${c.column}`));
  for (const cell of portable.cells) {
    const address = cellAddress(cell.row, cell.column);
    if (cell.formula !== undefined) {
      const expected = engine.get(address);
      if (!sameValue(native.get(address), expected)) {
        differences.push(`${address}: ${cell.formula} = ${shown(native.get(address))}, =MINE.* ${shown(expected)}`);
      }
      results.set(address, expected ?? null);
    } else if (liveFormulas.has(`${cell.row},${cell.column}`) && cell.value !== "") {
      // typed in place of a lookup: the example's value must be the engine's
      const expected = engine.get(address);
      if (!sameValue(cell.value ?? null, expected)) {
        differences.push(`${address}: typed ${shown(cell.value)}, =MINE.* ${shown(expected)}`);
      }
    }
  }
  if (differences.length > 0) {
    throw new Error(`${portable.sheetName}: the portable sheet differs from the live one\n${differences.join("\n")}`);
  }
  return results;
}
