/**
 * `npm run portable -- book.xlsx [--out copy.xlsx] [--force]`: a portable copy of a workbook holding =MINE.*
 * formulas (as the add-in writes them, or as Excel saves them: `_xldudf_MINE_…`), for a recipient without the
 * add-in (Excel 2016/2019, WPS 表格, LibreOffice). The original is never written to.
 *
 * Each MINE call with a native form (src/core/workbook/native.ts) becomes that native formula, inside whatever
 * formula holds it; a formula calling a MINE function without one (an AHP eigenvector, a lookup in the national
 * tables) becomes its value, with a note on the cell saying which formula computed it (the rule is
 * {@link portableCell}'s, the one portable sheets follow). Every changed cell is saved with the engine's value: the
 * one the file holds for it (Excel computed it with the add-in), else the one the engine computes from the sheet.
 * Other formulas are left as they are, saved with the engine's value where the file holds none.
 *
 * The copy is the file with only those cells written again, in the sheets' XML (their `<f>`, their `<v>` and its
 * type; a shared formula holding a changed cell de-shared, each of its cells given its own text; an array formula
 * keeping its range), the notes added (xlsx-notes.ts), the workbook set to recalculate on opening, and the
 * calculation chain dropped when it named cells now values. Every other part is copied byte for byte
 * (xlsx-edit.ts): charts, drawings, images, pivot tables, validations, notes already there.
 */
import { existsSync } from "fs";
import { readFile, writeFile } from "fs/promises";
import { basename, dirname, extname, join, resolve } from "path";
import { parseArgs } from "node:util";
import { CellError, CellValue, ErrorCode, evaluatePlan, parseFormula } from "../core/workbook/evaluate";
import { PlannedCell, cellAddress, columnName } from "../core/workbook/sheetPlan";
import { PortableCell, portableCell, valueNote } from "../core/workbook/portable";
import { mineFunctions } from "./engine";
import { isSameFile } from "./review-paths";
import { savedFormula } from "./xlsx-formulas";
import {
  CellElement,
  XlsxPackage,
  attribute,
  editSheet,
  resultOf,
  scanSheet,
  sharedStrings,
  stringItemText,
  withoutAttributes,
} from "./xlsx-results";
import { XlsxEdit, escapeXml, insertChild } from "./xlsx-edit";
import { CellNote, sheetNotes } from "./xlsx-notes";
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
  /** Cells whose formula names a MINE function but could not be read: left as they are. */
  readonly unread: readonly string[];
}

/** A formula cell of a sheet, as the file holds it. */
interface FormulaCell {
  readonly row: number;
  readonly column: number;
  /** The formula as saved, without "=" (a shared formula's: moved from its master to this cell). */
  readonly text: string;
  /** The shared formula it belongs to (`si`), if it does. */
  readonly shared: string | undefined;
  /** Its saved result (undefined: the file holds none). */
  readonly held: CellValue | undefined;
}

/** A shared formula moved from its master's cell to another: relative references shifted, text kept otherwise. */
function slideFormula(text: string, rows: number, columns: number): string {
  return text.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![A-Za-z0-9_.$\\])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_.(!])/g,
    (whole, quoted: string | undefined, fixedColumn: string, letters: string, fixedRow: string, digits: string) => {
      if (quoted !== undefined) return whole;
      let column = 0;
      for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
      let row = Number(digits);
      if (column > 16384 || row < 1 || row > 1048576) return whole;
      if (!fixedColumn) column += columns;
      if (!fixedRow) row += rows;
      if (column < 1 || row < 1) return whole;
      return `${fixedColumn}${columnName(column - 1)}${fixedRow}${row}`;
    },
  );
}

/** A saved result in the evaluator's terms. */
function heldValue(type: string | undefined, text: string | undefined): CellValue | undefined {
  if (text === undefined) return undefined;
  const result = resultOf(type, text);
  return type === "e" && typeof result === "string" ? new CellError(result as ErrorCode) : result;
}

/**
 * A worksheet read from its XML: its constants and formulas as a plan the evaluator computes, and its formula cells.
 * A formula the evaluator cannot read stands in the plan as its saved result.
 */
