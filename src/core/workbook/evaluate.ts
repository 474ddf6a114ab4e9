/**
 * A small spreadsheet formula evaluator, exact in IEEE doubles, for the formulas the add-in writes: it computes
 * the value each formula cell of a SheetPlan shows in Excel, so a workbook can be written with native formulas and
 * their cached values without Excel (and without HyperFormula, which is GPLv3 and test-only).
 *
 * Three parts: a parser of en-US formula text into a syntax tree that prints back as written ({@link parseFormula},
 * {@link printFormula}, {@link mapCalls}, for modules that translate formulas); Excel's value rules (coercion,
 * comparison, broadcasting of arrays, errors); and the built-in functions the plans use, plus custom functions the
 * caller supplies. Cells are evaluated on demand and memoised, so formulas may refer to one another in any order;
 * a formula whose value is an array spills to the right and down, as dynamic arrays do.
 */
import { CellRange, SheetPlan, cellAddress, columnName } from "./sheetPlan";

export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NAME?" | "#REF!" | "#CALC!" | "#SPILL!" | "#NULL!";

const ERROR_CODES: readonly ErrorCode[] = [
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#REF!",
  "#CALC!",
  "#SPILL!",
  "#NULL!",
];

/** An Excel error value; `message` says why, for a reader (Excel shows only the code). */
export class CellError {
  constructor(
    readonly code: ErrorCode,
    readonly message?: string,
  ) {}
}

/** A cell's value: null is an empty cell. */
export type CellValue = number | string | boolean | CellError | null;

/**
 * A custom function as Excel calls it: each argument a scalar (null for an empty cell) or a 2-D array for a range
 * or array ("" for an empty cell inside it). It returns a number, string or boolean, or a 2-D array (which spills),
 * or throws `{ code, message }`, which becomes that error.
 */
export type CustomFunction = (...args: unknown[]) => unknown;

/** A custom function with the shape of its parameters, as functions.json declares them. */
export interface CustomFunctionEntry {
  readonly fn: CustomFunction;
  /**
   * Which parameters take a range ("matrix" dimensionality): Excel hands those a 2-D array even for one cell, and
   * the others a scalar. Without it, an argument that is a single cell or a scalar goes as a scalar and anything
   * else as a 2-D array.
   */
  readonly matrix?: readonly boolean[];
}

export interface EvaluationOptions {
  /** The custom function of a name as written in the formula, upper-cased ("MINE.RECOVERY"). */
  readonly functions?: (name: string) => CustomFunction | CustomFunctionEntry | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Syntax

export type BinaryOperator = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export interface CallNode {
  readonly kind: "call";
  /** As written: "MINE.RECOVERY", "_xlfn.IFNA", "sum". */
  readonly name: string;
  readonly args: readonly FormulaNode[];
}

export interface ReferenceNode {
  readonly kind: "reference";
  /** As written, sheet included: "$A$1:B9", "'资源储量表'!B7"; printed verbatim. */
  readonly text: string;
  /** The sheet named before "!", unquoted; absent for the formula's own sheet. */
  readonly sheet?: string;
  readonly range: CellRange;
}

export type FormulaNode =
  | { readonly kind: "number"; readonly value: number; /** as written ("1E-12"), when parsed */ readonly text?: string }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: ErrorCode }
  | ReferenceNode
  /** A bare name (a defined name, unsupported: #NAME?). */
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "unary"; readonly operator: "-" | "+"; readonly operand: FormulaNode }
  | { readonly kind: "percent"; readonly operand: FormulaNode }
  | {
      readonly kind: "binary";
      readonly operator: BinaryOperator;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    }
  | CallNode
  /** Parentheses as written, kept so that printing gives the text back. */
  | { readonly kind: "group"; readonly inner: FormulaNode }
  /** An array constant {1,2;3,4}: rows of constants. */
  | { readonly kind: "array"; readonly rows: readonly (readonly FormulaNode[])[] }
  /** An omitted argument, as in IF(A1,,1). */
  | { readonly kind: "missing" };

type Token =
  | { type: "number"; text: string }
  | { type: "string"; value: string }
  | { type: "error"; code: ErrorCode }
  | { type: "reference"; node: ReferenceNode }
  | { type: "function"; name: string }
  | { type: "name"; name: string }
  | { type: "operator"; text: string }
  | { type: "end" };

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]+`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!`;
// The lookahead keeps a function name that looks like a cell (LOG10, ATAN2) and a longer name out of references.
const REFERENCE = new RegExp(String.raw`^(${SHEET})?(${CELL})(?::(${CELL}))?(?![A-Za-z0-9_.(!])`);
const NUMBER = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;
const IDENTIFIER = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*/;
const OPERATORS = ["<=", ">=", "<>", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%", "(", ")", ",", ";", "{", "}"];
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

function cellPoint(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(address);
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) return undefined;
  return { row: row - 1, column: column - 1 };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new SyntaxError(`${why} at ${i + 1} in ${text}`);
  };
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (rest[0] === '"') {
      let value = "";
      let j = 1;
      for (;;) {
        const quote = rest.indexOf('"', j);
        if (quote < 0) fail("unterminated string");
        value += rest.slice(j, quote);
        if (rest[quote + 1] === '"') {
          value += '"';
          j = quote + 2;
        } else {
          j = quote + 1;
          break;
        }
      }
      tokens.push({ type: "string", value });
      i += j;
      continue;
    }
    if (rest[0] === "#") {
      const code = ERROR_CODES.find((c) => rest.toUpperCase().startsWith(c));
      if (!code) fail("unknown error literal");
      tokens.push({ type: "error", code: code as ErrorCode });
      i += (code as ErrorCode).length;
      continue;
    }
    const reference = REFERENCE.exec(rest);
    if (reference) {
      const [whole, sheetText, first, last] = reference;
      const a = cellPoint(first);
      const b = last === undefined ? a : cellPoint(last);
      if (a && b) {
        const sheet = sheetText?.slice(0, -1);
        const node: ReferenceNode = {
          kind: "reference",
          text: whole,
          ...(sheet === undefined
            ? {}
            : { sheet: sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet }),
          range: {
            row: Math.min(a.row, b.row),
            column: Math.min(a.column, b.column),
            rows: Math.abs(a.row - b.row) + 1,
            columns: Math.abs(a.column - b.column) + 1,
          },
        };
        tokens.push({ type: "reference", node });
        i += whole.length;
        continue;
      }
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: "number", text: number[0] });
      i += number[0].length;
      continue;
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      const name = identifier[0];
      i += name.length;
      tokens.push(text[i] === "(" ? { type: "function", name } : { type: "name", name });
      continue;
    }
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    if (!operator) fail(`unexpected "${rest[0]}"`);
    tokens.push({ type: "operator", text: operator as string });
    i += (operator as string).length;
  }
  tokens.push({ type: "end" });
  return tokens;
}

