/**
 * The reference sheet of T/XZBX 0088—2025 Tables 2–4 ({@link planMeasuresSheet}): one sheet, so that one count per
 * Table 1 indicator covers every measure that supports it. On top, the notes (statuses, what ✅ and 🔶 mean) and the
 * count of statuses per Table 1 indicator (COUNTIF/COUNTIFS, which every spreadsheet program computes); below, the
 * three tables as the standard prints them, each row followed by the Table 1 indicators it supports, a status the
 * evaluator picks from a list, the evidence, the source and the basis of each link.
 */
import { Bilingual, Language, localize, pick } from "../../text";
import {
  CellRange,
  SheetOptions,
  SheetPlan,
  SheetPlanBuilder,
  cellAddress,
  columnName,
  rangeAddress,
} from "../../workbook/sheetPlan";
import { TABLE1 } from "../indicators";
import { SHEET_WORDS, stackRows, writeWrittenBy } from "../sheetParts";
import {
  IndicatorLink,
  MEASURE_TABLES,
  MeasureRow,
  MeasureTable,
  MeasureTableId,
  READING_MARK,
  STANDARD_CODE,
  STANDARD_MARK,
  table1Indicator,
} from "./tables";

/** The text in A1 of the reference sheet. */
export const MEASURES_MARKER = "MINE 可持续开采管理参考表 | MINE sustainable-mining reference";

/** What the evaluator records of each measure: the list's words (in the sheet's language) and what each means. */
export const STATUSES: readonly { readonly word: Bilingual; readonly meaning: Bilingual }[] = [
  {
    word: { zh: "已实施", en: "in place" },
    meaning: {
      zh: "已落实，在“证据/说明”写明文件、记录或照片",
      en: "done: name the paper, record or photo as evidence",
    },
  },
  {
    word: { zh: "计划中", en: "planned" },
    meaning: { zh: "已列入计划、尚未落实，写明计划与时间", en: "planned, not yet done: name the plan and its date" },
  },
  {
    word: { zh: "未实施", en: "absent" },
    meaning: { zh: "没有这项措施", en: "the mine does not have it" },
  },
  {
    word: { zh: "不适用", en: "not applicable" },
    meaning: { zh: "本矿不涉及，写明理由", en: "does not concern this mine: say why" },
  },
];

const WORDS = {
  writtenBy: SHEET_WORDS.writtenBy,
  category: SHEET_WORDS.category,
  title: {
    zh: `${STANDARD_CODE}《矿产资源动态评估与可持续开采管理细则》表2–表4：各项措施的实施状态，对照表1 指标`,
    en: `${STANDARD_CODE} Tables 2–4: the status of each measure, beside the Table 1 indicator it supports`,
  },
  statusNote: {
    zh: `状态(下拉选择)：${STATUSES.map((s) => `${s.word.zh} = ${s.meaning.zh}`).join("；")}。留空 = 尚未评估，统计为“未填”。`,
    en: `Status (pick from the list): ${STATUSES.map((s) => `${s.word.en} = ${s.meaning.en}`).join("; ")}. Blank = not assessed yet, counted as “blank”.`,
  },
  linkNote: {
    zh: `对应指标(表1)：${STANDARD_MARK} = 本行原文写有该指标名称(见“对应依据”)；${READING_MARK} = 本加载项的理解，标准未写明，请评估人核对；— = 表1 无对应指标。统计按指标名称计数(COUNTIF/COUNTIFS)。`,
    en: `Indicator (Table 1): ${STANDARD_MARK} = the row's own words name the indicator (see “basis”); ${READING_MARK} = our reading, not stated by the standard: the evaluator checks it; — = no Table 1 indicator. The counts match indicator names (COUNTIF/COUNTIFS).`,
  },
  useNote: {
    zh: "表内前几栏为标准原文。标准称表2“可作为企业制定可持续开采管理方案的参考”，各单位应结合矿山实际调整和细化措施；增补措施请在表内插入行并写明对应指标名称，统计自动包含。",
    en: "The first columns are the standard's own words, with our English gloss in brackets. The standard calls Table 2 a reference for a company's sustainable-mining plan, to be adapted and detailed for each mine; to add a measure, insert a row inside a table and name its Table 1 indicator: the counts include it.",
  },
  summary: { zh: "按表1 指标统计各措施状态", en: "Status of the measures per Table 1 indicator" },
  indicator: { zh: "一级指标(表1)", en: "Indicator (Table 1)" },
  entries: { zh: "对应条目", en: "Entries" },
  blank: { zh: "未填", en: "blank" },
  linked: { zh: "对应指标(表1)", en: "Indicator (Table 1)" },
  status: { zh: "状态", en: "Status" },
  evidence: { zh: "证据/说明", en: "Evidence / notes" },
  source: { zh: "出处", en: "Source" },
  basis: { zh: "对应依据", en: "Basis of the link" },
  none: { zh: "—", en: "—" },
  statusPrompt: {
    zh: STATUSES.map((s) => s.word.zh).join("/"),
    en: STATUSES.map((s) => s.word.en).join(" / "),
  },
} satisfies Record<string, Bilingual>;

