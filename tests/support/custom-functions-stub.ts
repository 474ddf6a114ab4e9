/**
 * Stand-in for the `CustomFunctions` global that Excel provides: an Error class carrying code and message,
 * the ErrorCode strings of @types/custom-functions-runtime, and `associate` recording what the bundle registers.
 */
export class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export function createCustomFunctionsStub(): {
  Error: typeof CustomFunctionsError;
  ErrorCode: Record<string, string>;
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  associated: Map<string, (...args: unknown[]) => unknown>;
} {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: (id, fn) => void associated.set(id, fn),
    associated,
  };
}

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = createCustomFunctionsStub();