const COMPARISONS = ["=", "<>", "<", ">", "<=", ">="];

/** The syntax tree of an en-US formula ("=…"); throws a SyntaxError for text that is not one. */
export function parseFormula(text: string): FormulaNode {
  if (!text.startsWith("=")) throw new SyntaxError(`a formula starts with "=": ${text}`);
  const tokens = tokenize(text.slice(1));
  let at = 0;
  const peek = (): Token => tokens[at];
  const isOperator = (...ops: string[]): boolean => {
    const t = peek();
    return t.type === "operator" && ops.includes(t.text);
  };
  const take = (): Token => tokens[at++];
  const expect = (op: string): void => {
    if (!isOperator(op)) throw new SyntaxError(`expected "${op}" in ${text}`);
    at++;
  };
  const binaryLevel = (ops: string[], next: () => FormulaNode) => (): FormulaNode => {
    let left = next();
    while (isOperator(...ops)) {
      const operator = (take() as { text: BinaryOperator }).text;
      left = { kind: "binary", operator, left, right: next() };
    }
    return left;
  };
  const primary = (): FormulaNode => {
    const t = take();
    switch (t.type) {
      case "number":
        return { kind: "number", value: Number(t.text), text: t.text };
      case "string":
        return { kind: "string", value: t.value };
      case "error":
        return { kind: "error", code: t.code };
      case "reference":
        return t.node;
      case "name": {
        const upper = t.name.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
        return { kind: "name", name: t.name };
      }
      case "function": {
        expect("(");
        const args: FormulaNode[] = [];
        if (isOperator(")")) {
          at++;
          return { kind: "call", name: t.name, args };
        }
        for (;;) {
          args.push(isOperator(",", ")") ? { kind: "missing" } : comparison());
          if (isOperator(")")) break;
          expect(",");
        }
        at++;
        return { kind: "call", name: t.name, args };
      }
      case "operator":
        if (t.text === "(") {
          const inner = comparison();
          expect(")");
          return { kind: "group", inner };
        }
        if (t.text === "{") return arrayConstant();
        break;
      case "end":
        break;
    }
    throw new SyntaxError(`unexpected ${t.type === "operator" ? `"${t.text}"` : t.type} in ${text}`);
  };
  const arrayConstant = (): FormulaNode => {
    const rows: FormulaNode[][] = [[]];
    for (;;) {
      const element = unary();
      if (!["number", "string", "boolean", "error", "unary"].includes(element.kind))
        throw new SyntaxError(`an array constant holds constants only: ${text}`);
      rows[rows.length - 1].push(element);
      if (isOperator("}")) break;
      if (isOperator(";")) {
        rows.push([]);
        at++;
      } else expect(",");
    }
    at++;
    if (rows.some((r) => r.length !== rows[0].length)) throw new SyntaxError(`ragged array constant in ${text}`);
    return { kind: "array", rows };
  };
  const unary = (): FormulaNode => {
    if (isOperator("-", "+")) {
      const operator = (take() as { text: "-" | "+" }).text;
      return { kind: "unary", operator, operand: unary() };
    }
    return primary();
  };
  const percent = (): FormulaNode => {
    let node = unary();
    while (isOperator("%")) {
      at++;
      node = { kind: "percent", operand: node };
    }
    return node;
  };
  // Excel's precedence, loosest first: comparisons, &, + -, * /, ^, %, unary - (so -2^2 is 4), each left-associative.
  const power = binaryLevel(["^"], percent);
  const product = binaryLevel(["*", "/"], power);
  const sum = binaryLevel(["+", "-"], product);
  const concat = binaryLevel(["&"], sum);
  const comparison = binaryLevel(COMPARISONS, concat);
  const tree = comparison();
  if (peek().type !== "end") throw new SyntaxError(`unexpected text after the formula in ${text}`);
  return tree;
}

const BINARY_LEVEL: Record<BinaryOperator, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

function level(node: FormulaNode): number {
  if (node.kind === "binary") return BINARY_LEVEL[node.operator];
  if (node.kind === "percent") return 6;
  if (node.kind === "unary") return 7;
  return 8;
}

/** A number in Excel's spelling: 1E-12, 1E+20 (two exponent digits at least). */
function numberText(value: number | string): string {
  return String(value)
    .replace(/e([+-])(\d)$/, "e$10$2")
    .replace("e", "E");
}

function print(node: FormulaNode): string {
  const wrap = (child: FormulaNode, needed: boolean) => (needed ? `(${print(child)})` : print(child));
  switch (node.kind) {
    case "number":
      return node.text ?? numberText(node.value);
    case "string":
      return `"${node.value.replace(/"/g, '""')}"`;
    case "boolean":
      return node.value ? "TRUE" : "FALSE";
    case "error":
      return node.code;
    case "reference":
      return node.text;
    case "name":
      return node.name;
    case "unary":
      return node.operator + wrap(node.operand, level(node.operand) < 7);
    case "percent":
      return wrap(node.operand, level(node.operand) < 6) + "%";
    case "binary": {
      const own = BINARY_LEVEL[node.operator];
      return wrap(node.left, level(node.left) < own) + node.operator + wrap(node.right, level(node.right) <= own);
    }
    case "call":
      return `${node.name}(${node.args.map(print).join(",")})`;
    case "group":
      return `(${print(node.inner)})`;
    case "array":
      return `{${node.rows.map((row) => row.map(print).join(",")).join(";")}}`;
    case "missing":
      return "";
  }
}

/**
 * The formula text of a tree, with "=": the text parsed (less its spaces) for a parsed tree; parentheses are added
 * where a transformed tree needs them.
 */
export function printFormula(node: FormulaNode): string {
  return `=${print(node)}`;
}

