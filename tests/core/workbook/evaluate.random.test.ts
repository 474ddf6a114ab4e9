/**
 * The evaluator against HyperFormula on random small sheets: constants (numbers, blanks, text, logicals) in A1:C4
 * and formulas in E1:E4 drawn from a grammar of the supported functions, compared cell by cell (numbers within
 * 1e-12 relative, errors by code).
 *
 * Left out of the grammar, where HyperFormula differs from Excel (and we follow Excel):
 * - text criteria compared by order (COUNTIF "<b"), and text compared with < >: HyperFormula collates by locale;
 * - a number as text beyond integers (HyperFormula writes 17 digits, Excel 15): only cells and integers are
 *   joined, and LEN, SEARCH and FIND read cells;
 * - unary minus before ^ and precedence in general: every operand is parenthesised (precedence has unit tests);
 * - FILTER that keeps nothing: Excel's #CALC!, HyperFormula's #N/A (the grammar wraps FILTER in IFERROR);
 * - LOOKUP (HyperFormula has none), INDEX(one row, n) (HyperFormula wants INDEX(row, 1, n)), booleans in the data
 *   (HyperFormula's SUMPRODUCT counts TRUE as 1 and its AND reads text in a range), criteria from cells;
 * - empty text "" as a number (HyperFormula reads 0, Excel #VALUE!) and text in SUMPRODUCT (HyperFormula reads
 *   numeric text, Excel counts 0): the grammar has no "" literal, and no text arrays in SUMPRODUCT;
 * - text in a cell AND or OR reads (HyperFormula #VALUE!, Excel skips it): their arguments are comparisons;
 * - 0^0 and 0^-1 (Excel #NUM! and #DIV/0!, HyperFormula 1 and #NUM!): exponents are 2, 3 and 0.5;
 * - text that HyperFormula reads as a date ("2.5-1"): only digits are joined to cells;
 * - IF and INDEX give a reference in Excel (SUM and COUNTA skip the text and blank it points at), a value in
 *   HyperFormula: a scalar argument of SUM, COUNTA … has 0 added; MATCH of a blank (Excel #N/A, HyperFormula matches 0) and with wildcards
 *   (HyperFormula takes them literally): constants or text;
 * - an error against an array (#VALUE!+A1:A4): Excel an array of errors (COUNTA counts each), HyperFormula one
 *   error: COUNTA reads ranges only;
 * - MATCH/LOOKUP approximate on unsorted data, where both binary searches are unspecified.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { CellError, evaluatePlan } from "../../../src/core/workbook/evaluate";
import { PlannedCell } from "../../../src/core/workbook/sheetPlan";

const ROWS = 4;
const FORMULA_COLUMN = 4; // E

const constant: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -3, max: 5 }),
  fc.constantFrom(0.5, 2.5, -1.25, 1e-3),
  fc.constantFrom("a", "ab", "b", "伴生", "x y"),
);

/** Ranges by shape, so operands of SUMPRODUCT, COUNTIFS and cell-by-cell operators have the same size. */
const SHAPES: readonly (readonly string[])[] = [
  ["A1:A4", "B1:B4", "C1:C4"],
  ["A1:C1", "A2:C2", "A4:C4"],
  ["A1:B2", "B1:C2", "A3:B4", "B3:C4"],
];
const CELLS = ["A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4"];

const shape = fc.integer({ min: 0, max: SHAPES.length - 1 });
const rangeOf = (s: number) => fc.constantFrom(...SHAPES[s]);
const anyRange = shape.chain(rangeOf);
const column = fc.constantFrom(...SHAPES[0]);
const cell = fc.constantFrom(...CELLS);
const criterion = fc.constantFrom(
  '"?*"',
  '"<>"',
  '""',
  '"="',
  '"=a"',
  '">0"',
  '">=0"',
  '"<3"',
  "2",
  '"a*"',
  '"*b"',
  '"<>a"',
  '"<>2"',
  "TRUE()",
);

