/**
 * The formula evaluator operator by operator and function by function. Expected values are Excel's, as its
 * function documentation states them (and HyperFormula computes them, where it agrees with Excel).
 */
import {
  CallNode,
  CellError,
  CellValue,
  CustomFunction,
  EvaluationOptions,
  FormulaNode,
  evaluatePlan,
  functionName,
  mapCalls,
  parseFormula,
  printFormula,
} from "../../../src/core/workbook/evaluate";
import { PlannedCell, parseCellAddress } from "../../../src/core/workbook/sheetPlan";

type Content = string | number;

/** A plan of constants and formulas (a string starting with "=") by A1 address, with optional spill sizes. */
function plan(cells: Record<string, Content>, spills: Record<string, [number, number]> = {}): PlannedCell[] {
  return Object.entries(cells).map(([address, content]) => {
    const { row, column } = parseCellAddress(address);
    const spill = spills[address];
    return typeof content === "string" && content.startsWith("=")
      ? {
          row,
          column,
          role: "formula",
          formula: content,
          ...(spill ? { spill: { rows: spill[0], columns: spill[1] } } : {}),
        }
      : { row, column, role: "input", value: content };
  });
}

/** An error by its code, other values as they are: what a test compares. */
const shown = (v: CellValue | undefined): unknown => (v instanceof CellError ? v.code : v);

/** Every formula's value (and every spilled cell's) of a sheet, by address. */
function sheet(cells: Record<string, Content>, options?: EvaluationOptions): Record<string, unknown> {
  return Object.fromEntries([...evaluatePlan({ cells: plan(cells) }, options)].map(([k, v]) => [k, shown(v)]));
}

/** The value of one formula, put in Z1, over `cells`. */
function calc(formula: string, cells: Record<string, Content> = {}, options?: EvaluationOptions): unknown {
  return sheet({ ...cells, Z1: formula }, options).Z1;
}

