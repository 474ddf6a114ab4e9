/**
 * What a portable sheet caches, and the proof that its native formulas are the engine's: the live plan is computed
 * with the =MINE.* functions (engine.ts) and the portable plan with native functions only, cell by cell at the same
 * places; a cell where they differ is a mistake in a native form, and the sheet is not written.
 */
import {
  CallNode,
  CellError,
  CellValue,
  FormulaNode,
  evaluatePlan,
  functionName,
  mapCalls,
  parseFormula,
  printFormula,
} from "../core/workbook/evaluate";
import { liveCall, nativeCall } from "../core/workbook/native";
import { Bilingual } from "../core/text";
import { PlannedCell, SheetPlan, cellAddress, footprintOf } from "../core/workbook/sheetPlan";
import { mineFunctions } from "./engine";

/** Numbers to 1e-9 relative (native sums may add in another order), errors as errors, anything else exactly. */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (a instanceof CellError || b instanceof CellError) return a instanceof CellError && b instanceof CellError;
  return (a ?? "") === (b ?? "");
}

const shown = (v: CellValue | undefined) => (v instanceof CellError ? v.code : JSON.stringify(v ?? null));

/**
 * The engine's value of every formula cell of `portable`, by A1 address: what the live plan's formula at that cell
 * computes. Throws, naming the cells, where a native formula computes something else, or where a cell the portable
 * sheet types (a national minimum) does not hold what the live formula gives.
 */
export async function portableResults(live: SheetPlan, portable: SheetPlan): Promise<Map<string, CellValue>> {
  const functions = await mineFunctions();
  const engine = evaluatePlan(live, { functions });
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

const text = (node: FormulaNode) => printFormula(node).slice(1);

/**
 * The native form of one MINE call, or undefined. A call whose range arguments are all FILTER(range, condition)
 * with one condition is the form the templates write (MineCall.where): it is read back as that.
 */
function nativeOf(call: CallNode): FormulaNode | undefined {
  const id = functionName(call.name).slice("MINE.".length);
  const args = call.args.map(text);
  const filters = call.args.map((arg) =>
    arg.kind === "call" && functionName(arg.name) === "FILTER" && arg.args.length === 2 ? arg.args : undefined,
  );
  const conditions = new Set(filters.flatMap((f) => (f ? [text(f[1])] : [])));
  let native: string | undefined;
  if (conditions.size === 1) {
    const [where] = conditions;
    const unwrapped = filters.map((f, i) => (f ? text(f[0]) : args[i]));
    // only where the call is exactly what liveCall writes for that condition (every range filtered alike)
    const plain = (formula: string) => formula.replace(/_xlfn\.|_xlws\./gi, "");
    if (plain(liveCall({ id, args: unwrapped, where })) === plain(`MINE.${id}(${args.join(",")})`)) {
      native = nativeCall({ id, args: unwrapped, where });
    }
  } else if (conditions.size === 0) native = nativeCall({ id, args });
  return native === undefined ? undefined : parseFormula(`=${native}`);
}

const isMine = (call: CallNode) => functionName(call.name).startsWith("MINE.");

/** The formula with every MINE call made native, or undefined where one has no native form. */
export function portableFormula(formula: string): string | undefined {
  let complete = true;
  const converted = mapCalls(parseFormula(formula), (call) => {
    if (!isMine(call)) return call;
    const native = nativeOf(call);
    if (!native) complete = false;
    return native ? { kind: "group", inner: native } : call;
  });
  return complete ? printFormula(converted) : undefined;
}

/** Whether a formula calls a =MINE.* function anywhere. */
export function callsMine(formula: string): boolean {
  let found = false;
  mapCalls(parseFormula(formula), (call) => {
    if (isMine(call)) found = true;
    return call;
  });
  return found;
}

/** The note on a cell a portable sheet or copy holds as a value: which formula computed it. */
export const VALUE_NOTE: Bilingual = {
  zh: "便携：此格原为下列公式，无原生写法，保存为 MINE 加载项计算的值；输入改动后不会重算。",
  en: "Portable: this cell held the formula below, which has no native form; saved as the value the MINE add-in computed. It does not follow changes to its inputs.",
};

/**
 * A live plan made portable cell by cell: each formula whose MINE calls all have native forms becomes that native
 * formula; any other becomes the engine's value (`engine`: the live plan computed with =MINE.*), over its whole
 * spill. Returns the plan and the cells written as values, with the formula each held (for their notes).
 */
export function portablePlan(
  live: SheetPlan,
  engine: ReadonlyMap<string, CellValue>,
): { plan: SheetPlan; values: { readonly cell: string; readonly formula: string }[] } {
  const values: { cell: string; formula: string }[] = [];
  const cells: PlannedCell[] = [];
  const asValue = (value: CellValue | undefined): string | number =>
    value instanceof CellError ? value.code : typeof value === "boolean" ? String(value).toUpperCase() : (value ?? "");
  for (const cell of live.cells) {
    if (cell.formula === undefined) {
      cells.push(cell);
      continue;
    }
    const native = portableFormula(cell.formula);
    if (native !== undefined) {
      cells.push({ ...cell, formula: native });
      continue;
    }
    const area = footprintOf(cell);
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.columns; c++) {
        const address = cellAddress(area.row + r, area.column + c);
        const { role, numberFormat } = cell;
        cells.push({
          row: area.row + r,
          column: area.column + c,
          role,
          value: asValue(engine.get(address)),
          ...(numberFormat ? { numberFormat } : {}),
        });
        values.push({ cell: address, formula: cell.formula });
      }
    }
  }
  return { plan: { ...live, cells }, values };
}