const { scalar } = fc.letrec<{ scalar: string; array: string }>((tie) => {
  const s = tie("scalar");
  const arrayOf = (k: number): fc.Arbitrary<string> =>
    fc.oneof(
      rangeOf(k),
      fc.tuple(rangeOf(k), fc.constantFrom("+", "-", "*", "/"), s).map(([r, op, x]) => `(${r}${op}(${x}))`),
      // Logical arrays only multiplied by 1: HyperFormula's SUMPRODUCT counts TRUE as 1 where Excel counts 0.
      fc.tuple(rangeOf(k), fc.constantFrom("=", "<>"), s).map(([r, op, x]) => `(${r}${op}(${x}))*1`),
      fc.tuple(rangeOf(k), fc.constantFrom("*", "+"), rangeOf(k)).map(([a, op, b]) => `(${a}${op}${b})`),
      fc.tuple(rangeOf(k), fc.constantFrom("<>", "="), rangeOf(k)).map(([a, op, b]) => `(${a}${op}${b})*1`),
      rangeOf(k).map((r) => `ISNUMBER(${r})*1`),
      rangeOf(k).map((r) => `(${r}<>"")*1`),
    );
  return {
    array: shape.chain(arrayOf),
    scalar: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.integer({ min: 0, max: 5 }).map(String),
      fc.constantFrom("0.5", "2.5", '"a"', '"3"', "TRUE()", "FALSE()"),
      cell,
      cell,
      s.map((x) => `-(${x})`),
      s.map((x) => `(${x})%`),
      fc.tuple(s, fc.constantFrom("+", "-", "*", "/", "=", "<>"), s).map(([a, op, b]) => `(${a})${op}(${b})`),
      fc.tuple(s, fc.constantFrom("2", "3", "0.5")).map(([a, k]) => `(${a})^${k}`),
      fc.tuple(cell, fc.integer({ min: 0, max: 9 })).map(([a, n]) => `${a}&${n}`),
      fc.tuple(s, s, s).map(([c, a, b]) => `IF(${c},${a},${b})`),
      fc.tuple(s, s).map(([a, b]) => `IFERROR(${a},${b})`),
      fc.tuple(s, s).map(([a, b]) => `IFNA(${a},${b})`),
      fc.tuple(s, s, s).map(([a, b, c]) => `AND((${a})>(${b}),ISNUMBER(${c}))`),
      fc.tuple(s, s, s).map(([a, b, c]) => `OR((${a})<=(${b}),ISTEXT(${c}))`),
      s.map((x) => `NOT(${x})`),
      fc.tuple(fc.constantFrom("ISNUMBER", "ISTEXT", "ISERROR", "ISNA"), s).map(([f, x]) => `${f}(${x})`),
      cell.map((c) => `ISBLANK(${c})`),
      fc
        .tuple(fc.constantFrom("SUM", "MIN", "MAX", "COUNT", "COUNTA"), anyRange, s)
        .map(([f, r, x]) => `${f}(${r},(${x})+0)`),
      fc.tuple(fc.constantFrom("SUM", "MIN", "MAX", "COUNT"), tie("array")).map(([f, a]) => `${f}(${a})`),
      // One array that may hold errors: which of two errors SUMPRODUCT gives is not the same in both.
      shape.chain((k) => fc.tuple(rangeOf(k), arrayOf(k))).map(([a, b]) => `SUMPRODUCT(${a},${b})`),
      tie("array").map((a) => `SUMPRODUCT(${a})`),
      fc.tuple(fc.constantFrom("ABS", "SQRT", "EXP", "LN"), s).map(([f, x]) => `${f}(${x})`),
      fc.tuple(s, fc.integer({ min: -1, max: 3 })).map(([x, n]) => `ROUND(${x},${n})`),
      fc.tuple(anyRange, criterion).map(([r, c]) => `COUNTIF(${r},${c})`),
      shape
        .chain((k) => fc.tuple(rangeOf(k), criterion, rangeOf(k), criterion))
        .map(([a, c, b, d]) => `COUNTIFS(${a},${c},${b},${d})`),
      shape.chain((k) => fc.tuple(rangeOf(k), criterion, rangeOf(k))).map(([a, c, b]) => `SUMIF(${a},${c},${b})`),
      fc
        .tuple(
          fc.constantFrom("A1:C4", "B1:B4", "A2:C2"),
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 1, max: 3 }),
        )
        .map(([r, i, j]) =>
          r === "A2:C2" ? `INDEX(${r},1,${j})` : r === "A1:C4" ? `INDEX(${r},${i},${j})` : `INDEX(${r},${i})`,
        ),
      fc
        .tuple(
          fc.oneof(
            fc.constantFrom("0", "0.5", "2.5", '"A"', '"伴生"'),
            cell.map((c) => `${c}&""`),
          ),
          column,
        )
        .map(([x, r]) => `MATCH(${x},${r},0)`),
      anyRange.map((r) => `ROWS(${r})*10+COLUMNS(${r})`),
      cell.map((x) => `LEN(${x})`),
      fc.tuple(fc.constantFrom('"a"', '"B"', '"?"', '"伴"', '"b*"'), cell).map(([f, x]) => `SEARCH(${f},${x})`),
      fc.tuple(fc.constantFrom('"a"', '"B"', '"伴"'), cell).map(([f, x]) => `FIND(${f},${x})`),
      column.map((a) => `IFERROR(SUM(FILTER(${a},ISNUMBER(${a}))),-1)`),
      fc.tuple(column, column).map(([a, b]) => `IFERROR(ROWS(FILTER(${a},ISNUMBER(${b}))),-1)`),
      fc.tuple(column, s).map(([r, x]) => `IFERROR(INDEX(FILTER(${r},${r}<>""),1),${x})`),
      anyRange.map((r) => `SUM(TRANSPOSE(${r}))`),
      fc.constantFrom("SUM(MMULT(A1:B2,B3:C4))", "SUM(MMULT(A1:C1,A1:A3))", "NA()"),
    ),
  };
});