describe("parsing and printing", () => {
  it.each([
    "=-2^2",
    "=2^-1",
    "=1--1",
    "=(1+2)*3%",
    '="say ""hi"""&A1',
    "=1E-12+10^6",
    "=#N/A",
    "=IF(A1,,1)",
    "=TRUE<>FALSE",
    "='Sheet name'!A1+Sheet1!$A$1:B$2",
    '=_xlfn.IFNA(_xldudf_MINE_RECOVERY(A1,B1),"")',
    '=_xlfn._xlws.FILTER($C$13:$C$18,$A$13:$A$18<>"")',
    '=SUMPRODUCT(ISNUMBER(SEARCH("伴",C1:C5))*1)',
    '=LOOKUP(2,1/(A1:A9<>""),A1:A9)',
    "=SUM({1,2;3,4})",
    "=LOG10(100)",
    "=NA()",
  ])("prints %s back as written", (formula) => {
    expect(printFormula(parseFormula(formula))).toBe(formula);
  });

  it("drops spaces between tokens but keeps them inside text", () => {
    expect(printFormula(parseFormula('= SUM( A1 , " a " )'))).toBe('=SUM(A1," a ")');
  });

  it("binds as Excel does: unary minus before ^, % before ^, ^ from the left, & before comparisons", () => {
    expect(calc("=-2^2")).toBe(4);
    expect(calc("=2^3^2")).toBe(64);
    expect(calc("=1+2*3")).toBe(7);
    expect(calc("=2*3%")).toBeCloseTo(0.06, 15);
    expect(calc("=2^50%")).toBeCloseTo(Math.SQRT2, 15);
    expect(calc('=1&2="12"')).toBe(true);
    expect(calc("=1--1")).toBe(2);
    expect(calc("=2^-1")).toBe(0.5);
    expect(calc("=10^6")).toBe(1e6);
    expect(calc("=1E-12*2")).toBe(2e-12);
  });

  it("reads references with their sheet, absolute marks and either corner first", () => {
    const ref = parseFormula("='Bob''s sheet'!$B$2:A$9") as Extract<FormulaNode, { kind: "reference" }>;
    expect(ref).toMatchObject({
      kind: "reference",
      sheet: "Bob's sheet",
      range: { row: 1, column: 0, rows: 8, columns: 2 },
    });
    expect(parseFormula("=Sheet1!C3")).toMatchObject({
      sheet: "Sheet1",
      range: { row: 2, column: 2, rows: 1, columns: 1 },
    });
    expect(parseFormula("=LOG10(A1)")).toMatchObject({ kind: "call", name: "LOG10" });
  });

  it("names functions without the prefixes saved files carry", () => {
    expect(functionName("_xlfn.IFNA")).toBe("IFNA");
    expect(functionName("_xlfn._xlws.FILTER")).toBe("FILTER");
    expect(functionName("_xldudf_MINE_MIN_RATE")).toBe("MINE.MIN_RATE");
    expect(functionName("mine.recovery")).toBe("MINE.RECOVERY");
  });

  it("rejects text that is not a formula", () => {
    for (const text of ["SUM(1)", "=1+", "=SUM(1", '="open', "=1 2", "=#BAD!", "=(1", "={1,2;3}"])
      expect(() => parseFormula(text)).toThrow(SyntaxError);
  });

  it("maps calls innermost first, adding the parentheses a replacement needs", () => {
    const seen: string[] = [];
    const inlined = mapCalls(parseFormula("=2*SUM(A1,MAX(B1,C1))"), (call: CallNode): FormulaNode => {
      seen.push(call.name);
      if (call.name !== "SUM") return call;
      return { kind: "binary", operator: "+", left: call.args[0], right: call.args[1] };
    });
    expect(seen).toEqual(["MAX", "SUM"]);
    expect(printFormula(inlined)).toBe("=2*(A1+MAX(B1,C1))");
    const renamed = mapCalls(parseFormula("=IF(MINE.X(A1)>0,MINE.X(B1),-MINE.X(C1)^2)"), (call) =>
      call.name.startsWith("MINE.") ? { ...call, name: `_xldudf_${call.name.replace(".", "_")}` } : call,
    );
    expect(printFormula(renamed)).toBe("=IF(_xldudf_MINE_X(A1)>0,_xldudf_MINE_X(B1),-_xldudf_MINE_X(C1)^2)");
    const negated = mapCalls(parseFormula("=ABS(A1)^2"), () => ({
      kind: "unary",
      operator: "-",
      operand: { kind: "number", value: 3 },
    }));
    expect(printFormula(negated)).toBe("=-3^2");
  });
});