/** Columns of the measure tables: the standard's (up to four), then the evaluator's. */
export const MEASURE_COLUMNS = {
  /** First of the standard's columns; a table with three leaves the fourth empty. */
  standard: 0,
  indicator: 4,
  status: 5,
  evidence: 6,
  source: 7,
  basis: 8,
} as const;

/** Columns of the count table. */
export const COUNT_COLUMNS = { category: 0, indicator: 1, entries: 2, firstStatus: 3 } as const;
const BLANK_COLUMN = COUNT_COLUMNS.firstStatus + STATUSES.length;

/** Where everything is (0-based rows); the same in both languages. */
export interface MeasuresLayout {
  readonly titleRow: number;
  readonly notesRows: readonly number[];
  readonly writtenByRow: number;
  readonly countHeading: number;
  readonly countHeader: number;
  /** One row per Table 1 indicator, in Table 1's order. */
  readonly countRows: readonly { readonly row: number; readonly indicator: string }[];
  readonly tables: readonly {
    readonly id: MeasureTableId;
    readonly heading: number;
    readonly header: number;
    readonly rows: readonly number[];
  }[];
  /** First and last row the counts range over: the first row of Table 2 to the last of Table 4. */
  readonly firstRow: number;
  readonly lastRow: number;
}

export function measuresLayout(): MeasuresLayout {
  const indicators = TABLE1.flatMap((c) => c.indicators.map((i) => i.id));
  const top = stackRows(1, [1, 3, 1, 1]); // title, three notes, written by, a blank row
  const [titleRow, firstNote, writtenByRow] = top.starts;
  const count = stackRows(top.next, [1, 1, indicators.length, 1]);
  const [countHeading, countHeader, firstCount] = count.starts;
  let row = count.next;
  const tables = MEASURE_TABLES.map((table) => {
    const parts = stackRows(row, [1, 1, table.rows.length, 1]);
    row = parts.next;
    const [heading, header, first] = parts.starts;
    return { id: table.id, heading, header, rows: table.rows.map((_, i) => first + i) };
  });
  return {
    titleRow,
    notesRows: [firstNote, firstNote + 1, firstNote + 2],
    writtenByRow,
    countHeading,
    countHeader,
    countRows: indicators.map((indicator, i) => ({ row: firstCount + i, indicator })),
    tables,
    firstRow: tables[0].rows[0],
    lastRow: tables[tables.length - 1].rows[tables[tables.length - 1].rows.length - 1],
  };
}

/** The standard's Chinese, followed on an English sheet by our gloss: `管理环节 (management area)`. */
export function withGloss(text: Bilingual, language: Language): string {
  return language === "zh" ? text.zh : `${text.zh} (${text.en})`;
}

/** A Table 1 indicator's name as the sheet writes it, alike in the counts and in the tables (the counts match it). */
export function indicatorLabel(id: string, language: Language): string {
  return withGloss(table1Indicator(id).indicator.name, language);
}

const MARKS: Readonly<Record<IndicatorLink["basis"], string>> = { standard: STANDARD_MARK, reading: READING_MARK };

