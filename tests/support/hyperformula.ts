/**
 * A spreadsheet for tests: HyperFormula (GPLv3, so tests only, never shipped) with the built dist/functions.js
 * registered as MINE.* functions, spilling the way Excel's dynamic arrays do. A SheetPlan is written into it and
 * computed, so tests check that the formulas the add-in writes give the numbers the engine gives.
 *
 * Assumptions (what Excel does that we cannot run here): an empty cell reaches a custom function as null, a range
 * as a 2-D array with "" for empty cells; a function returning a 2-D array spills it.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import { readFileSync } from "fs";
import { join } from "path";
import { PlannedCell, SheetGrid, SheetPlan } from "../../src/core/workbook/sheetPlan";
import { DIST, ExcelFunction, loadFunctionsBundle } from "./bundle";

interface Metadata {
  functions: { id: string; parameters: { name: string; dimensionality?: string; optional?: boolean }[] }[];
}

type Ast = { args: unknown[] };
type State = unknown;
type Size = { width: number; height: number };

/** Spill size of each array-returning function from the size of its arguments (design.md §3.6). */
const SPILLS: Partial<Record<string, (sizes: Size[]) => Size>> = {
  AHP_WEIGHTS: ([matrix]) => ({ width: 1, height: matrix.height }),
  ENTROPY_WEIGHTS: ([data]) => ({ width: 1, height: data.width }),
  FUZZY_EVAL: ([, membership]) => ({ width: membership.width, height: 1 }),
  MEMBERSHIP: ([, thresholds]) => ({ width: thresholds.width * thresholds.height, height: 1 }),
};

function fromHf(value: unknown): unknown {
  if (value === EmptyValue) return "";
  if (value && typeof value === "object" && "val" in value) return value.val;
  return value;
}

/** The first error in the arguments (a cell's, or one inside a range): the function's result, as in Excel. */
function argumentError(args: unknown[]): CellError | undefined {
  for (const a of args) {
    const cells = a instanceof SimpleRangeValue ? a.data.flat() : [a];
    const error = cells.find((cell): cell is CellError => cell instanceof CellError);
    if (error) return error;
  }
  return undefined;
}

const ERRORS: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

let registered = false;

/** Registers every function of dist/functions.js under MINE.* (once per test file). */
export function registerMineFunctions(): void {
  if (registered) return;
  registered = true;
  const functions = loadFunctionsBundle();
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as Metadata;
  const implemented: Record<string, unknown> = {};
  class MinePlugin extends FunctionPlugin {}
  const prototype = MinePlugin.prototype as unknown as Record<string, unknown>;
  for (const fn of metadata.functions) {
    const impl = functions.get(fn.id) as ExcelFunction;
    const name = `MINE.${fn.id}`;
    const method = `mine_${fn.id}`;
    const spill = SPILLS[fn.id];
    implemented[name] = {
      method,
      ...(spill ? { sizeOfResultArrayMethod: `${method}_size` } : {}),
      parameters: fn.parameters.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        ...(p.optional ? { optionalArg: true } : {}),
      })),
      vectorizationForbidden: true,
    };
    prototype[method] = function (this: FunctionPlugin, ast: Ast, state: State) {
      const self = this as unknown as {
        runFunction: (args: unknown[], state: State, meta: unknown, fn: (...a: unknown[]) => unknown) => unknown;
        metadata: (name: string) => unknown;
      };
      return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) => {
        const error = argumentError(args);
        if (error) return error;
        try {
          const excelArgs = args.map((a) =>
            a instanceof SimpleRangeValue ? a.data.map((row) => row.map(fromHf)) : a === undefined ? null : fromHf(a),
          );
          const result = impl(...excelArgs);
          return Array.isArray(result) ? SimpleRangeValue.onlyValues(result as never) : result;
        } catch (thrown) {
          const e = thrown as { code?: string; message?: string };
          return new CellError(ERRORS[e.code ?? ""] ?? ErrorType.VALUE, e.message);
        }
      });
    };
    if (spill) {
      prototype[`${method}_size`] = function (this: FunctionPlugin, ast: Ast, state: State) {
        const self = this as unknown as { arraySizeForAst: (arg: unknown, state: State) => Size };
        const sizes = ast.args.map((arg) => self.arraySizeForAst(arg, state));
        const { width, height } = spill(sizes);
        return new ArraySize(width, height);
      };
    }
  }
  (MinePlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  const translations: Record<string, string> = {};
  for (const name of Object.keys(implemented)) translations[name] = name;
  HyperFormula.registerFunctionPlugin(MinePlugin, { enGB: translations });
}

export interface ComputedSheet {
  /** The grid as Excel would report `values` and `formulas` (from A1). */
  readonly grid: SheetGrid;
  /** The computed value of a cell: a number, a string, or an error like "#VALUE!". */
  value(row: number, column: number): unknown;
  /** Changes a cell (a constant or "=…") and recomputes, as a user editing the sheet would. */
  set(row: number, column: number, content: string | number | null): void;
}

function cellContent(cell: PlannedCell): string | number {
  return cell.formula ?? (cell.value as string | number);
}

/** Writes every cell of `plan` into a fresh HyperFormula sheet and computes it. */
export function computePlan(plan: SheetPlan): ComputedSheet {
  registerMineFunctions();
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true, precisionRounding: 15 });
  const name = hf.addSheet(plan.sheetName);
  const sheet = hf.getSheetId(name) as number;
  const { rows, columns } = plan.extent;
  const contents = Array.from({ length: rows }, () => new Array<string | number | null>(columns).fill(null));
  for (const cell of plan.cells) contents[cell.row][cell.column] = cellContent(cell);
  hf.setSheetContent(sheet, contents);

  const value = (row: number, column: number): unknown => {
    const v = hf.getCellValue({ sheet, row, col: column });
    if (v && typeof v === "object" && "value" in v && "type" in v) return (v as { value: string }).value;
    return v === null ? "" : v;
  };
  const grid = (): SheetGrid => {
    const height = hf.getSheetDimensions(sheet).height;
    const width = hf.getSheetDimensions(sheet).width;
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (let r = 0; r < height; r++) {
      values.push([]);
      formulas.push([]);
      for (let c = 0; c < width; c++) {
        values[r].push(value(r, c));
        formulas[r].push(hf.getCellFormula({ sheet, row: r, col: c }) ?? value(r, c));
      }
    }
    return { values, formulas };
  };
  return {
    get grid() {
      return grid();
    },
    value,
    set(row, column, content) {
      hf.setCellContents({ sheet, row, col: column }, [[content]]);
    },
  };
}
