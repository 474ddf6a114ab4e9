/** Typed access to the reference fixtures in tests/fixtures/. */
import sanlv from "../fixtures/sanlv.json";

export interface FixtureCase {
  id: string;
  function: string;
  args: unknown[];
  expected: number;
  tolerance: number;
  kind: "published" | "arithmetic";
  source: string;
  check?: string;
}

export const SANLV_CASES = sanlv.cases as FixtureCase[];

export function casesFor(functionId: string): FixtureCase[] {
  const found = SANLV_CASES.filter((c) => c.function === functionId);
  if (found.length === 0) throw new Error(`no fixture for ${functionId}`);
  return found;
}

/** The numbers of a range argument as a flat list, for calling core functions with fixture arguments. */
export function flat(arg: unknown): number[] {
  return (Array.isArray(arg) ? (arg as unknown[][]).flat() : [arg]).filter((v): v is number => typeof v === "number");
}
