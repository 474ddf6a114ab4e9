/**
 * `npm run portable -- book.xlsx [--out copy.xlsx] [--force]`: a portable copy of a workbook holding =MINE.*
 * formulas (as the add-in writes them, or as Excel saves them: `_xldudf_MINE_…`), for a recipient without the
 * add-in (Excel 2016/2019, WPS 表格, LibreOffice). The original is never written to.
 *
 * Each MINE call with a native form (src/core/workbook/native.ts) becomes that native formula, inside whatever
 * formula holds it; a formula calling a MINE function without one (an AHP eigenvector, a lookup in the national
 * tables) becomes its value, with a note on the cell saying which formula computed it. Every changed cell is saved
 * with the engine's value: the one the file holds for it (Excel computed it with the add-in), else the one the
 * engine computes from the sheet. Other formulas are left as they are, saved with the engine's value where the file
 * holds none.
 */
import ExcelJS from "exceljs";
import { existsSync } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import { parseArgs } from "node:util";
import { CellError, CellValue, evaluatePlan } from "../core/workbook/evaluate";
import { PlannedCell } from "../core/workbook/sheetPlan";
import { mineFunctions } from "./engine";
import { VALUE_NOTE, callsMine, portableFormula } from "../core/workbook/portable";
import { savedResult } from "./review-xlsx";
import { isSameFile } from "./review-paths";
import { savedFormula } from "./xlsx-formulas";
import { runMain } from "./cli";

/** What became of one sheet's MINE formulas. */
export interface SheetConversion {
  readonly sheet: string;
  /** Cells whose MINE calls all became native formulas. */
  readonly native: readonly string[];
  /** Cells written as their value (a MINE function without a native form), with the formula that computed it. */
  readonly values: readonly { readonly cell: string; readonly formula: string }[];
  /** Formula cells whose value neither the file held nor the engine could compute (a reference to another sheet). */
  readonly unvalued: readonly string[];
}

/** A formula cell's saved result, in the evaluator's terms (undefined: the file holds none). */
function heldValue(cell: ExcelJS.Cell): CellValue | undefined {
  const result = (cell as unknown as { result?: unknown }).result;
  if (result === undefined) return undefined;
  if (result && typeof result === "object" && "error" in result) {
    return new CellError((result as { error: string }).error as CellError["code"]);
  }
  return result as CellValue;
}

/** The sheet's cells as a plan the evaluator computes: constants and formulas, "=" first. */
function cellsOf(worksheet: ExcelJS.Worksheet): PlannedCell[] {
  const cells: PlannedCell[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const at = { row: rowNumber - 1, column: colNumber - 1 };
      if (cell.formula) cells.push({ ...at, role: "formula", formula: `=${cell.formula}` });
      else if (typeof cell.value === "number" || typeof cell.value === "string") {
        cells.push({ ...at, role: "input", value: cell.value });
      } else if (typeof cell.value === "boolean") cells.push({ ...at, role: "input", value: String(cell.value) });
    });
  });
  return cells;
}

