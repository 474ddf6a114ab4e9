/**
 * The boundary between the engine and Excel: every custom function runs its computation through
 * {@link excelCall}, which turns a {@link MineError} into the matching `CustomFunctions.Error` with its message.
 */
import { ErrorKind, MineError, messages } from "../core/errors";

/** `CustomFunctions.ErrorCode` values, spelled out so nothing reads the global before Excel provides it. */
const ERROR_CODES: Record<ErrorKind, `${CustomFunctions.ErrorCode}`> = {
  value: "#VALUE!",
  num: "#NUM!",
  div0: "#DIV/0!",
  na: "#N/A",
};

/** Chinese first, then English, as every message of the add-in. */
export function excelMessage(error: MineError): string {
  return `${error.zh} | ${error.en}`;
}

/** Maps anything thrown by the engine to the Excel error users see; an unexpected throw becomes `#VALUE!`. */
export function toExcelError(thrown: unknown): CustomFunctions.Error {
  const error =
    thrown instanceof MineError
      ? thrown
      : new MineError("value", messages.internal(thrown instanceof Error ? thrown.message : String(thrown)));
  return new CustomFunctions.Error(ERROR_CODES[error.kind] as CustomFunctions.ErrorCode, excelMessage(error));
}

/** Runs one custom function's computation; errors leave as Excel errors, never as a wrong number. */
export function excelCall<T>(compute: () => T): T {
  try {
    return compute();
  } catch (thrown) {
    throw toExcelError(thrown);
  }
}
