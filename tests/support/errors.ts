import { ErrorKind, MineError } from "../../src/core/errors";

/** The MineError an action throws; fails the test when it throws nothing or something else. */
export function errorOf(action: () => unknown): MineError {
  try {
    action();
  } catch (error) {
    if (error instanceof MineError) return error;
    throw error;
  }
  throw new Error("expected a MineError, got a result");
}

export function kindOf(action: () => unknown): ErrorKind {
  return errorOf(action).kind;
}
