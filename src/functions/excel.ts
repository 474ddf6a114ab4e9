/**
 * The boundary between the engine and Excel: every custom function runs through {@link excelRun}, which reads each
 * argument through its declared parameter (src/core/parameters.ts), calls the engine, and turns a
 * {@link MineError} into the matching `CustomFunctions.Error` with its message, Chinese first.
 */
import { ErrorKind, MineError, messageOf } from "../core/errors";
import { Parameter } from "../core/parameters";
import { checkResult } from "../core/quantity";
import { bothLanguages } from "../core/text";
import { FunctionDeclaration } from "./catalogue";

/**
 * `CustomFunctions.ErrorCode` values, spelled out so nothing reads the global before Excel provides it; the WPS
 * adapter (./wps.ts) writes the same codes into its error text.
 */
export const ERROR_CODES: Record<ErrorKind, `${CustomFunctions.ErrorCode}`> = {
  value: "#VALUE!",
  num: "#NUM!",
  div0: "#DIV/0!",
  na: "#N/A",
};

/** What the engine receives for each declared parameter. */
export type ArgumentValues<P extends readonly Parameter[]> = {
  -readonly [K in keyof P]: P[K] extends Parameter<infer T> ? T : never;
};

/** Excel's arguments, one per declared parameter, as Excel hands them over (blanks and text included). */
export type ExcelArguments<P extends readonly Parameter[]> = { readonly [K in keyof P]: unknown };

/**
 * One `=MINE.*` call in any host: each argument is read through its declaration (shape, blank policy, default,
 * bounds), then `compute` gets the values, and its result is checked to be a number a cell can show (finite, not
 * underflowed). Throws the engine's error; each host's runner says it its own way.
 */
export function runDeclared<P extends readonly Parameter[], R>(
  declaration: FunctionDeclaration & { readonly parameters: P },
  args: ExcelArguments<P>,
  compute: (...values: ArgumentValues<P>) => R,
): R {
  const values = declaration.parameters.map((parameter, i) => parameter.read(args[i]));
  return checkResult(compute(...(values as ArgumentValues<P>)));
}

/**
 * The one runner of every `=MINE.*` function in Excel: {@link runDeclared}, anything thrown leaving as the Excel error
 * that says why (an unexpected throw as `#VALUE!`), never as a wrong number.
 */
export function excelRun<P extends readonly Parameter[], R>(
  declaration: FunctionDeclaration & { readonly parameters: P },
  args: ExcelArguments<P>,
  compute: (...values: ArgumentValues<P>) => R,
): R {
  try {
    return runDeclared(declaration, args, compute);
  } catch (thrown) {
    const kind = thrown instanceof MineError ? thrown.kind : "value";
    throw new CustomFunctions.Error(ERROR_CODES[kind] as CustomFunctions.ErrorCode, bothLanguages(messageOf(thrown)));
  }
}