async function readSheet(pkg: XlsxPackage, part: string, strings: readonly string[]) {
  const cells: PlannedCell[] = [];
  const formulas: FormulaCell[] = [];
  const masters = new Map<string, { text: string; row: number; column: number }>();
  await scanSheet(pkg.pieces(part), (raw) => {
    const { row, column, type } = raw;
    if (raw.formula !== undefined && (raw.formula || raw.formulaKind)) {
      let text = raw.formula;
      const shared = raw.formulaKind === "shared" ? (raw.formulaShared ?? "") : undefined;
      if (shared !== undefined) {
        const master = masters.get(shared);
        if (raw.formulaMaster || !master) masters.set(shared, { text, row, column });
        else text = slideFormula(master.text, row - master.row, column - master.column);
      }
      const held = heldValue(type, raw.value);
      formulas.push({ row, column, text, shared, held });
      let parses = true;
      try {
        parseFormula(`=${text}`);
      } catch {
        parses = false;
      }
      if (parses) cells.push({ row, column, role: "formula", formula: `=${text}` });
      else if (typeof held === "number" || typeof held === "string")
        cells.push({ row, column, role: "input", value: held });
      return;
    }
    const saved = raw.inline !== undefined && raw.value === undefined ? stringItemText(raw.inline, false) : raw.value;
    if (saved === undefined || saved === "") return;
    let value: string | number | undefined;
    if (type === "s") value = strings[parseInt(saved, 10)];
    else if (type === "str" || type === "inlineStr") value = saved;
    else if (type === "b") value = String(parseInt(saved, 10) !== 0);
    else if (type === undefined || type === "n") {
      const number = Number(saved);
      if (Number.isFinite(number)) value = number;
    }
    if (value !== undefined) cells.push({ row, column, role: "input", value });
  });
  return { cells, formulas };
}

/** What a cell of the copy is to hold. `formula`: its new `<f>` text (de-shared); KEEP: its `<v>` as it is. */
type Edit =
  | { readonly kind: "result"; readonly value: CellValue }
  | { readonly kind: "formula"; readonly formula: string; readonly value: CellValue | undefined | typeof KEEP }
  | { readonly kind: "value"; readonly value: CellValue | undefined };

const KEEP = Symbol("keep");

/** A value as a cell element's type and content: `formula`, the result of a formula, else the cell's constant. */
function valueXml(prefix: string, value: CellValue | undefined, formula: boolean): { type?: string; xml: string } {
  const v = (text: string) => `<${prefix}v>${text}</${prefix}v>`;
  if (value === undefined || ((value === null || value === "") && !formula)) return { xml: "" };
  if (value === null) return { type: "str", xml: v("") };
  if (typeof value === "number") return { xml: v(String(value)) };
  if (typeof value === "boolean") return { type: "b", xml: v(value ? "1" : "0") };
  if (value instanceof CellError) return { type: "e", xml: v(value.code) };
  if (formula) return { type: "str", xml: v(escapeXml(value)) };
  return {
    type: "inlineStr",
    xml: `<${prefix}is><${prefix}t xml:space="preserve">${escapeXml(value)}</${prefix}t></${prefix}is>`,
  };
}

const F_ELEMENT = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?f>)/;
const V_ELEMENT = /<(?:[\w.-]+:)?v\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?v>)/;
const EXT_LIST = /<(?:[\w.-]+:)?extLst\b[\s\S]*<\/(?:[\w.-]+:)?extLst>/;