describe("values and operators", () => {
  it("reads an empty cell as 0 in arithmetic and as empty text in comparisons and joins", () => {
    expect(calc("=A1")).toBe(0);
    expect(calc("=A1+1")).toBe(1);
    expect(calc('=A1=""')).toBe(true);
    expect(calc("=A1=0")).toBe(true);
    expect(calc("=A1=FALSE")).toBe(true);
    expect(calc('=A1&"x"')).toBe("x");
    expect(calc("=ISNUMBER(A1)")).toBe(false);
    expect(calc("=ISBLANK(A1)")).toBe(true);
  });

  it("converts text to numbers in arithmetic, and logicals to 1 and 0", () => {
    expect(calc('="3"+1')).toBe(4);
    expect(calc('=" 2.5e1 "*2')).toBe(50);
    expect(calc('="50%"*2')).toBe(1);
    expect(calc('="a"+1')).toBe("#VALUE!");
    expect(calc("=TRUE+TRUE")).toBe(2);
    expect(calc("=A1*2", { A1: "4" })).toBe(8);
  });

  it("joins numbers as General shows them, logicals as TRUE and FALSE", () => {
    expect(calc("=1&2")).toBe("12");
    expect(calc('=""&0.1+0.2')).toBe("0.3");
    expect(calc('=""&(0.1+0.2)')).toBe("0.3");
    expect(calc('=""&1/3')).toBe("0.333333333333333");
    expect(calc('=TRUE&""')).toBe("TRUE");
    expect(calc('=""&1E+20')).toBe("1E+20");
  });

  it("compares numbers below text below logicals, text without case", () => {
    expect(calc('="a"="A"')).toBe(true);
    expect(calc('=1<"a"')).toBe(true);
    expect(calc('="z"<TRUE')).toBe(true);
    expect(calc('="b">"a"')).toBe(true);
    expect(calc('="10"=10')).toBe(false);
    expect(calc("=0.1+0.2=0.3")).toBe(false); // exact doubles; Excel's 15-digit comparison says TRUE
  });

  it("gives Excel's errors and passes them on", () => {
    expect(calc("=1/0")).toBe("#DIV/0!");
    expect(calc("=NA()+1")).toBe("#N/A");
    expect(calc("=#N/A&1")).toBe("#N/A");
    expect(calc('="a"+NA()')).toBe("#N/A");
    expect(calc("=1/0+NA()")).toBe("#DIV/0!");
    expect(calc("=0^0")).toBe("#NUM!");
    expect(calc("=(-8)^(1/3)")).toBe("#NUM!");
    expect(calc("=10^400")).toBe("#NUM!");
    expect(calc("=FOO(1)")).toBe("#NAME?");
    expect(calc("=foo")).toBe("#NAME?");
    expect(calc("=-A1", { A1: "x" })).toBe("#VALUE!");
  });

  it("computes operators cell by cell over arrays, stretching a row or a column, #N/A beyond a size", () => {
    expect(sheet({ A1: 1, A2: 2, B1: 10, B2: 20, D1: "=A1:A2*B1:B2" })).toMatchObject({ D1: 10, D2: 40 });
    expect(sheet({ D1: "={1,2}+{10;20}" })).toMatchObject({ D1: 11, E1: 12, D2: 21, E2: 22 });
    expect(sheet({ D1: "={1,2,3}*{1,2}" })).toMatchObject({ D1: 1, E1: 4, F1: "#N/A" });
    expect(sheet({ D1: "=-{1,2}%" })).toMatchObject({ D1: -0.01, E1: -0.02 });
  });
});