/** The tree with every function call replaced by what `fn` makes of it, innermost calls first. */
export function mapCalls(node: FormulaNode, fn: (call: CallNode) => FormulaNode): FormulaNode {
  const map = (n: FormulaNode): FormulaNode => mapCalls(n, fn);
  switch (node.kind) {
    case "unary":
    case "percent":
      return { ...node, operand: map(node.operand) };
    case "binary":
      return { ...node, left: map(node.left), right: map(node.right) };
    case "group":
      return { ...node, inner: map(node.inner) };
    case "array":
      return { ...node, rows: node.rows.map((row) => row.map(map)) };
    case "call":
      return fn({ ...node, args: node.args.map(map) });
    default:
      return node;
  }
}

/**
 * The name a function is known by, upper-cased: without the _xlfn. and _xlws. prefixes a saved file may carry
 * (_xlfn._xlws.FILTER → FILTER), and a saved custom function's _xldudf_NAMESPACE_NAME back as NAMESPACE.NAME
 * (the namespace is what precedes the first underscore: _xldudf_MINE_MIN_RATE → MINE.MIN_RATE).
 */
export function functionName(written: string): string {
  const name = written
    .toUpperCase()
    .replace(/^_XLFN\./, "")
    .replace(/^_XLWS\./, "");
  const udf = /^_XLDUDF_([A-Z0-9]+)_(.+)$/.exec(name);
  return udf ? `${udf[1]}.${udf[2]}` : name;
}

// ---------------------------------------------------------------------------------------------------------------
// Values

type Scalar = CellValue;

/** A range's or an array's values; `reference` for a reference to cells (whose text and blanks functions skip). */
class Grid {
  constructor(
    readonly rows: readonly (readonly Scalar[])[],
    readonly reference = false,
  ) {}
  get height(): number {
    return this.rows.length;
  }
  get width(): number {
    return this.rows[0].length;
  }
  get cells(): Scalar[] {
    return this.rows.flat();
  }
}

type Value = Scalar | Grid;

const err = (code: ErrorCode, message?: string) => new CellError(code, message);
const isError = (v: unknown): v is CellError => v instanceof CellError;

/** A scalar of a value: a 1×1 grid's cell; a larger grid where a scalar is needed is #VALUE!. */
function scalarOf(v: Value): Scalar {
  if (!(v instanceof Grid)) return v;
  return v.height === 1 && v.width === 1 ? v.rows[0][0] : err("#VALUE!", "a range where one value is needed");
}

function gridOf(v: Value): Grid {
  return v instanceof Grid ? v : new Grid([[v]]);
}

/** Text as Excel reads a typed number: "12", " 1.5e3 ", "-4", "50%". */
function parseNumber(text: string): number | undefined {
  const match = /^\s*([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\s*(%?)\s*$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] ? n / 100 : n;
}

function toNumber(v: Scalar): number | CellError {
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  return parseNumber(v) ?? err("#VALUE!", `"${v}" is not a number`);
}

/** A number as text the way Excel's General format gives it: at most 15 significant digits. */
function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n === 0 ? 0 : n);
  const rounded = Number(n.toPrecision(15));
  return numberText(Math.abs(rounded) >= 1e15 ? rounded.toExponential() : rounded);
}

function toText(v: Scalar): string | CellError {
  if (typeof v === "string") return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isError(v)) return v;
  return formatNumber(v);
}

function toBoolean(v: Scalar): boolean | CellError {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  if (isError(v)) return v;
  const upper = v.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return err("#VALUE!", `"${v}" is not TRUE or FALSE`);
}

function finite(n: number): number | CellError {
  return Number.isFinite(n) ? n : err("#NUM!", "the result is not a finite number");
}

/** Excel's order: numbers < text < logicals; text without case; an empty cell as the other side's kind of zero. */
function compare(a: Scalar, b: Scalar): number | CellError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const blank = (other: Scalar): Scalar => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = a === null ? blank(b) : a;
  const y = b === null ? blank(a) : b;
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return Math.sign(rank(x) - rank(y));
  if (typeof x === "string" && typeof y === "string") {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const [p, q] = [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}

/**
 * `fn` applied cell by cell when an argument is an array, as Excel does for functions and operators that take
 * scalars: a 1×1 argument, and an argument of one row or one column, stretch to the others' size; a cell beyond an
 * argument's size is #N/A.
 */
function lift(args: readonly Value[], fn: (...xs: Scalar[]) => Value): Value {
  const grids = args.map((a) => (a instanceof Grid && !(a.height === 1 && a.width === 1) ? a : undefined));
  if (grids.every((g) => g === undefined)) return fn(...args.map(scalarOf));
  const height = Math.max(...args.map((a) => (a instanceof Grid ? a.height : 1)));
  const width = Math.max(...args.map((a) => (a instanceof Grid ? a.width : 1)));
  const at = (a: Value, r: number, c: number): Scalar => {
    if (!(a instanceof Grid)) return a;
    const row = a.height === 1 ? 0 : r;
    const column = a.width === 1 ? 0 : c;
    return row < a.height && column < a.width ? a.rows[row][column] : err("#N/A", "beyond the array's size");
  };
  const rows = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => scalarOf(fn(...args.map((a) => at(a, r, c))))),
  );
  return new Grid(rows);
}