/** A cell element written again as `edit` says: only its formula, its value and their attributes change. */
function editedCell(cell: CellElement, edit: Edit): string {
  const p = cell.prefix;
  const content = cell.content ?? "";
  const f = F_ELEMENT.exec(content);
  let formula = "";
  if (edit.kind === "result") formula = f?.[0] ?? "";
  else if (edit.kind === "formula") {
    // a shared formula de-shared: the cell's own text; an array formula keeps its range
    const attributes = / t="shared"/.test(f?.[1] ?? "")
      ? withoutAttributes(f?.[1] ?? "", ["t", "ref", "si"])
      : (f?.[1] ?? "");
    formula = `<${p}f${attributes}>${escapeXml(edit.formula)}</${p}f>`;
  }
  let type = attribute(cell.attributes, "t");
  let value = V_ELEMENT.exec(content)?.[0] ?? "";
  const drop = edit.kind === "value" ? ["t", "vm", "cm"] : ["t", "vm"];
  if (edit.value !== KEEP || edit.kind !== "formula") {
    const saved = valueXml(p, edit.value === KEEP ? undefined : edit.value, edit.kind !== "value");
    type = saved.type;
    value = saved.xml;
  }
  const attributes = withoutAttributes(cell.attributes, drop) + (type ? ` t="${type}"` : "");
  const inner = formula + value + (EXT_LIST.exec(content)?.[0] ?? "");
  return inner ? `<${p}c${attributes}>${inner}</${p}c>` : `<${p}c${attributes}/>`;
}

/** The conversion of one sheet: its cells' edits, the notes to add, and what became of its MINE formulas. */
async function convertSheet(
  pkg: XlsxPackage,
  name: string,
  part: string,
  strings: readonly string[],
): Promise<{ edits: Map<string, Edit>; notes: CellNote[]; conversion: SheetConversion } | undefined> {
  const { cells, formulas } = await readSheet(pkg, part, strings);
  const forms = new Map<FormulaCell, PortableCell>();
  const unread: string[] = [];
  for (const cell of formulas) {
    try {
      forms.set(cell, portableCell(`=${cell.text}`));
    } catch {
      if (/MINE/i.test(cell.text)) unread.push(cellAddress(cell.row, cell.column));
    }
  }
  const mineCells = formulas.filter((cell) => (forms.get(cell)?.kind ?? "kept") !== "kept");
  if (mineCells.length === 0 && unread.length === 0) return undefined;
  const functions = await mineFunctions();
  let computed: Map<string, CellValue> | undefined;
  const engineValue = (cell: FormulaCell): CellValue | undefined => {
    if (cell.held !== undefined) return cell.held;
    computed ??= evaluatePlan({ sheetName: name, cells }, { functions });
    const value = computed.get(cellAddress(cell.row, cell.column));
    return value instanceof CellError && value.code === "#REF!" ? undefined : value;
  };
  const key = (cell: { row: number; column: number }) => `${cell.row},${cell.column}`;
  const edits = new Map<string, Edit>();
  const notes: CellNote[] = [];
  const native: string[] = [];
  const values: { cell: string; formula: string }[] = [];
  const unvalued: string[] = [];
  const deshared = new Set<string>();
  for (const cell of formulas) {
    const form = forms.get(cell);
    const address = cellAddress(cell.row, cell.column);
    if (!form) continue;
    if (form.kind === "kept") {
      // a formula the file holds no result for gets the engine's, so the copy shows it before recalculating
      if (cell.held !== undefined) continue;
      const value = engineValue(cell);
      if (value === undefined) unvalued.push(address);
      else edits.set(key(cell), { kind: "result", value });
      continue;
    }
    const value = engineValue(cell);
    if (value === undefined) unvalued.push(address);
    if (cell.shared !== undefined) deshared.add(cell.shared);
    if (form.kind === "native") {
      edits.set(key(cell), { kind: "formula", formula: savedFormula(form.formula), value });
      native.push(address);
    } else {
      const original = `=${cell.text}`;
      edits.set(key(cell), { kind: "value", value });
      notes.push({ row: cell.row, column: cell.column, text: valueNote(original) });
      values.push({ cell: address, formula: original });
    }
  }
  // each cell of a shared formula holding a changed cell gets its own formula: the master may be gone
  for (const cell of formulas) {
    if (cell.shared === undefined || !deshared.has(cell.shared)) continue;
    const edit = edits.get(key(cell));
    if (edit === undefined) edits.set(key(cell), { kind: "formula", formula: cell.text, value: KEEP });
    else if (edit.kind === "result") edits.set(key(cell), { kind: "formula", formula: cell.text, value: edit.value });
  }
  return { edits, notes, conversion: { sheet: name, native, values, unvalued, unread } };
}