describe("functions", () => {
  const data = { A1: 3, A2: "x", A3: "=TRUE", A5: 4, B1: 1, B2: 2, B3: 3, B4: 4, B5: 5 };

  it("IF takes only the branch it needs; IFERROR and IFNA catch errors", () => {
    expect(calc("=IF(TRUE,1,1/0)")).toBe(1);
    expect(calc("=IF(FALSE,1/0,2)")).toBe(2);
    expect(calc("=IF(FALSE,1)")).toBe(false);
    expect(calc("=IF(TRUE,,1)")).toBe(0);
    expect(calc("=IF(A1,1,2)")).toBe(2);
    expect(calc('=IF("x",1,2)')).toBe("#VALUE!");
    expect(calc("=IF(NA(),1,2)")).toBe("#N/A");
    expect(calc('=IFERROR(1/0,"x")')).toBe("x");
    expect(calc("=IFERROR(5,1/0)")).toBe(5);
    expect(calc("=IFNA(NA(),1)")).toBe(1);
    expect(calc("=IFNA(1/0,1)")).toBe("#DIV/0!");
    expect(sheet({ D1: "=IF({TRUE,FALSE},{1,2},{10,20})" })).toMatchObject({ D1: 1, E1: 20 });
    expect(sheet({ D1: "=IFERROR(1/{1,0},-1)" })).toMatchObject({ D1: 1, E1: -1 });
  });

  it("AND, OR and NOT: logicals and numbers of ranges, no values at all #VALUE!", () => {
    expect(calc("=AND(TRUE,1)")).toBe(true);
    expect(calc("=AND(B1:B5,FALSE)", data)).toBe(false);
    expect(calc("=OR(A1:A3)", data)).toBe(true);
    expect(calc("=OR(A2)", data)).toBe("#VALUE!");
    expect(calc('=OR("x")')).toBe("#VALUE!");
    expect(calc('=AND("true",1)')).toBe(true);
    expect(calc("=NOT(0)")).toBe(true);
  });

  it("IS functions tell kinds apart without passing errors on", () => {
    expect(calc("=ISNUMBER(A1)", data)).toBe(true);
    expect(calc("=ISTEXT(A2)", data)).toBe(true);
    expect(calc("=ISBLANK(A4)", data)).toBe(true);
    expect(calc('=ISBLANK("")')).toBe(false);
    expect(calc("=ISERROR(1/0)")).toBe(true);
    expect(calc("=ISNA(1/0)")).toBe(false);
    expect(calc("=ISNA(NA())")).toBe(true);
    expect(sheet({ A1: 1, A2: "x", D1: "=ISNUMBER(A1:A3)" })).toMatchObject({ D1: true, D2: false, D3: false });
  });

  it("SUM, MIN and MAX skip text, logicals and blanks in ranges but read arguments written directly", () => {
    expect(calc("=SUM(A1:A5)", data)).toBe(7);
    expect(calc("=SUM(A2)", data)).toBe(0);
    expect(calc('=SUM("3",TRUE,1)')).toBe(5);
    expect(calc('=SUM("a")')).toBe("#VALUE!");
    expect(calc("=SUM(A1:A2,1/0)", data)).toBe("#DIV/0!");
    expect(calc('=SUM({1,"2",TRUE})')).toBe(1);
    expect(calc("=MIN(B1:B5,0.5)", data)).toBe(0.5);
    expect(calc("=MAX(A1:A5)", data)).toBe(4);
    expect(calc("=MAX(A2:A4)", data)).toBe(0);
  });

  it("SUMPRODUCT multiplies arrays cell by cell, non-numbers as 0, sizes that differ #VALUE!", () => {
    const cells = { A1: "a", A3: "c", A4: "d", B1: 1, B2: 2, B3: 3, B4: 4, C1: 10, C2: 10, C3: 10, C5: 1 };
    expect(calc('=SUMPRODUCT((A1:A5<>"")*B1:B5*C1:C5)', cells)).toBe(40);
    // Text inside the product is #VALUE! (it is arithmetic); as an argument of its own it counts as 0.
    expect(calc('=SUMPRODUCT((A1:A5<>"")*B1:B5*C1:C5)', { ...cells, C4: "n" })).toBe("#VALUE!");
    expect(calc("=SUMPRODUCT(B1:B4,C1:C4)", { ...cells, C4: "n" })).toBe(60);
    expect(calc("=SUMPRODUCT(B1:B4=1)", cells)).toBe(0);
    expect(calc("=SUMPRODUCT(B1:B4,C1:C5)", cells)).toBe("#VALUE!");
    expect(calc("=SUMPRODUCT(B1:B2/{1;0})", cells)).toBe("#DIV/0!");
    expect(calc('=SUMPRODUCT(ISNUMBER(SEARCH("伴",C1:C5))*1)', { C1: "共生", C2: "伴生", C3: "伴", C5: "x伴" })).toBe(
      3,
    );
  });

  it("COUNT, COUNTA and COUNTBLANK", () => {
    expect(calc("=COUNT(A1:A5)", data)).toBe(2);
    expect(calc('=COUNT(1,"2","x",TRUE)')).toBe(3);
    expect(calc("=COUNT(A1:A5,1/0)", data)).toBe(2);
    expect(calc("=COUNTA(A1:A5)", data)).toBe(4);
    expect(calc("=COUNTBLANK(A1:A5)", data)).toBe(1);
  });

  it("COUNTIF, COUNTIFS and SUMIF read Excel's criteria", () => {
    const cells = {
      A1: "apple",
      A2: "Banana",
      A3: 5,
      A4: "5",
      A6: 0,
      A7: -2,
      A8: "ab",
      B1: 1,
      B2: 2,
      B3: 3,
      B4: 4,
      B5: 5,
      B6: 6,
      B7: 7,
      B8: 8,
      C1: '=""',
    };
    const count = (c: string) => calc(`=COUNTIF(A1:A8,${c})`, cells);
    expect(count('"?*"')).toBe(4); // text of one character or more: "5" typed as text too
    expect(count('"<>"')).toBe(7);
    expect(count('""')).toBe(1);
    expect(count('"="')).toBe(1);
    expect(count('"=banana"')).toBe(1);
    expect(count('">0"')).toBe(1);
    expect(count('">=0"')).toBe(2);
    expect(count("5")).toBe(2);
    expect(count('"a*"')).toBe(2);
    expect(count('"*an*"')).toBe(1);
    expect(count('"<>5"')).toBe(6);
    expect(count('"<b"')).toBe(3); // apple, ab and the text "5"
    expect(calc('=COUNTIF(C1:C2,"")', cells)).toBe(2);
    expect(calc('=COUNTIF(C1:C2,"<>")', cells)).toBe(1);
    expect(calc('=COUNTIFS(A1:A8,"?*",B1:B8,">1")', cells)).toBe(3);
    expect(calc('=COUNTIFS(A1:A8,"<>",B1:B3,">1")', cells)).toBe("#VALUE!");
    expect(calc('=SUMIF(A1:A8,">=0",B1:B8)', cells)).toBe(9);
    expect(calc('=SUMIF(B1:B8,">4")', cells)).toBe(26);
    expect(calc('=COUNTIF(A1:A8,"*"&D1&"*")', { ...cells, D1: "an" })).toBe(1);
  });

  it("ABS, SQRT, EXP, LN and ROUND (half away from zero on the decimal digits)", () => {
    expect(calc("=ABS(-2)")).toBe(2);
    expect(calc("=SQRT(16)")).toBe(4);
    expect(calc("=SQRT(-1)")).toBe("#NUM!");
    expect(calc("=EXP(1)")).toBe(Math.E);
    expect(calc("=LN(EXP(2))")).toBe(2);
    expect(calc("=LN(0)")).toBe("#NUM!");
    expect(calc("=ROUND(2.675,2)")).toBe(2.68);
    expect(calc("=ROUND(-2.5,0)")).toBe(-3);
    expect(calc("=ROUND(1250,-2)")).toBe(1300);
    expect(calc("=ROUND(1.005,2)")).toBe(1.01);
  });

  it("INDEX, MATCH and LOOKUP, including the last-filled-cell idiom", () => {
    const cells = { A1: "a", A2: "b", A3: "c", B1: 1, B2: 2, B3: 3, C1: 10, C2: 20, C3: 30 };
    expect(calc("=INDEX(A1:A3,2)", cells)).toBe("b");
    expect(calc("=INDEX(A1:C1,3)", cells)).toBe(10);
    expect(calc("=INDEX(A1:C3,3,2)", cells)).toBe(3);
    expect(calc("=INDEX(A1:C3,4,1)", cells)).toBe("#REF!");
    expect(calc("=SUM(INDEX(B1:C3,0,2))", cells)).toBe(60);
    expect(calc("=INDEX(A1:A5,5)", cells)).toBe(0);
    expect(calc('=MATCH("B",A1:A3,0)', cells)).toBe(2);
    expect(calc('=MATCH("?",A1:A3,0)', cells)).toBe(1);
    expect(calc("=MATCH(4,B1:B3,0)", cells)).toBe("#N/A");
    expect(calc("=MATCH(2.5,B1:B3)", cells)).toBe(2);
    expect(calc("=MATCH(25,C1:C3,1)", cells)).toBe(2);
    expect(calc("=LOOKUP(2.5,B1:B3,C1:C3)", cells)).toBe(20);
    expect(calc("=LOOKUP(0,B1:B3,C1:C3)", cells)).toBe("#N/A");
    expect(calc('=LOOKUP(2,1/(D1:D6<>""),D1:D6)', { D1: 5, D2: "x", D4: 7, D6: "" })).toBe(7);
    expect(calc("=LOOKUP(2,B1:C3)", cells)).toBe(20);
  });

  it("ROWS, COLUMNS, LEN, SEARCH, FIND and CONCAT", () => {
    expect(calc("=ROWS(A1:C4)")).toBe(4);
    expect(calc("=COLUMNS(A1:C4)")).toBe(3);
    expect(calc("=ROWS(5)")).toBe(1);
    expect(calc('=LEN("共伴生")')).toBe(3);
    expect(calc("=LEN(12.5)")).toBe(4);
    expect(calc('=SEARCH("B","abcb")')).toBe(2);
    expect(calc('=SEARCH("b","abcb",3)')).toBe(4);
    expect(calc('=SEARCH("a?c","xabc")')).toBe(2);
    expect(calc('=SEARCH("z","abc")')).toBe("#VALUE!");
    expect(calc('=FIND("B","abcB")')).toBe(4);
    expect(calc('=FIND("?","a?")')).toBe(2);
    expect(calc('=CONCAT("a",A1:B1,1)', { A1: "x", B1: 2 })).toBe("ax21");
    expect(calc('=CONCATENATE("a",1,TRUE)')).toBe("a1TRUE");
  });

  it("FILTER, TRANSPOSE and MMULT return arrays that spill", () => {
    const cells = { A1: "a", A3: "c", B1: 1, B2: 2, B3: 3 };
    expect(sheet({ ...cells, D1: '=FILTER(B1:B3,A1:A3<>"")' })).toMatchObject({ D1: 1, D2: 3 });
    expect(calc('=FILTER(B1:B3,A1:A3="z")', cells)).toBe("#CALC!");
    expect(calc('=FILTER(B1:B3,A1:A3="z","none")', cells)).toBe("none");
    expect(calc("=FILTER(B1:B3,{1;0})", cells)).toBe("#VALUE!");
    expect(sheet({ D1: "=FILTER({1,2,3},{TRUE,FALSE,TRUE})" })).toMatchObject({ D1: 1, E1: 3 });
    expect(sheet({ ...cells, D1: "=TRANSPOSE(B1:B3)" })).toMatchObject({ D1: 1, E1: 2, F1: 3 });
    expect(sheet({ D1: "=MMULT({1,2;3,4},{5;6})" })).toMatchObject({ D1: 17, D2: 39 });
    expect(calc("=MMULT({1,2},{1,2})")).toBe("#VALUE!");
    expect(calc('=MMULT({1,"a"},{1;2})')).toBe("#VALUE!");
  });
});