function binary(operator: BinaryOperator, a: Scalar, b: Scalar): Scalar {
  // An error operand wins over a type mismatch on the other side ("a"+NA() is #N/A).
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (operator === "&") {
    const x = toText(a);
    if (isError(x)) return x;
    const y = toText(b);
    return isError(y) ? y : x + y;
  }
  if (COMPARISONS.includes(operator)) {
    const order = compare(a, b);
    if (isError(order)) return order;
    switch (operator) {
      case "=":
        return order === 0;
      case "<>":
        return order !== 0;
      case "<":
        return order < 0;
      case ">":
        return order > 0;
      case "<=":
        return order <= 0;
      default:
        return order >= 0;
    }
  }
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  switch (operator) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? err("#DIV/0!", "division by zero") : finite(x / y);
    default:
      return x === 0 && y === 0
        ? err("#NUM!", "0^0")
        : x === 0 && y < 0
          ? err("#DIV/0!", "0 to a negative power")
          : finite(x ** y);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Built-in functions

interface Context {
  evaluate(node: FormulaNode): Value;
}

type Builtin = (args: readonly FormulaNode[], context: Context) => Value;

/** A function of evaluated arguments, with its argument count checked. */
function eager(min: number, max: number, fn: (args: Value[]) => Value): Builtin {
  return (args, context) => {
    if (args.length < min || args.length > max) return err("#VALUE!", "wrong number of arguments");
    return fn(args.map((a) => (a.kind === "missing" ? null : context.evaluate(a))));
  };
}

/** A function of scalars, lifted over arrays, that returns the first error among its arguments. */
function scalarFunction(min: number, max: number, fn: (...xs: Scalar[]) => Scalar): Builtin {
  return eager(min, max, (args) =>
    lift(args, (...xs) => {
      const error = xs.find(isError);
      return error ?? fn(...xs);
    }),
  );
}

function numeric(min: number, max: number, fn: (...xs: number[]) => Scalar): Builtin {
  return scalarFunction(min, max, (...xs) => {
    const numbers: number[] = [];
    for (const x of xs) {
      const n = toNumber(x);
      if (isError(n)) return n;
      numbers.push(n);
    }
    const result = fn(...numbers);
    return typeof result === "number" ? finite(result) : result;
  });
}

/**
 * The numbers SUM, MIN and MAX take: in a range or array only the numbers (text, logicals and blanks skipped); an
 * argument written directly is read as a number (TRUE is 1, "3" is 3, other text #VALUE!). Errors propagate.
 */
function numbersOf(args: readonly Value[]): number[] | CellError {
  const numbers: number[] = [];
  for (const a of args) {
    if (a instanceof Grid) {
      for (const v of a.cells) {
        if (isError(v)) return v;
        if (typeof v === "number") numbers.push(v);
      }
    } else if (a !== null) {
      const n = toNumber(a);
      if (isError(n)) return n;
      numbers.push(n);
    }
  }
  return numbers;
}

function aggregate(fn: (numbers: number[]) => number): Builtin {
  return eager(1, 255, (args) => {
    const numbers = numbersOf(args);
    return isError(numbers) ? numbers : finite(fn(numbers));
  });
}

/** The logical values AND and OR take: in ranges, logicals and numbers only; none at all is #VALUE!. */
function logicalsOf(args: readonly Value[]): boolean[] | CellError {
  const values: boolean[] = [];
  for (const a of args) {
    for (const v of a instanceof Grid ? a.cells : [a]) {
      if (isError(v)) return v;
      if (typeof v === "boolean" || typeof v === "number") values.push(toBoolean(v) as boolean);
      else if (typeof v === "string" && !(a instanceof Grid)) {
        const b = toBoolean(v);
        if (isError(b)) return b;
        values.push(b);
      }
    }
  }
  return values.length > 0 ? values : err("#VALUE!", "no logical values");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern with Excel's wildcards: ? one character, * any run, ~ escapes the next one. */
function wildcard(pattern: string): string {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += escapeRegExp(ch);
  }
  return source;
}

const hasWildcard = (text: string) => /[*?~]/.test(text);

/** A COUNTIF criterion as a test of a cell: "=x", "<>", "", ">0", 5, "a*", as Excel reads them. */
function criterion(c: Scalar): ((v: Scalar) => boolean) | CellError {
  if (isError(c)) return c;
  if (c === null) return criterion(0); // an empty criterion cell counts as 0 (Excel's COUNTIFS documentation)
  if (typeof c !== "string")
    return (v) => v === c || (typeof c === "number" && typeof v === "string" && parseNumber(v) === c);
  const [, op, operand] = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c) as unknown as [string, string | undefined, string];
  const n = parseNumber(operand);
  const upper = operand.toUpperCase();
  let equal: (v: Scalar) => boolean;
  let order: ((v: Scalar) => number | undefined) | undefined;
  if (operand === "") {
    // "" counts blank cells and empty text; "=" only blank cells; "<>" every cell that is not blank.
    equal = op === undefined ? (v) => v === null || v === "" : (v) => v === null;
  } else if (n !== undefined) {
    // Numeric text in a cell counts as its number (Excel converts it, hence the long-numbers-match quirk).
    const number = (v: Scalar) => (typeof v === "number" ? v : typeof v === "string" ? parseNumber(v) : undefined);
    equal = (v) => number(v) === n;
    order = (v) => (typeof v === "number" ? v - n : undefined);
  } else if (upper === "TRUE" || upper === "FALSE") {
    const b = upper === "TRUE";
    equal = (v) => v === b;
    order = (v) => (typeof v === "boolean" ? Number(v) - Number(b) : undefined);
  } else {
    const pattern = new RegExp(`^${wildcard(operand)}$`, "i");
    equal = hasWildcard(operand)
      ? (v) => typeof v === "string" && pattern.test(v)
      : (v) => typeof v === "string" && v.toLowerCase() === operand.toLowerCase();
    order = (v) => (typeof v === "string" ? (compare(v, operand) as number) : undefined);
  }
  switch (op) {
    case undefined:
    case "=":
      return (v) => !isError(v) && equal(v);
    case "<>":
      return (v) => !isError(v) && !equal(v);
    default: {
      if (!order) return () => false;
      const test = order;
      return (v) => {
        if (isError(v)) return false;
        const d = test(v);
        if (d === undefined) return false;
        return op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
      };
    }
  }
}

const sameSize = (a: Grid, b: Grid) => a.height === b.height && a.width === b.width;

/** COUNTIFS and SUMIF over (range, criterion) pairs: the cell indices every criterion admits. */
function matching(pairs: [Value, Value][]): number[] | CellError | Grid {
  const ranges = pairs.map(([range]) => gridOf(range));
  if (ranges.some((r) => !sameSize(r, ranges[0]))) return err("#VALUE!", "the ranges differ in size");
  const tests: ((v: Scalar) => boolean)[] = [];
  for (const [, c] of pairs) {
    const test = criterion(scalarOf(c));
    if (isError(test)) return test;
    tests.push(test);
  }
  const cells = ranges.map((r) => r.cells);
  return cells[0].map((_, i) => i).filter((i) => tests.every((test, k) => test(cells[k][i])));
}

function countIfs(args: Value[]): Value {
  if (args.length % 2 !== 0) return err("#VALUE!", "COUNTIFS takes ranges and criteria in pairs");
  const pairs: [Value, Value][] = [];
  for (let i = 0; i < args.length; i += 2) pairs.push([args[i], args[i + 1]]);
  // A criterion given as an array counts once per criterion (COUNTIF(range,{"a","b"})).
  const criteria = pairs.map(([, c]) => c);
  return lift(criteria, (...cs) => {
    const found = matching(pairs.map(([range], k) => [range, cs[k]]));
    return Array.isArray(found) ? found.length : found;
  });
}

