/**
 * What a drafter may type into each input column of a template: good values and each kind of bad one the engine
 * refuses (blank, text, negative, 95 for 95%), drawn for every data row. The portable templates are checked with it
 * against the live ones (in HyperFormula) and in LibreOffice.
 */
import fc from "fast-check";
import { TableKind } from "../../src/core/templates/columns";
import { templateLayout } from "../../src/core/templates/templates";
import { amount } from "./arbitraries";

/**
 * A number as a drafter types it: to six decimals. Numbers alike to the 15th digit are not typed, and spreadsheets
 * differ on them (HyperFormula compares to 15 digits, Excel and the engine exactly).
 */
const typed = (min: number, max: number) => amount(min, max).map((x) => Math.round(x * 1e6) / 1e6);

/** What a drafter may type into a column: good values and each kind of bad one the engine refuses. */
export const TYPED = {
  tonnage: fc.oneof(
    fc.integer({ min: 0, max: 500 }),
    typed(0, 500),
    fc.constantFrom<string | number | null>(null, -5, "abc", 0),
  ),
  rate: fc.oneof(typed(0, 1), fc.constantFrom<string | number | null>(null, 95, -0.1, "x", 0, 1)),
  grade: fc.oneof(typed(0, 0.6), fc.constantFrom<string | number | null>(null, -1, "x", 0)),
  coordinate: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom<string | number | null>(null, "x")),
  name: fc.constantFrom<string | number | null>("A", "B", null),
  // the Chinese role words the template's list offers, and "副产品", which no one reads (English role words are
  // read by =MINE.* only: the portable sheet refuses them, as its note says; tested on their own)
  role: fc.constantFrom<string | number | null>("主矿产", "共生", "伴生", "共伴生", "副产品", null, ""),
} as const;

/** Random data typed into every input cell of the data rows (the example rows and the blank rows) of a template. */
export function typedRows(kind: TableKind, kinds: Readonly<Record<string, keyof typeof TYPED>>) {
  const layout = templateLayout(kind);
  const rows = [...layout.exampleRows, ...layout.blankRows];
  const cells = rows.flatMap((row) =>
    Object.entries(kinds).map(([id, type]) => ({ row, column: layout.columns.indexOf(id), type })),
  );
  return fc
    .tuple(...cells.map((c) => TYPED[c.type]))
    .map((values) => cells.map((c, i) => ({ ...c, value: values[i] })));
}

export const TYPED_COLUMNS: readonly [TableKind, Readonly<Record<string, keyof typeof TYPED>>][] = [
  ["blocks", { block: "name", consumed: "tonnage", extracted: "tonnage", waste: "tonnage" }],
  ["design", { category: "name", retained: "tonnage", overlaid: "tonnage", ...lossColumns() }],
  ["balance", { product: "name", tonnage: "tonnage", grade: "grade" }],
  ["utilization", { mineral: "name", role: "role", miningRecovery: "rate", processRecovery: "rate" }],
  ["corners", { point: "name", x: "coordinate", y: "coordinate" }],
  ["summary", { value: "rate" }],
];

function lossColumns(): Record<string, "tonnage"> {
  const ids = templateLayout("design").columns.filter((id) => /Loss|loss/.test(id) && id !== "losses");
  return Object.fromEntries(ids.map((id) => [id, "tonnage" as const]));
}