describe("custom functions", () => {
  const calls: unknown[][] = [];
  const record: CustomFunction = (...args) => {
    calls.push(args);
    return 1;
  };
  const registry: Record<string, CustomFunction> = {
    "MINE.ARGS": record,
    "MINE.FAIL": () => {
      throw Object.assign(new Error("no such mineral"), { code: "#N/A" }); // as CustomFunctions.Error carries it
    },
    "MINE.BUG": () => {
      throw new TypeError("oops");
    },
    "MINE.GRID": () => [
      [1, 2],
      [3, 4],
    ],
    "MINE.ONE": () => [[7]],
    "MINE.BAD": () => NaN,
  };
  const options: EvaluationOptions = { functions: (name) => registry[name] };
  beforeEach(() => (calls.length = 0));

  it("hands over what Excel hands over: a cell's value or null, a range as rows with empty text for blanks", () => {
    calc('=MINE.ARGS(A1,A2,A1:B2,{1,2}*2,,"t")', { A1: 5, B2: "x" }, options);
    expect(calls).toEqual([
      [
        5,
        null,
        [
          [5, ""],
          ["", "x"],
        ],
        [[2, 4]],
        null,
        "t",
      ],
    ]);
  });

  it("hands a range parameter a 2-D array even for one cell, when told which parameters are ranges", () => {
    const matrix: EvaluationOptions = {
      functions: (name) => (name === "MINE.ARGS" ? { fn: record, matrix: [true, false] } : undefined),
    };
    calc("=MINE.ARGS(A1,A1)", { A1: 5 }, matrix);
    calc("=MINE.ARGS(2,A2)", {}, matrix);
    expect(calls).toEqual([
      [[[5]], 5],
      [[[2]], null],
    ]);
  });

  it("knows a function by its saved names too", () => {
    expect(calc("=_xldudf_MINE_ARGS(1)", {}, options)).toBe(1);
    expect(calc("=mine.args(1)", {}, options)).toBe(1);
    expect(calc("=MINE.NONE(1)", {}, options)).toBe("#NAME?");
  });

  it("turns what it throws into that error, anything else into #VALUE!", () => {
    const values = evaluatePlan({ cells: plan({ A1: "=MINE.FAIL()", A2: "=MINE.BUG()", A3: "=MINE.BAD()" }) }, options);
    expect(values.get("A1")).toEqual(new CellError("#N/A", "no such mineral"));
    expect(shown(values.get("A2"))).toBe("#VALUE!");
    expect(shown(values.get("A3"))).toBe("#NUM!");
    expect(calc('=IFNA(MINE.FAIL(),"none")', {}, options)).toBe("none");
  });

  it("is not called when an argument holds an error, in a range too", () => {
    expect(calc("=MINE.ARGS(1,A1:A2)", { A2: "=1/0" }, options)).toBe("#DIV/0!");
    expect(calc("=MINE.ARGS(NA())", {}, options)).toBe("#N/A");
    expect(calls).toEqual([]);
  });

  it("spills an array it returns, and a 1×1 array is a value", () => {
    expect(sheet({ A1: "=MINE.GRID()", C1: "=SUM(A1:B2)", C2: "=B2" }, options)).toEqual({
      A1: 1,
      B1: 2,
      A2: 3,
      B2: 4,
      C1: 10,
      C2: 4,
    });
    expect(calc("=MINE.ONE()+1", {}, options)).toBe(8);
  });
});