function search(findText: Scalar, within: Scalar, start: Scalar, caseSensitive: boolean): Scalar {
  const what = toText(findText);
  if (isError(what)) return what;
  const text = toText(within);
  if (isError(text)) return text;
  const from = start === null ? 1 : toNumber(start);
  if (isError(from)) return from;
  const first = Math.trunc(from);
  if (first < 1 || first > text.length + (what === "" ? 1 : 0)) return err("#VALUE!", "start is outside the text");
  if (what === "") return first;
  let index: number;
  if (caseSensitive) index = text.indexOf(what, first - 1);
  else {
    const pattern = new RegExp(wildcard(what), "ig");
    pattern.lastIndex = first - 1;
    index = pattern.exec(text)?.index ?? -1;
  }
  return index < 0 ? err("#VALUE!", `"${what}" is not found`) : index + 1;
}

/** The cells of a vector (one row or one column), or undefined for a 2-D grid. */
function vectorOf(v: Value): Scalar[] | undefined {
  const g = gridOf(v);
  return g.height === 1 || g.width === 1 ? g.cells : undefined;
}

function sameKind(a: Scalar, b: Scalar): boolean {
  return typeof a === typeof b && !isError(a) && a !== null;
}

/** Approximate match as LOOKUP and MATCH(…,1) do: the last cell of the lookup value's kind not above it. */
function approximate(value: Scalar, cells: readonly Scalar[], descending = false): number {
  let found = -1;
  cells.forEach((cell, i) => {
    if (!sameKind(cell, value)) return;
    const order = compare(cell, value) as number;
    if (descending ? order >= 0 : order <= 0) found = i;
  });
  return found;
}

function exactMatch(value: Scalar, cells: readonly Scalar[]): number {
  if (typeof value === "string" && hasWildcard(value)) {
    const pattern = new RegExp(`^${wildcard(value)}$`, "i");
    return cells.findIndex((c) => typeof c === "string" && pattern.test(c));
  }
  return cells.findIndex((c) => sameKind(c, value) && compare(c, value) === 0);
}

function index(args: Value[]): Value {
  const g = gridOf(args[0]);
  const position = (v: Value | undefined): number | CellError => {
    if (v === undefined || v === null) return 0;
    const n = toNumber(scalarOf(v));
    return isError(n) ? n : Math.trunc(n);
  };
  let row = position(args[1]);
  let column = position(args[2]);
  if (isError(row)) return row;
  if (isError(column)) return column;
  // One index into a single row counts along it.
  if (args.length < 3 && g.height === 1 && g.width > 1) [row, column] = [1, row];
  if (row < 0 || column < 0 || row > g.height || column > g.width)
    return err("#REF!", "the index is outside the range");
  const rows = row === 0 ? g.rows : [g.rows[row - 1]];
  return new Grid(
    rows.map((r) => (column === 0 ? r : [r[column - 1]])),
    g.reference,
  );
}

function filter(args: readonly FormulaNode[], context: Context): Value {
  if (args.length < 2 || args.length > 3) return err("#VALUE!", "FILTER takes 2 or 3 arguments");
  const array = context.evaluate(args[0]);
  const include = context.evaluate(args[1]);
  if (isError(array)) return array;
  const g = gridOf(array);
  const keep = gridOf(include);
  const byRow = keep.width === 1 && keep.height === g.height;
  if (!byRow && !(keep.height === 1 && keep.width === g.width)) return err("#VALUE!", "the include array's size");
  const flags: boolean[] = [];
  for (const v of keep.cells) {
    const b = toBoolean(v);
    if (isError(b)) return b;
    flags.push(b);
  }
  const rows = byRow ? g.rows.filter((_, r) => flags[r]) : g.rows.map((row) => row.filter((_, c) => flags[c]));
  if (rows.length === 0 || rows[0].length === 0) {
    return args.length === 3 && args[2].kind !== "missing"
      ? context.evaluate(args[2])
      : err("#CALC!", "nothing to filter");
  }
  return new Grid(rows);
}

/** IF, IFERROR and IFNA, cell by cell over an array, evaluating only the branches some cell takes. */
function choice(
  args: readonly FormulaNode[],
  context: Context,
  branch: (first: Scalar) => 0 | 1 | 2 | CellError,
  defaults: [Scalar, Scalar],
): Value {
  const first = context.evaluate(args[0]);
  const branches: (Value | undefined)[] = [undefined, undefined];
  const take = (k: 0 | 1): Value => {
    if (branches[k] === undefined) {
      const node = args[k + 1];
      branches[k] = node === undefined ? defaults[k] : node.kind === "missing" ? 0 : context.evaluate(node);
    }
    return branches[k];
  };
  const pick = (v: Scalar, r: number, c: number, grid: boolean): Value => {
    const b = branch(v);
    if (isError(b)) return b;
    if (b === 2) return v;
    const taken = take(b);
    return grid ? elementAt(taken, r, c) : taken;
  };
  if (!(first instanceof Grid) || (first.height === 1 && first.width === 1)) return pick(scalarOf(first), 0, 0, false);
  const rows = first.rows.map((row, r) => row.map((v, c) => scalarOf(pick(v, r, c, true))));
  return new Grid(rows);
}

function elementAt(v: Value, r: number, c: number): Scalar {
  if (!(v instanceof Grid)) return v;
  const row = v.height === 1 ? 0 : r;
  const column = v.width === 1 ? 0 : c;
  return row < v.height && column < v.width ? v.rows[row][column] : err("#N/A", "beyond the array's size");
}

