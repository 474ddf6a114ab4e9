/**
 * Loads the built dist/functions.js the way a JavaScript-only Excel runtime would: in a fresh context with no
 * DOM, only a `CustomFunctions` stub, and returns the functions it associated, by ID.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { createCustomFunctionsStub } from "./custom-functions-stub";

export const DIST = join(__dirname, "..", "..", "dist");

export type ExcelFunction = (...args: unknown[]) => unknown;

export function loadFunctionsBundle(): Map<string, ExcelFunction> {
  const stub = createCustomFunctionsStub();
  const code = readFileSync(join(DIST, "functions.js"), "utf8");
  // Only ECMAScript built-ins and the stub: any use of window, document, self or Office would throw here.
  runInNewContext(code, { CustomFunctions: stub }, { filename: "functions.js" });
  return stub.associated;
}

/** Calls an associated function and returns either its value or the Excel error it threw. */
export function callExcel(fn: ExcelFunction, args: unknown[]): { value?: unknown; code?: string; message?: string } {
  try {
    return { value: fn(...args) };
  } catch (thrown) {
    const error = thrown as { code?: string; message?: string };
    if (!error || typeof error.code !== "string") throw thrown;
    return { code: error.code, message: error.message };
  }
}