describe("sheets", () => {
  it("keys every formula cell and spilled cell by A1 address", () => {
    expect([...evaluatePlan({ cells: plan({ A1: 1, B1: "=A1+1", C1: "={1,2}" }) }).keys()]).toEqual(["B1", "C1", "D1"]);
  });

  it("evaluates formulas in any order, and cells that read spilled cells", () => {
    const values = sheet({ A1: "=B1*2", B1: "=C1+1", C1: 4, D1: "=SEQ", E1: "=SUM(F1:F3)", F1: "=TRANSPOSE({1,2,3})" });
    expect(values).toMatchObject({ A1: 10, B1: 5, E1: 6, F1: 1, F2: 2, F3: 3 });
  });

  it("reads a spill larger than the plan says, and a spill blocked by a cell is #SPILL!", () => {
    const cells = plan({ A1: "={1;2;3}", B1: "=A3", C1: "={1,2}", D1: "x" }, { A1: [2, 1] });
    const values = evaluatePlan({ cells });
    expect(shown(values.get("B1"))).toBe(3);
    expect(shown(values.get("C1"))).toBe("#SPILL!");
    expect(values.has("D1")).toBe(false);
  });

  it("shows a spill that overlaps another as #SPILL!", () => {
    const values = sheet({ A1: "={1;2;3}", B1: "={1,2}", B2: "=1" });
    expect(values).toMatchObject({ A1: 1, A2: 2, A3: 3, B1: 1, C1: 2, B2: 1 });
    expect(sheet({ A2: "={1,2}", B1: "={1;2}" })).toMatchObject({ A2: 1, B2: 2, B1: "#SPILL!" });
  });

  it("throws on a circular reference, naming its cells, and on a formula it cannot read", () => {
    expect(() => evaluatePlan({ cells: plan({ A1: "=B1", B1: "=C1+1", C1: "=A1" }) })).toThrow(
      "circular reference: A1 → B1 → C1 → A1",
    );
    expect(() => evaluatePlan({ cells: plan({ A1: "=SUM(" }) })).toThrow(/^A1: /);
  });

  it("reads its own sheet by name, another sheet as #REF!", () => {
    const cells = plan({ A1: 2, B1: "='My sheet'!A1*2", C1: "=Other!A1" });
    const values = evaluatePlan({ cells, sheetName: "My sheet" });
    expect(shown(values.get("B1"))).toBe(4);
    expect(shown(values.get("C1"))).toBe("#REF!");
  });
});