const BUILTINS: Readonly<Record<string, Builtin>> = {
  IF: (args, context) => {
    if (args.length < 2 || args.length > 3) return err("#VALUE!", "IF takes 2 or 3 arguments");
    return choice(
      args,
      context,
      (v) => {
        const b = toBoolean(v);
        return isError(b) ? b : b ? 0 : 1;
      },
      [0, false],
    );
  },
  IFERROR: (args, context) =>
    args.length !== 2
      ? err("#VALUE!", "IFERROR takes 2 arguments")
      : choice(args, context, (v) => (isError(v) ? 0 : 2), [0, 0]),
  IFNA: (args, context) =>
    args.length !== 2
      ? err("#VALUE!", "IFNA takes 2 arguments")
      : choice(args, context, (v) => (isError(v) && v.code === "#N/A" ? 0 : 2), [0, 0]),
  AND: eager(1, 255, (args) => {
    const values = logicalsOf(args);
    return isError(values) ? values : values.every(Boolean);
  }),
  OR: eager(1, 255, (args) => {
    const values = logicalsOf(args);
    return isError(values) ? values : values.some(Boolean);
  }),
  NOT: scalarFunction(1, 1, (x) => {
    const b = toBoolean(x);
    return isError(b) ? b : !b;
  }),
  ISNUMBER: eager(1, 1, (args) => lift(args, (x) => typeof x === "number")),
  ISTEXT: eager(1, 1, (args) => lift(args, (x) => typeof x === "string")),
  ISLOGICAL: eager(1, 1, (args) => lift(args, (x) => typeof x === "boolean")),
  ISBLANK: eager(1, 1, (args) => lift(args, (x) => x === null)),
  ISERROR: eager(1, 1, (args) => lift(args, (x) => isError(x))),
  ISNA: eager(1, 1, (args) => lift(args, (x) => isError(x) && x.code === "#N/A")),
  NA: eager(0, 0, () => err("#N/A")),
  TRUE: eager(0, 0, () => true),
  FALSE: eager(0, 0, () => false),
  SUM: aggregate((xs) => xs.reduce((s, x) => s + x, 0)),
  MIN: aggregate((xs) => (xs.length === 0 ? 0 : Math.min(...xs))),
  MAX: aggregate((xs) => (xs.length === 0 ? 0 : Math.max(...xs))),
  SUMPRODUCT: eager(1, 255, (args) => {
    const grids = args.map(gridOf);
    if (grids.some((g) => !sameSize(g, grids[0]))) return err("#VALUE!", "the arrays differ in size");
    const cells = grids.map((g) => g.cells);
    let sum = 0;
    for (let i = 0; i < cells[0].length; i++) {
      let product = 1;
      for (const array of cells) {
        const v = array[i];
        if (isError(v)) return v;
        product *= typeof v === "number" ? v : 0; // text, logicals and blanks count as 0
      }
      sum += product;
    }
    return finite(sum);
  }),
  COUNT: eager(1, 255, (args) => {
    let count = 0;
    for (const a of args) {
      if (a instanceof Grid) count += a.cells.filter((v) => typeof v === "number").length;
      else if (a !== null && !isError(toNumber(a))) count++;
    }
    return count;
  }),
  COUNTA: eager(1, 255, (args) => {
    let count = 0;
    for (const a of args) count += a instanceof Grid ? a.cells.filter((v) => v !== null).length : a === null ? 0 : 1;
    return count;
  }),
  COUNTBLANK: eager(1, 1, ([a]) => gridOf(a).cells.filter((v) => v === null || v === "").length),
  COUNTIF: eager(2, 2, countIfs),
  COUNTIFS: eager(2, 254, countIfs),
  SUMIF: eager(2, 3, ([range, c, sumRange]) =>
    lift([c], (cc) => {
      const found = matching([[range, cc]]);
      if (!Array.isArray(found)) return found;
      const values = gridOf(sumRange === undefined || sumRange === null ? range : sumRange);
      if (!sameSize(values, gridOf(range))) return err("#VALUE!", "the sum range differs in size from the range");
      const cells = values.cells;
      let sum = 0;
      for (const i of found) {
        const v = cells[i];
        if (isError(v)) return v;
        if (typeof v === "number") sum += v;
      }
      return sum;
    }),
  ),
  ABS: numeric(1, 1, Math.abs),
  SQRT: numeric(1, 1, (x) => (x < 0 ? err("#NUM!", "square root of a negative number") : Math.sqrt(x))),
  EXP: numeric(1, 1, Math.exp),
  LN: numeric(1, 1, (x) => (x <= 0 ? err("#NUM!", "logarithm of a number not above 0") : Math.log(x))),
  ROUND: numeric(2, 2, (x, digits) => {
    // Half away from zero on the decimal digits shown (2.675 → 2.68), as Excel does, not on the binary value.
    const d = Math.trunc(digits);
    const scaled = d >= 0 ? Math.abs(x) * 10 ** d : Math.abs(x) / 10 ** -d;
    const rounded = Math.round(Number(scaled.toPrecision(15)));
    return Math.sign(x) * (d >= 0 ? rounded / 10 ** d : rounded * 10 ** -d);
  }),
  INDEX: eager(2, 3, index),
  MATCH: eager(2, 3, ([value, array, type]) =>
    lift([value, type ?? 1], (v, t) => {
      if (isError(v)) return v;
      const cells = vectorOf(array);
      if (!cells) return err("#N/A", "MATCH looks in one row or column");
      const kind = toNumber(t);
      if (isError(kind)) return kind;
      const i = kind === 0 ? exactMatch(v, cells) : approximate(v, cells, kind < 0);
      return i < 0 ? err("#N/A", "no match") : i + 1;
    }),
  ),
  LOOKUP: eager(2, 3, ([value, lookup, result]) =>
    lift([value], (v) => {
      if (isError(v)) return v;
      let keys = vectorOf(lookup);
      let values = result === undefined ? keys : vectorOf(result);
      if (!keys) {
        // The array form: the first row (or column) of a wide (or tall) array, answered from the last one.
        const g = gridOf(lookup);
        const wide = g.width > g.height;
        keys = wide ? [...g.rows[0]] : g.rows.map((r) => r[0]);
        values = wide ? [...g.rows[g.height - 1]] : g.rows.map((r) => r[g.width - 1]);
      }
      if (!values) return err("#N/A", "LOOKUP answers from one row or column");
      // Errors in the lookup vector are passed over: LOOKUP(2,1/(A1:A9<>""),A1:A9) finds the last filled cell.
      const i = approximate(v, keys);
      return i < 0 || i >= values.length ? err("#N/A", "no match") : values[i];
    }),
  ),
  ROWS: eager(1, 1, ([a]) => (isError(a) ? a : gridOf(a).height)),
  COLUMNS: eager(1, 1, ([a]) => (isError(a) ? a : gridOf(a).width)),
  LEN: scalarFunction(1, 1, (x) => {
    const text = toText(x);
    return isError(text) ? text : text.length;
  }),
  SEARCH: eager(2, 3, (args) => lift(args, (f, w, s) => search(f, w, s ?? null, false))),
  FIND: eager(2, 3, (args) => lift(args, (f, w, s) => search(f, w, s ?? null, true))),
  CONCAT: eager(1, 255, (args) => {
    let text = "";
    for (const a of args) {
      for (const v of a instanceof Grid ? a.cells : [a]) {
        const t = toText(v);
        if (isError(t)) return t;
        text += t;
      }
    }
    return text;
  }),
  CONCATENATE: scalarFunction(1, 255, (...xs) => xs.map((x) => toText(x) as string).join("")),
  FILTER: filter,
  TRANSPOSE: eager(1, 1, ([a]) => {
    if (!(a instanceof Grid)) return a;
    return new Grid(Array.from({ length: a.width }, (_, c) => a.rows.map((row) => row[c])));
  }),
  MMULT: eager(2, 2, ([a, b]) => {
    const [x, y] = [gridOf(a), gridOf(b)];
    for (const v of [...x.cells, ...y.cells]) {
      if (isError(v)) return v;
      if (typeof v !== "number") return err("#VALUE!", "MMULT multiplies numbers only");
    }
    if (x.width !== y.height) return err("#VALUE!", "the arrays' sizes do not fit");
    return new Grid(
      x.rows.map((row) =>
        Array.from({ length: y.width }, (_, c) =>
          row.reduce((s: number, v, k) => s + (v as number) * (y.rows[k][c] as number), 0),
        ),
      ),
    );
  }),
};