/** The row's indicators with their marks: `储量动态变化 ✅；开采强度 🔶`, or — when none. */
function linkedCell(row: MeasureRow, language: Language): string {
  if (row.links.length === 0) return pick(WORDS.none, language);
  const separator = language === "zh" ? "；" : "; ";
  return row.links.map((link) => `${indicatorLabel(link.indicator, language)} ${MARKS[link.basis]}`).join(separator);
}

/** Why each link holds: the words of the standard that make it, or our reason marked 🔶. */
export function linkBasis(table: MeasureTable, row: MeasureRow): Bilingual {
  if (row.links.length === 0) {
    const why = row.unlinked as Bilingual;
    return { zh: `${READING_MARK} ${why.zh}`, en: `${READING_MARK} ${why.en}` };
  }
  const reasons = row.links.map((link): Bilingual => {
    const name = table1Indicator(link.indicator).indicator.name;
    if (link.basis === "reading") {
      return {
        zh: `${READING_MARK} ${name.zh}：${link.reason.zh}`,
        en: `${READING_MARK} ${name.en}: ${link.reason.en}`,
      };
    }
    const first = row.cells[0].zh;
    const column = table.columns[link.column].zh;
    return {
      zh: `${STANDARD_MARK} ${name.zh}：表${table.number}「${first}」行“${column}”写有“${name.zh}”`,
      en: `${STANDARD_MARK} ${name.en}: Table ${table.number}, row “${first}”, column “${column}” reads “${name.zh}”`,
    };
  });
  return { zh: reasons.map((r) => r.zh).join("；"), en: reasons.map((r) => r.en).join("; ") };
}

/** A table's heading: the standard, the table's number and caption, and the clause it stands in. */
function tableHeading(table: MeasureTable, language: Language): string {
  return language === "zh"
    ? `${STANDARD_CODE} 表${table.number} ${table.caption.zh}(${table.clause.zh})`
    : `${STANDARD_CODE} Table ${table.number} ${table.caption.zh} (${table.caption.en}; ${table.clause.en})`;
}

function tableSource(table: MeasureTable, language: Language): string {
  return language === "zh" ? `${STANDARD_CODE} 表${table.number}` : `${STANDARD_CODE} Table ${table.number}`;
}

/**
 * The count of each status per Table 1 indicator over every table row: entries naming the indicator
 * (`COUNTIF(indicators,"*"&name&"*")`), each status (`COUNTIFS` of the name and the status word in the header
 * above), and the entries left blank.
 */
function writeCounts(plan: SheetPlanBuilder, layout: MeasuresLayout, language: Language): void {
  const words = localize(WORDS, language);
  const span = (column: number) =>
    rangeAddress({ row: layout.firstRow, column, rows: layout.lastRow - layout.firstRow + 1, columns: 1 }, true);
  const indicators = span(MEASURE_COLUMNS.indicator);
  const statuses = span(MEASURE_COLUMNS.status);
  plan.put(layout.countHeading, 0, "heading", words.summary);
  const header = layout.countHeader;
  plan.put(header, COUNT_COLUMNS.category, "label", words.category);
  plan.put(header, COUNT_COLUMNS.indicator, "label", words.indicator);
  plan.put(header, COUNT_COLUMNS.entries, "label", words.entries);
  STATUSES.forEach((s, j) => plan.put(header, COUNT_COLUMNS.firstStatus + j, "label", pick(s.word, language)));
  plan.put(header, BLANK_COLUMN, "label", words.blank);
  for (const { row, indicator } of layout.countRows) {
    const name = `"*"&${cellAddress(row, COUNT_COLUMNS.indicator, true)}&"*"`;
    plan.put(row, COUNT_COLUMNS.category, "note", pick(table1Indicator(indicator).category, language));
    plan.put(row, COUNT_COLUMNS.indicator, "label", indicatorLabel(indicator, language));
    plan.formula(row, COUNT_COLUMNS.entries, `=COUNTIF(${indicators},${name})`);
    STATUSES.forEach((_, j) => {
      const column = COUNT_COLUMNS.firstStatus + j;
      const word = `${columnName(column)}$${header + 1}`; // the status word above, e.g. D$9
      plan.formula(row, column, `=COUNTIFS(${indicators},${name},${statuses},${word})`);
    });
    const counted = rangeAddress({ row, column: COUNT_COLUMNS.firstStatus, rows: 1, columns: STATUSES.length });
    plan.formula(row, BLANK_COLUMN, `=${cellAddress(row, COUNT_COLUMNS.entries)}-SUM(${counted})`);
  }
}