/** Converts every sheet of `workbook` in place; what became of each sheet's MINE formulas. */
export async function convertWorkbook(workbook: ExcelJS.Workbook): Promise<SheetConversion[]> {
  const functions = await mineFunctions();
  const conversions: SheetConversion[] = [];
  for (const worksheet of workbook.worksheets) {
    const formulaCells: ExcelJS.Cell[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.formula) formulaCells.push(cell);
      }),
    );
    const mineCells = formulaCells.filter((cell) => callsMine(`=${cell.formula}`));
    if (mineCells.length === 0) continue;
    let computed: Map<string, CellValue> | undefined;
    const engineValue = (cell: ExcelJS.Cell): CellValue | undefined => {
      const held = heldValue(cell);
      if (held !== undefined) return held;
      computed ??= evaluatePlan({ sheetName: worksheet.name, cells: cellsOf(worksheet) }, { functions });
      const value = computed.get(cell.address);
      return value instanceof CellError && value.code === "#REF!" ? undefined : value;
    };
    const native: string[] = [];
    const values: { cell: string; formula: string }[] = [];
    const unvalued: string[] = [];
    // a native formula the file holds no result for gets the engine's, so the copy shows it before recalculating
    for (const cell of formulaCells) {
      if (mineCells.includes(cell) || heldValue(cell) !== undefined) continue;
      const value = engineValue(cell);
      if (value === undefined) unvalued.push(cell.address);
      else cell.value = { formula: cell.formula, result: savedResult(value) };
    }
    for (const cell of mineCells) {
      const original = `=${cell.formula}`;
      const value = engineValue(cell);
      const portable = portableFormula(original);
      if (value === undefined) unvalued.push(cell.address);
      if (portable !== undefined) {
        const formula = savedFormula(portable);
        cell.value = value === undefined ? { formula } : { formula, result: savedResult(value) };
        native.push(cell.address);
      } else {
        cell.value = value === undefined || value instanceof CellError ? (value?.code ?? "") : value;
        cell.note = `${VALUE_NOTE.zh}\n${VALUE_NOTE.en}\n${original}`;
        values.push({ cell: cell.address, formula: original });
      }
    }
    conversions.push({ sheet: worksheet.name, native, values, unvalued });
  }
  // Excel recalculates on opening (LibreOffice and WPS show the saved values until they recalculate)
  workbook.calcProperties.fullCalcOnLoad = true;
  return conversions;
}

const EXIT = { written: 0, unusable: 2 } as const;

const USAGE = `用法 / usage: npm run portable -- book.xlsx [--out copy.xlsx] [--force]
把含 =MINE.* 公式的工作簿转成便携副本(原生公式并带计算结果)，原文件不动；默认写到 book.portable.xlsx。
Writes a portable copy of a workbook with =MINE.* formulas (native formulas with their values); the original is
never written to. By default the copy is book.portable.xlsx beside it.`;

function report(conversions: readonly SheetConversion[], out: string): string {
  if (conversions.length === 0)
    return `没有 =MINE.* 公式，副本与原文件相同 / no =MINE.* formula: the copy is the same: ${out}`;
  const lines = conversions.map((c) => {
    const valued = c.values.length > 0 ? `；写为数值 / as values: ${c.values.map((v) => v.cell).join(" ")}` : "";
    const unvalued = c.unvalued.length > 0 ? `；无计算结果 / no value: ${c.unvalued.join(" ")}` : "";
    return `${c.sheet}: 原生公式 / native ${c.native.length}${valued}${unvalued}`;
  });
  return [...lines, `已写出 / wrote ${out}`].join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: "string" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.unusable;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return EXIT.written;
  }
  if (positionals.length !== 1) {
    console.error(USAGE);
    return EXIT.unusable;
  }
  const from = process.env.INIT_CWD ?? process.cwd();
  const input = resolve(from, positionals[0]);
  const out = resolve(
    from,
    values.out ?? join(dirname(input), `${basename(input, extname(input))}.portable${extname(input)}`),
  );
  if (isSameFile(input, out)) {
    console.error(
      `--out 不能是输入文件本身，原文件从不改写 / --out must not be the input file, never written to: ${out}`,
    );
    return EXIT.unusable;
  }
  if (existsSync(out) && !values.force) {
    console.error(`文件已存在，未覆盖(加 --force 覆盖) / the file exists and was not overwritten (--force to): ${out}`);
    return EXIT.unusable;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`无法读取 / cannot read ${input}: ${detail}`);
    return EXIT.unusable;
  }
  const conversions = await convertWorkbook(workbook);
  await workbook.xlsx.writeFile(out);
  console.log(report(conversions, out));
  return EXIT.written;
}

if (require.main === module) runMain(main, EXIT.unusable);