const HF = HyperFormula;

function hyperformula(data: (string | number | boolean | null)[][]): HyperFormula {
  return HF.buildFromArray(data, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    smartRounding: false,
    precisionEpsilon: 0,
    evaluateNullToZero: true,
  });
}

function theirs(hf: HyperFormula, row: number): unknown {
  const v = hf.getCellValue({ sheet: 0, row, col: FORMULA_COLUMN });
  if (v && typeof v === "object" && "type" in v) return (v as { value: string }).value;
  return v;
}

describe("against HyperFormula", () => {
  it("gives the same values on random sheets", () => {
    fc.assert(
      fc.property(
        fc.array(constant, { minLength: 12, maxLength: 12 }),
        fc.array(scalar, { minLength: ROWS, maxLength: ROWS }),
        (values, formulas) => {
          const data = Array.from({ length: ROWS }, (_, r) => [values[r], values[4 + r], values[8 + r]]);
          const sheet = data.map((row, r) => [...row, null, `=${formulas[r]}`]);
          const cells: PlannedCell[] = [];
          data.forEach((row, r) =>
            row.forEach((v, c) => {
              if (v === null) return;
              cells.push(
                typeof v === "boolean"
                  ? { row: r, column: c, role: "formula", formula: v ? "=TRUE" : "=FALSE" }
                  : { row: r, column: c, role: "input", value: v },
              );
            }),
          );
          formulas.forEach((f, r) => cells.push({ row: r, column: FORMULA_COLUMN, role: "formula", formula: `=${f}` }));
          const ours = evaluatePlan({ cells });
          const hf = hyperformula(sheet);
          try {
            formulas.forEach((f, r) => {
              const mine = ours.get(`E${r + 1}`);
              const shown = mine instanceof CellError ? mine.code : mine;
              const other = theirs(hf, r);
              const same =
                typeof shown === "number" && typeof other === "number"
                  ? Math.abs(shown - other) <= 1e-12 * Math.max(1, Math.abs(other))
                  : shown === other;
              if (!same)
                throw new Error(
                  `E${r + 1} =${f}: ours ${String(shown)}, HyperFormula ${String(other)}\n${JSON.stringify(data)}`,
                );
            });
          } finally {
            hf.destroy();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