// ---------------------------------------------------------------------------------------------------------------
// Custom functions

function customError(thrown: unknown): CellError {
  const e = thrown as { code?: unknown; message?: unknown } | null;
  const code = e && typeof e === "object" && typeof e.code === "string" ? e.code : undefined;
  const message = e && typeof e === "object" && typeof e.message === "string" ? e.message : undefined;
  return err(ERROR_CODES.find((c) => c === code) ?? "#VALUE!", message);
}

function fromCustom(result: unknown): Value {
  const scalar = (v: unknown): Scalar => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number") return finite(v);
    if (typeof v === "string" || typeof v === "boolean") return v;
    return customError(v);
  };
  if (!Array.isArray(result)) return scalar(result);
  const rows = (result as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
  if (rows.length === 0 || rows[0].length === 0 || rows.some((r) => r.length !== rows[0].length))
    return err("#VALUE!", "the function returned a ragged array");
  if (rows.length === 1 && rows[0].length === 1) return scalar(rows[0][0]);
  return new Grid(rows.map((r) => r.map(scalar)));
}

function callCustom(entry: CustomFunctionEntry, args: readonly FormulaNode[], context: Context): Value {
  const values = args.map((a) => (a.kind === "missing" ? null : context.evaluate(a)));
  // An error in any argument, a range's cells included, is the result, as Excel does before calling the function.
  for (const v of values) {
    const error = (v instanceof Grid ? v.cells : [v]).find(isError);
    if (error) return error;
  }
  const asArray = (g: Grid) => g.rows.map((row) => row.map((v) => v ?? ""));
  const excelArgs = values.map((v, i) => {
    const matrix = entry.matrix?.[i];
    if (matrix === true) return asArray(gridOf(v));
    if (v instanceof Grid && (v.height !== 1 || v.width !== 1 || (matrix === undefined && !v.reference)))
      return asArray(v);
    return scalarOf(v);
  });
  try {
    return fromCustom(entry.fn(...excelArgs));
  } catch (thrown) {
    return customError(thrown);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sheets

/** A formula cell's result: a scalar, or an array that spills from it. */
type Result = Scalar | Grid;

/** A cell's key in maps: row and column in one number. */
const keyOf = (row: number, column: number) => row * MAX_COLUMNS + column;

/**
 * Evaluates one plan with a given map of which anchor's spill covers which empty cell; `spills` records what each
 * anchor actually spilled over, so a second pass can use it when it differs from the plan's `spill` sizes.
 */
class SheetEvaluator implements Context {
  private readonly results = new Map<number, Result>();
  private readonly stack: number[] = [];
  private readonly active = new Set<number>();
  readonly spills = new Map<number, CellRange>();
  private readonly claimed = new Map<number, number>();

  constructor(
    private readonly cells: ReadonlyMap<number, { row: number; column: number; formula?: FormulaNode; value?: Scalar }>,
    private readonly owners: ReadonlyMap<number, number>,
    private readonly sheetName: string | undefined,
    private readonly options: EvaluationOptions,
  ) {}

  /** The value of a cell as a formula reading it sees: null when empty. */
  cellValue(row: number, column: number): Scalar {
    const key = keyOf(row, column);
    const cell = this.cells.get(key);
    if (cell) {
      if (!cell.formula) return cell.value ?? null;
      const result = this.result(key);
      return result instanceof Grid ? result.rows[0][0] : result;
    }
    const owner = this.owners.get(key);
    if (owner === undefined) return null;
    const result = this.result(owner);
    const spill = this.spills.get(owner);
    const anchor = this.cells.get(owner) as { row: number; column: number };
    if (!(result instanceof Grid) || !spill || !inside(spill, row, column)) return null;
    return result.rows[row - anchor.row][column - anchor.column];
  }

  /** The result of the formula at `key`, evaluated once. */
  result(key: number): Result {
    const done = this.results.get(key);
    if (done !== undefined) return done;
    const cell = this.cells.get(key) as { row: number; column: number; formula: FormulaNode };
    if (this.active.has(key)) {
      const cycle = [...this.stack.slice(this.stack.indexOf(key)), key].map((k) => {
        const c = this.cells.get(k) as { row: number; column: number };
        return cellAddress(c.row, c.column);
      });
      throw new Error(`circular reference: ${cycle.join(" → ")}`);
    }
    this.active.add(key);
    this.stack.push(key);
    let value: Value;
    try {
      value = this.evaluate(cell.formula);
    } finally {
      this.stack.pop();
      this.active.delete(key);
    }
    const result = this.place(cell, value);
    this.results.set(key, result);
    return result;
  }

  /** A formula's value as its cell shows it: an empty cell's null as 0; an array spilled if it has room. */
  private place(cell: { row: number; column: number }, value: Value): Result {
    const zero = (v: Scalar): Scalar => (v === null ? 0 : v);
    if (!(value instanceof Grid)) return zero(value);
    if (value.height === 1 && value.width === 1) return zero(value.rows[0][0]);
    const area = { row: cell.row, column: cell.column, rows: value.height, columns: value.width };
    const anchor = keyOf(cell.row, cell.column);
    if (area.row + area.rows > MAX_ROWS || area.column + area.columns > MAX_COLUMNS)
      return err("#SPILL!", "the array runs off the sheet");
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.column; c < area.column + area.columns; c++) {
        const key = keyOf(r, c);
        if (key === anchor) continue;
        if (this.cells.has(key)) return err("#SPILL!", `${cellAddress(r, c)} is in the way of the spill`);
        const other = this.claimed.get(key);
        if (other !== undefined && other !== anchor) return err("#SPILL!", `another spill covers ${cellAddress(r, c)}`);
      }
    }
    for (let r = area.row; r < area.row + area.rows; r++)
      for (let c = area.column; c < area.column + area.columns; c++) this.claimed.set(keyOf(r, c), anchor);
    this.spills.set(anchor, area);
    return new Grid(value.rows.map((row) => row.map(zero)));
  }

  evaluate(node: FormulaNode): Value {
    switch (node.kind) {
      case "number":
      case "string":
      case "boolean":
        return node.value;
      case "error":
        return err(node.code);
      case "missing":
        return null;
      case "name":
        return err("#NAME?", `unknown name ${node.name}`);
      case "reference": {
        if (node.sheet !== undefined && node.sheet.toUpperCase() !== this.sheetName?.toUpperCase())
          return err("#REF!", `another sheet: ${node.text}`);
        const { row, column, rows, columns } = node.range;
        return new Grid(
          Array.from({ length: rows }, (_, r) =>
            Array.from({ length: columns }, (_, c) => this.cellValue(row + r, column + c)),
          ),
          true,
        );
      }
      case "group":
        return this.evaluate(node.inner);
      case "unary":
        return lift([this.evaluate(node.operand)], (x) => {
          if (node.operator === "+") return x;
          const n = toNumber(x);
          return isError(n) ? n : -n;
        });
      case "percent":
        return lift([this.evaluate(node.operand)], (x) => {
          const n = toNumber(x);
          return isError(n) ? n : n / 100;
        });
      case "binary":
        return lift([this.evaluate(node.left), this.evaluate(node.right)], (a, b) => binary(node.operator, a, b));
      case "array":
        return new Grid(node.rows.map((row) => row.map((element) => scalarOf(this.evaluate(element)))));
      case "call": {
        const name = functionName(node.name);
        const builtin = BUILTINS[name];
        if (builtin) return builtin(node.args, this);
        const custom = this.options.functions?.(name);
        if (!custom) return err("#NAME?", `unknown function ${node.name}`);
        return callCustom(typeof custom === "function" ? { fn: custom } : custom, node.args, this);
      }
    }
  }
}

