/**
 * The boundary between the engine and WPS 表格 (docs/wps.md), beside the Excel one (./excel.ts). The WPS build
 * (webpack.wps.config.js) bundles the same function files, resolving their `./excel` import to this module, and
 * registers each function under its JSDoc ID with {@link registerWpsFunction}. What WPS hands over is normalised
 * first ({@link wpsArguments}); the declarations' readers and the engine are the Excel ones, unchanged.
 *
 * Errors: no WPS source says what a cell shows when a custom function throws, nor documents an error value
 * (docs/wps.md 1.14), so an error leaves as TEXT, "#VALUE! 中文 | English" (the code and message Excel's error
 * carries): a bad input never shows a number. {@link wpsError} is the one place to change once a real WPS shows
 * something better.
 */
import { ErrorKind, MineError, messageOf } from "../core/errors";
import { bothLanguages } from "../core/text";
import { ERROR_CODES, runDeclared } from "./excel";

/** The namespace of every function, as `manifest.xml` declares it (`<Functions><Namespace>`). */
export const WPS_NAMESPACE = "MINE";

/** COM's "parameter not found" (DISP_E_PARAMNOTFOUND), which WPS is reported to pass for an omitted argument. */
export const WPS_MISSING = -2147352572;

/** The text a WPS cell shows for an engine error: Excel's code, a space, then Excel's message (Chinese | English). */
export function wpsError(thrown: unknown): string {
  const kind: ErrorKind = thrown instanceof MineError ? thrown.kind : "value";
  return `${ERROR_CODES[kind]} ${bothLanguages(messageOf(thrown))}`;
}

/** A cell inside a range as the readers expect a blank: `undefined` becomes `null`, as Excel passes it. */
function cell(value: unknown): unknown {
  return value === undefined ? null : value;
}

/** A Range object (its `Value2`: a scalar for one cell, rows of cells for several), or the value itself. */
function rangeValue(value: unknown): unknown {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "Value2" in value) {
    return value.Value2;
  }
  return value;
}

/**
 * One WPS argument as the Excel runtime would pass it: omitted (`undefined` or {@link WPS_MISSING}) → `undefined`;
 * a Range object → its `Value2`; for a range parameter, a scalar → `[[v]]` and blank cells → `null`.
 */
export function wpsArgument(value: unknown, isRange: boolean): unknown {
  if (value === undefined || value === WPS_MISSING) return undefined;
  const content = rangeValue(value);
  if (!isRange) return content;
  if (!Array.isArray(content)) return [[cell(content)]];
  return content.map((row: unknown) => (Array.isArray(row) ? row.map(cell) : [cell(row)]));
}

/** Every argument of a call, `ranges[i]` telling whether parameter i takes a range (its JSDoc type `unknown[][]`). */
export function wpsArguments(args: readonly unknown[], ranges: readonly boolean[]): unknown[] {
  return args.map((value, i) => wpsArgument(value, ranges[i] === true));
}

/**
 * The function files call `excelRun` from "./excel"; in the WPS build that import resolves here, to `runDeclared`
 * itself: what it throws is turned into {@link wpsError}'s text once, where each function is registered.
 */
export { runDeclared as excelRun };

interface WpsHost {
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown) => void;
}

/**
 * Registers one function with WPS (the 3-argument form wpsjs generates, docs/wps.md 1.6), guarded so that a WPS
 * without custom functions (before 12.1.0.20540), or a page outside WPS, loads without error.
 */
export function registerWpsFunction(id: string, fn: (...args: unknown[]) => unknown, ranges: readonly boolean[]): void {
  const wps = (globalThis as { wps?: WpsHost }).wps;
  if (wps && wps.AddCustomFunction) {
    wps.AddCustomFunction(WPS_NAMESPACE, id, (...args: unknown[]) => {
      try {
        return fn(...wpsArguments(args, ranges));
      } catch (thrown) {
        return wpsError(thrown); // the engine's error, or anything else, as text: never a number, never a throw
      }
    });
  }
}
