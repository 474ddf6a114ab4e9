/**
 * The zh-CN metadata the build writes: names from the declarations, descriptions from descriptions.ts, and every
 * disagreement with the JSDoc (other names, another order, optional on one side only, a missing description) a
 * problem that fails the build.
 */
import { FUNCTIONS } from "../../src/functions/catalogue";
import * as descriptions from "../../src/functions/descriptions";

// Plain JavaScript run by webpack in Node; its types are what this test relies on.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../src/tools/metadata-plugins") as {
  localizeMetadata: (
    base: Metadata,
    declarations: typeof FUNCTIONS,
    texts: typeof descriptions,
  ) => { localized: Metadata; problems: string[] };
};

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; optional?: boolean }[] }[];
}

const english = (parameters: { name: string; optional?: boolean }[]): Metadata => ({
  functions: [{ id: "RECOVERY", name: "RECOVERY", description: "Mining recovery", parameters }],
});
const only = { RECOVERY: FUNCTIONS.RECOVERY } as unknown as typeof FUNCTIONS;

describe("localizeMetadata", () => {
  it("names each parameter as declared and describes it from descriptions.ts", () => {
    const { localized, problems } = localizeMetadata(
      english([{ name: "extracted" }, { name: "consumed" }]),
      only,
      descriptions,
    );
    expect(problems).toEqual([]);
    const [fn] = localized.functions;
    expect(fn.description).toBe(descriptions.FUNCTION_DESCRIPTIONS.RECOVERY);
    expect(fn.parameters.map((p) => p.name)).toEqual(["采出纯矿石量", "动用资源储量"]);
  });

  it("fails on JSDoc names in another order, and on an optional flag the declaration does not have", () => {
    const swapped = localizeMetadata(english([{ name: "consumed" }, { name: "extracted" }]), only, descriptions);
    expect(swapped.problems).toEqual([
      "RECOVERY: the JSDoc names (consumed, extracted) differ from the declarations (extracted, consumed)",
    ]);
    const optional = localizeMetadata(
      english([{ name: "extracted" }, { name: "consumed", optional: true }]),
      only,
      descriptions,
    );
    expect(optional.problems).toEqual(["RECOVERY(consumed): optional in one of JSDoc and declaration only"]);
  });

  it("fails on a function without a declaration, and a declaration without a function", () => {
    const stray: Metadata = { functions: [{ id: "NEW_ONE", name: "NEW_ONE", description: "", parameters: [] }] };
    expect(localizeMetadata(stray, only, descriptions).problems).toEqual([
      "NEW_ONE has no declaration in the catalogue",
      "RECOVERY is declared but no function has it in its JSDoc",
    ]);
  });

  it("fails on a missing Chinese description", () => {
    const none = { ...descriptions, FUNCTION_DESCRIPTIONS: {}, parameterDescription: () => undefined };
    const { problems } = localizeMetadata(
      english([{ name: "extracted" }, { name: "consumed" }]),
      only,
      none as unknown as typeof descriptions,
    );
    expect(problems).toEqual([
      "RECOVERY has no Chinese description",
      "RECOVERY(extracted) has no Chinese description",
      "RECOVERY(consumed) has no Chinese description",
    ]);
  });
});