function inside(range: CellRange, row: number, column: number): boolean {
  return (
    row >= range.row && row < range.row + range.rows && column >= range.column && column < range.column + range.columns
  );
}

function ownersOf(spills: Iterable<[number, CellRange]>): Map<number, number> {
  const owners = new Map<number, number>();
  for (const [anchor, area] of spills)
    for (let r = area.row; r < area.row + area.rows; r++)
      for (let c = area.column; c < area.column + area.columns; c++) {
        const key = keyOf(r, c);
        if (key !== anchor && !owners.has(key)) owners.set(key, anchor);
      }
  return owners;
}

const sameSpills = (a: ReadonlyMap<number, CellRange>, b: ReadonlyMap<number, CellRange>) =>
  a.size === b.size &&
  [...a].every(([k, r]) => {
    const s = b.get(k);
    return s !== undefined && s.rows === r.rows && s.columns === r.columns;
  });

/**
 * The value of every formula cell of `plan`, and of every cell a formula spills over, keyed by A1 address ("B7").
 * A formula's empty result shows as 0, as in Excel. A string constant is text and a number a number, as the plan
 * types them. References to another sheet than `plan.sheetName` are #REF!. Throws on a formula that does not
 * parse and on a circular reference (naming its cells): both are mistakes in the plan, not values of a sheet.
 */
export function evaluatePlan(
  plan: Pick<SheetPlan, "cells"> & Partial<Pick<SheetPlan, "sheetName">>,
  options: EvaluationOptions = {},
): Map<string, CellValue> {
  const cells = new Map<number, { row: number; column: number; formula?: FormulaNode; value?: Scalar }>();
  const declared = new Map<number, CellRange>();
  for (const cell of plan.cells) {
    const key = keyOf(cell.row, cell.column);
    if (cell.formula !== undefined) {
      let formula: FormulaNode;
      try {
        formula = parseFormula(cell.formula);
      } catch (e) {
        throw new SyntaxError(`${cellAddress(cell.row, cell.column)}: ${(e as Error).message}`, { cause: e });
      }
      cells.set(key, { row: cell.row, column: cell.column, formula });
      if (cell.spill) declared.set(key, { row: cell.row, column: cell.column, ...cell.spill });
    } else if (cell.value !== undefined && cell.value !== "") {
      cells.set(key, { row: cell.row, column: cell.column, value: cell.value });
    }
  }
  // Which empty cell a spill covers is known only once its formula is computed; the plan's spill sizes say it
  // beforehand, and if the arrays turn out otherwise the sheet is computed again with the sizes they had.
  let spills: ReadonlyMap<number, CellRange> = declared;
  let sheet: SheetEvaluator;
  for (let pass = 0; ; pass++) {
    sheet = new SheetEvaluator(cells, ownersOf(spills), plan.sheetName, options);
    for (const [key, cell] of cells) if (cell.formula) sheet.result(key);
    if (sameSpills(sheet.spills, spills) || pass === 3) break;
    spills = sheet.spills;
  }
  const values = new Map<string, CellValue>();
  for (const [key, cell] of cells) {
    if (!cell.formula) continue;
    const result = sheet.result(key);
    if (!(result instanceof Grid)) {
      values.set(cellAddress(cell.row, cell.column), result);
      continue;
    }
    result.rows.forEach((row, r) =>
      row.forEach((v, c) => values.set(`${columnName(cell.column + c)}${cell.row + r + 1}`, v)),
    );
  }
  return values;
}