function writeTable(
  plan: SheetPlanBuilder,
  table: MeasureTable,
  rows: MeasuresLayout["tables"][number],
  language: Language,
): void {
  const words = localize(WORDS, language);
  plan.put(rows.heading, 0, "heading", tableHeading(table, language));
  table.columns.forEach((c, j) => plan.put(rows.header, MEASURE_COLUMNS.standard + j, "label", withGloss(c, language)));
  plan.put(rows.header, MEASURE_COLUMNS.indicator, "label", words.linked);
  plan.put(rows.header, MEASURE_COLUMNS.status, "label", words.status);
  plan.put(rows.header, MEASURE_COLUMNS.evidence, "label", words.evidence);
  plan.put(rows.header, MEASURE_COLUMNS.source, "label", words.source);
  plan.put(rows.header, MEASURE_COLUMNS.basis, "label", words.basis);
  table.rows.forEach((measure, i) => {
    const row = rows.rows[i];
    measure.cells.forEach((cell, j) =>
      plan.put(row, MEASURE_COLUMNS.standard + j, j === 0 ? "label" : "note", withGloss(cell, language)),
    );
    plan.put(row, MEASURE_COLUMNS.indicator, "note", linkedCell(measure, language));
    plan.put(row, MEASURE_COLUMNS.status, "input", "");
    plan.put(row, MEASURE_COLUMNS.evidence, "input", "");
    plan.put(row, MEASURE_COLUMNS.source, "note", tableSource(table, language));
    plan.put(row, MEASURE_COLUMNS.basis, "note", pick(linkBasis(table, measure), language));
  });
  const statusCells: CellRange = {
    row: rows.rows[0],
    column: MEASURE_COLUMNS.status,
    rows: rows.rows.length,
    columns: 1,
  };
  plan.validations.push({
    range: statusCells,
    kind: "list",
    choices: STATUSES.map((s) => pick(s.word, language)),
    prompt: pick(WORDS.statusPrompt, language),
  });
}

/** The name the reference sheet is given in a workbook (a number is added where it is taken). */
export const MEASURES_SHEET_NAME = { zh: "措施对照(表2–4)", en: "Measures (Tables 2–4)" } as const;

/**
 * The reference sheet of Tables 2–4: marker, title and notes, the live count per Table 1 indicator, then each table
 * with the evaluator's status (a list) and evidence beside the indicators it supports.
 */
export function planMeasuresSheet(options: SheetOptions): SheetPlan {
  const { language } = options;
  const layout = measuresLayout();
  const words = localize(WORDS, language);
  const plan = new SheetPlanBuilder();
  plan.put(0, 0, "title", MEASURES_MARKER);
  plan.put(layout.titleRow, 0, "heading", words.title);
  [words.statusNote, words.linkNote, words.useNote].forEach((note, i) =>
    plan.put(layout.notesRows[i], 0, "note", note),
  );
  writeWrittenBy(plan, { row: layout.writtenByRow, column: 1 }, options, localize(SHEET_WORDS, language));
  writeCounts(plan, layout, language);
  MEASURE_TABLES.forEach((table, k) => writeTable(plan, table, layout.tables[k], language));
  return plan.plan(options.sheetName, MEASURES_MARKER, [
    { column: 0, width: 16 },
    { column: 1, width: 30 },
    { column: 2, width: 30 },
    { column: 3, width: 24 },
    { column: MEASURE_COLUMNS.indicator, width: 30 },
    { column: MEASURE_COLUMNS.status, width: 12 },
    { column: MEASURE_COLUMNS.evidence, width: 30 },
    { column: MEASURE_COLUMNS.source, width: 22 },
    { column: MEASURE_COLUMNS.basis, width: 60 },
  ]);
}