/** The children of a workbook the schema puts after `<calcPr>`. */
const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The workbook set to recalculate on opening; its calculation chain dropped where it names cells now values. */
async function recalculateOnOpening(edit: XlsxEdit, valuesWritten: boolean): Promise<void> {
  const rels = await edit.original.relationships("");
  const workbookPart = rels.find((rel) => rel.type.endsWith("/officeDocument"))?.path ?? "xl/workbook.xml";
  const xml = await edit.text(workbookPart);
  if (xml !== undefined) {
    const calcPr = /<((?:[\w.-]+:)?)calcPr\b([^>]*?)(\/?)>/.exec(xml);
    let updated: string;
    if (calcPr) {
      const attributes = `${withoutAttributes(calcPr[2], ["fullCalcOnLoad"])} fullCalcOnLoad="1"`;
      updated = xml.replace(calcPr[0], `<${calcPr[1]}calcPr${attributes}${calcPr[3]}>`);
    } else {
      const root = /<((?:[\w.-]+:)?)workbook\b[^>]*>/.exec(xml);
      const at = root ? root.index + root[0].length : 0;
      const element = `<${root?.[1] ?? ""}calcPr fullCalcOnLoad="1"/>`;
      updated = xml.slice(0, at) + insertChild(xml.slice(at), element, AFTER_CALC_PR);
    }
    edit.set(workbookPart, updated);
  }
  // the chain lists formula cells; Excel repairs a file whose chain names a cell without one, and rebuilds it
  const chain = (await edit.original.relationships(workbookPart)).find((rel) => rel.type.endsWith("/calcChain"));
  if (valuesWritten && chain) {
    edit.remove(chain.path);
    await edit.removeRelationship(workbookPart, chain.path);
    await edit.undeclareContentType(chain.path);
  }
}

/**
 * The portable copy of a workbook's bytes, and what became of each sheet's MINE formulas. Only the cells that
 * change are written again (their formula, their value, and a note on those written as values); every other part
 * of the package is copied as it was, byte for byte: charts, drawings, images, pivot tables, validations.
 * Without a MINE formula, the copy is the file as it was.
 */
export async function portableCopy(bytes: Buffer): Promise<{ bytes: Buffer; conversions: SheetConversion[] }> {
  return copyOf(await XlsxEdit.open(bytes), bytes);
}

async function copyOf(edit: XlsxEdit, bytes: Buffer): Promise<{ bytes: Buffer; conversions: SheetConversion[] }> {
  const pkg = edit.original;
  const { sheets } = await pkg.worksheets();
  const strings = await sharedStrings(pkg);
  const conversions: SheetConversion[] = [];
  for (const { name, part } of sheets) {
    const converted = await convertSheet(pkg, name, part, strings);
    if (!converted) continue;
    const { edits, notes } = converted;
    const noted = await sheetNotes(edit, part, notes);
    const written: Buffer[] = [];
    const cells = editSheet(
      pkg.pieces(part),
      (row, column, cell) => {
        const change = edits.get(`${row},${column}`);
        return change && editedCell(cell, change);
      },
      (tail) => noted.tail(tail),
    );
    for await (const piece of cells) written.push(Buffer.from(piece, "utf8"));
    edit.set(part, Buffer.concat(written));
    conversions.push(converted.conversion);
  }
  if (conversions.length === 0) return { bytes, conversions };
  // Excel recalculates on opening (LibreOffice and WPS show the saved values until they recalculate)
  await recalculateOnOpening(
    edit,
    conversions.some((c) => c.values.length > 0),
  );
  return { bytes: await edit.bytes(), conversions };
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
    const unread = c.unread.length > 0 ? `；无法读取，原样保留 / unreadable, left as is: ${c.unread.join(" ")}` : "";
    return `${c.sheet}: 原生公式 / native ${c.native.length}${valued}${unvalued}${unread}`;
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
  let bytes: Buffer;
  let edit: XlsxEdit;
  try {
    bytes = await readFile(input);
    edit = await XlsxEdit.open(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`无法读取 / cannot read ${input}: ${detail}`);
    return EXIT.unusable;
  }
  const copy = await copyOf(edit, bytes);
  const { conversions } = copy;
  await writeFile(out, copy.bytes);
  console.log(report(conversions, out));
  return EXIT.written;
}

if (require.main === module) runMain(main, EXIT.unusable);
