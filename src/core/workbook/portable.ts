/**
 * A live sheet made portable, formula by formula: each =MINE.* call with a native form (native.ts) becomes that
 * form inside whatever formula holds it, as the templates write it or as Excel saves it (`_xldudf_MINE_…`); a
 * formula with a call that has none is written as the engine's value, noted with the formula that computed it.
 * Pure: the values come from whoever computed the live sheet (the tools' engine, or Excel).
 */
import { Bilingual, Language, pick } from "../text";
import {
  CallNode,
  CellError,
  CellValue,
  FormulaNode,
  functionName,
  mapCalls,
  parseFormula,
  printFormula,
} from "./evaluate";
import { liveCall, nativeCall } from "./native";
import { PlannedCell, SheetPlan, cellAddress, footprintOf, rangeAddress } from "./sheetPlan";

const text = (node: FormulaNode) => printFormula(node).slice(1);

/**
 * The native form of one MINE call, or undefined. A call whose range arguments are all FILTER(range, condition)
 * with one condition is the form the templates write (MineCall.where): it is read back as that.
 */
function nativeOf(call: CallNode): FormulaNode | undefined {
  const id = functionName(call.name).slice("MINE.".length);
  const args = call.args.map(text);
  const filters = call.args.map((arg) =>
    arg.kind === "call" && functionName(arg.name) === "FILTER" && arg.args.length === 2 ? arg.args : undefined,
  );
  const conditions = new Set(filters.flatMap((f) => (f ? [text(f[1])] : [])));
  let native: string | undefined;
  if (conditions.size === 1) {
    const [where] = conditions;
    const unwrapped = filters.map((f, i) => (f ? text(f[0]) : args[i]));
    // only where the call is exactly what liveCall writes for that condition (every range filtered alike)
    const plain = (formula: string) => formula.replace(/_xlfn\.|_xlws\./gi, "");
    if (plain(liveCall({ id, args: unwrapped, where })) === plain(`MINE.${id}(${args.join(",")})`)) {
      native = nativeCall({ id, args: unwrapped, where });
    }
  } else if (conditions.size === 0) native = nativeCall({ id, args });
  return native === undefined ? undefined : parseFormula(`=${native}`);
}

const isMine = (call: CallNode) => functionName(call.name).startsWith("MINE.");

/** The formula with every MINE call made native (as it is without one), or undefined where one has no native form. */
export function portableFormula(formula: string): string | undefined {
  const cell = portableCell(formula);
  return cell.kind === "value" ? undefined : cell.kind === "native" ? cell.formula : formula;
}

/** The note on a cell a portable sheet or copy holds as a value: which formula computed it. */
export const VALUE_NOTE: Bilingual = {
  zh: "便携：此格原为下列公式，无原生写法，保存为 MINE 加载项计算的值；输入改动后不会重算。",
  en: "Portable: this cell held the formula below, which has no native form; saved as the value the MINE add-in computed. It does not follow changes to its inputs.",
};

/**
 * The note on a cell held as a value: {@link VALUE_NOTE} in `language` (without one: both, Chinese first), then the
 * formula that computed the value.
 */
export function valueNote(formula: string, language?: Language): string {
  const why = language ? pick(VALUE_NOTE, language) : `${VALUE_NOTE.zh}\n${VALUE_NOTE.en}`;
  return `${why}\n${formula}`;
}

/**
 * What a portable sheet or copy holds for a live formula ("=…"), the one rule both follow: the formula as it is where
 * it calls no =MINE.* function; the native formula ("=…") where every MINE call in it has a native form; else the
 * engine's value (over the formula's whole spill), noted with the formula ({@link valueNote}). Throws a SyntaxError
 * for text that is not a formula.
 */
export type PortableCell =
  { readonly kind: "kept" } | { readonly kind: "native"; readonly formula: string } | { readonly kind: "value" };

export function portableCell(formula: string): PortableCell {
  // one pass over the parsed formula: whether it calls MINE at all, and each call's native form
  let callsMine = false;
  let complete = true;
  const converted = mapCalls(parseFormula(formula), (call) => {
    if (!isMine(call)) return call;
    callsMine = true;
    const native = nativeOf(call);
    if (!native) complete = false;
    return native ? { kind: "group", inner: native } : call;
  });
  if (!callsMine) return { kind: "kept" };
  return complete ? { kind: "native", formula: printFormula(converted) } : { kind: "value" };
}

/** The heading of a portable sheet's list of the cells it holds as values, below everything else on the sheet. */
export const VALUES_HEADING: Bilingual = {
  zh: "便携：下列单元格原为 =MINE.* 公式，无原生写法，保存为 MINE 加载项写表时算出的值；输入改动后不会重算，需用加载项重新写表。",
  en: "Portable: the cells below held =MINE.* formulas with no native form, saved as the values the MINE add-in computed when it wrote the sheet. They do not follow changes to their inputs; write the sheet again with the add-in.",
};

/**
 * A live plan made portable cell by cell ({@link portableCell}): each formula whose MINE calls all have native forms
 * becomes that native formula; any other calling MINE becomes the engine's value (`engine`: the live plan computed
 * with =MINE.*), over its whole spill. Below everything on the sheet (its charts included), a note lists each range
 * written as values with the formula that computed it, so the sheet says how its numbers came about without the
 * add-in. Returns the plan and the cells written as values, with the formula each held (for a note on each cell,
 * where the writer can add one).
 */
export function portablePlan(
  live: SheetPlan,
  engine: ReadonlyMap<string, CellValue>,
  language: Language,
): {
  plan: SheetPlan;
  ranges: { readonly range: string; readonly formula: string }[];
  values: { readonly cell: string; readonly formula: string }[];
} {
  const values: { cell: string; formula: string }[] = [];
  const ranges: { range: string; formula: string }[] = [];
  const cells: PlannedCell[] = [];
  const asValue = (value: CellValue | undefined): string | number =>
    value instanceof CellError ? value.code : typeof value === "boolean" ? String(value).toUpperCase() : (value ?? "");
  for (const cell of live.cells) {
    if (cell.formula === undefined) {
      cells.push(cell);
      continue;
    }
    const portable = portableCell(cell.formula);
    if (portable.kind !== "value") {
      cells.push(portable.kind === "native" ? { ...cell, formula: portable.formula } : cell);
      continue;
    }
    const area = footprintOf(cell);
    ranges.push({ range: rangeAddress(area), formula: cell.formula });
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.columns; c++) {
        const address = cellAddress(area.row + r, area.column + c);
        const { role, numberFormat } = cell;
        cells.push({
          row: area.row + r,
          column: area.column + c,
          role,
          value: asValue(engine.get(address)),
          ...(numberFormat ? { numberFormat } : {}),
        });
        values.push({ cell: address, formula: cell.formula });
      }
    }
  }
  if (ranges.length === 0) return { plan: { ...live, cells }, ranges, values };
  const below = Math.max(
    live.extent.row + live.extent.rows,
    ...live.charts.map((chart) => chart.placement.row + chart.placement.rows),
  );
  const noteRow = below + 1;
  cells.push({ row: noteRow, column: 0, role: "heading", value: pick(VALUES_HEADING, language) });
  ranges.forEach(({ range, formula }, i) =>
    cells.push({ row: noteRow + 1 + i, column: 0, role: "note", value: `${range}：${formula}` }),
  );
  const extent = { ...live.extent, rows: noteRow + 1 + ranges.length - live.extent.row };
  return { plan: { ...live, cells, extent }, ranges, values };
}
