/**
 * The Tables 2–4 reference sheet: its layout, labels and validation in both languages, and its counts computed in a
 * spreadsheet engine (HyperFormula, native functions only) as the evaluator picks statuses.
 */
import { HyperFormula } from "hyperformula";
import { TABLE1 } from "../../../../src/core/evaluation/indicators";
import {
  COUNT_COLUMNS,
  MEASURES_MARKER,
  MEASURE_COLUMNS,
  MEASURE_TABLES,
  READING_MARK,
  STANDARD_CODE,
  STANDARD_MARK,
  STATUSES,
  indicatorLabel,
  measuresLayout,
  planMeasuresSheet,
} from "../../../../src/core/evaluation/measures";
import { Language } from "../../../../src/core/text";
import { SheetPlan, cellAddress } from "../../../../src/core/workbook/sheetPlan";
import { checkPlanShape } from "../../../support/planShape";

const options = (language: Language) => ({ sheetName: "参考表", language, version: "test", date: "2026-12-05" });
const layout = measuresLayout();
const indicatorIds = TABLE1.flatMap((c) => c.indicators.map((i) => i.id));
const rowsOf = (k: number) => layout.tables[k].rows;

const cellAt = (plan: SheetPlan, row: number, column: number) =>
  plan.cells.find((c) => c.row === row && c.column === column);
const textAt = (plan: SheetPlan, row: number, column: number) => {
  const cell = cellAt(plan, row, column);
  return cell?.formula ?? cell?.value;
};

/** The plan in a fresh HyperFormula sheet (COUNTIF/COUNTIFS with wildcards, as Excel, LibreOffice and WPS read them). */
function compute(plan: SheetPlan) {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheet = hf.getSheetId(hf.addSheet("S")) as number;
  const contents = Array.from({ length: plan.extent.rows }, () =>
    new Array<string | number | null>(plan.extent.columns).fill(null),
  );
  for (const cell of plan.cells)
    contents[cell.row][cell.column] = cell.formula ?? (cell.value === "" ? null : cell.value!);
  hf.setSheetContent(sheet, contents);
  return {
    value: (row: number, column: number) => hf.getCellValue({ sheet, row, col: column }),
    set: (row: number, column: number, content: string) => hf.setCellContents({ sheet, row, col: column }, [[content]]),
  };
}

describe.each(["zh", "en"] as const)("planMeasuresSheet (%s)", (language) => {
  const plan = planMeasuresSheet(options(language));

  it("is a well-formed plan marked in A1, with every cell inside its extent", () => {
    checkPlanShape(plan);
    expect(plan.marker).toBe(MEASURES_MARKER);
    expect(textAt(plan, 0, 0)).toBe(MEASURES_MARKER);
    expect(plan.sheetName).toBe("参考表");
    expect(plan.extent).toEqual({ row: 0, column: 0, rows: layout.lastRow + 1, columns: MEASURE_COLUMNS.basis + 1 });
  });

  it("names the standard in its title and each table by number and caption above the standard's headers", () => {
    expect(textAt(plan, layout.titleRow, 0)).toContain(STANDARD_CODE);
    MEASURE_TABLES.forEach((table, k) => {
      const heading = String(textAt(plan, layout.tables[k].heading, 0));
      expect(heading).toContain(STANDARD_CODE);
      expect(heading).toContain(language === "zh" ? `表${table.number}` : `Table ${table.number}`);
      expect(heading).toContain(table.caption.zh);
      table.columns.forEach((c, j) => {
        const header = textAt(plan, layout.tables[k].header, j);
        expect(header).toBe(language === "zh" ? c.zh : `${c.zh} (${c.en})`);
      });
      table.rows.forEach((row, i) => {
        row.cells.forEach((c, j) => {
          const shown = String(textAt(plan, rowsOf(k)[i], j));
          expect(shown.startsWith(c.zh)).toBe(true); // the standard's words first, verbatim
          if (language === "en") expect(shown).toContain(c.en);
        });
        expect(String(textAt(plan, rowsOf(k)[i], MEASURE_COLUMNS.source))).toContain(String(table.number));
      });
    });
  });

  it("explains the statuses and the two marks in its notes", () => {
    const notes = layout.notesRows.map((r) => String(textAt(plan, r, 0))).join("\n");
    for (const s of STATUSES) expect(notes).toContain(s.word[language]);
    expect(notes).toContain(STANDARD_MARK);
    expect(notes).toContain(READING_MARK);
  });

  it("puts each row's Table 1 indicators beside its status, marked ✅ or 🔶, and a 🔶 on every reading's basis", () => {
    MEASURE_TABLES.forEach((table, k) =>
      table.rows.forEach((row, i) => {
        const r = rowsOf(k)[i];
        const linked = String(textAt(plan, r, MEASURE_COLUMNS.indicator));
        const basis = String(textAt(plan, r, MEASURE_COLUMNS.basis));
        expect(MEASURE_COLUMNS.status).toBe(MEASURE_COLUMNS.indicator + 1);
        expect(cellAt(plan, r, MEASURE_COLUMNS.status)?.role).toBe("input");
        expect(cellAt(plan, r, MEASURE_COLUMNS.evidence)?.role).toBe("input");
        if (row.links.length === 0) {
          expect(linked).toBe("—");
          expect(basis.startsWith(READING_MARK)).toBe(true);
        }
        for (const link of row.links) {
          const mark = link.basis === "standard" ? STANDARD_MARK : READING_MARK;
          expect(linked).toContain(`${indicatorLabel(link.indicator, language)} ${mark}`);
        }
        const readings = row.links.filter((l) => l.basis === "reading").length;
        const standards = row.links.length - readings;
        expect(basis.split(READING_MARK).length - 1).toBe(row.links.length === 0 ? 1 : readings);
        expect(basis.split(STANDARD_MARK).length - 1).toBe(standards);
      }),
    );
  });

  it("offers the four statuses as a list over each table's status cells, and nowhere else", () => {
    const choices = STATUSES.map((s) => s.word[language]);
    expect(plan.validations).toEqual(
      layout.tables.map((t) => ({
        range: { row: t.rows[0], column: MEASURE_COLUMNS.status, rows: t.rows.length, columns: 1 },
        kind: "list",
        choices,
        prompt: STATUSES.map((s) => s.word[language]).join(language === "zh" ? "/" : " / "),
      })),
    );
    for (const c of choices) expect(c).not.toContain(",");
  });

  it("counts by COUNTIF/COUNTIFS over the indicator and status columns of all three tables", () => {
    const { row } = layout.countRows[0];
    const span = (column: number) =>
      `${cellAddress(layout.firstRow, column, true)}:${cellAddress(layout.lastRow, column, true)}`;
    const name = `"*"&${cellAddress(row, COUNT_COLUMNS.indicator, true)}&"*"`;
    expect(textAt(plan, row, COUNT_COLUMNS.entries)).toBe(`=COUNTIF(${span(MEASURE_COLUMNS.indicator)},${name})`);
    expect(textAt(plan, row, COUNT_COLUMNS.firstStatus)).toBe(
      `=COUNTIFS(${span(MEASURE_COLUMNS.indicator)},${name},${span(MEASURE_COLUMNS.status)},D$${layout.countHeader + 1})`,
    );
    STATUSES.forEach((s, j) =>
      expect(textAt(plan, layout.countHeader, COUNT_COLUMNS.firstStatus + j)).toBe(s.word[language]),
    );
    expect(layout.countRows.map((r) => r.indicator)).toEqual(indicatorIds);
    for (const { row: r, indicator } of layout.countRows) {
      expect(textAt(plan, r, COUNT_COLUMNS.indicator)).toBe(indicatorLabel(indicator, language));
    }
  });

  it("writes indicator names none of which contains another, so a name's wildcard count finds only its own rows", () => {
    const labels = indicatorIds.map((id) => indicatorLabel(id, language));
    for (const a of labels) for (const b of labels) if (a !== b) expect([a, b.includes(a)]).toEqual([a, false]);
  });

  it("computes the counts: every link blank at first, then each status where the evaluator picks it", () => {
    const sheet = compute(plan);
    const linksTo = (id: string) =>
      MEASURE_TABLES.flatMap((t) => t.rows).filter((r) => r.links.some((l) => l.indicator === id));
    const counts = () =>
      Object.fromEntries(
        layout.countRows.map(({ row, indicator }) => [
          indicator,
          Array.from({ length: STATUSES.length + 2 }, (_, j) => sheet.value(row, COUNT_COLUMNS.entries + j)),
        ]),
      );
    const before = counts();
    for (const id of indicatorIds) {
      const n = linksTo(id).length;
      expect([id, before[id]]).toEqual([id, [n, 0, 0, 0, 0, n]]);
    }
    // No row of Tables 2–4 supports 能源消耗强度; 生态破坏程度 has the most (表2, 表3 and all four of 表4).
    expect(before["energy-intensity"][0]).toBe(0);
    expect(before["ecological-damage"][0]).toBe(6);

    const [inPlace, planned, absent, notApplicable] = STATUSES.map((s) => s.word[language]);
    sheet.set(rowsOf(0)[0], MEASURE_COLUMNS.status, inPlace); // 表2 资源节约利用 → 综合利用率 ✅
    sheet.set(rowsOf(1)[0], MEASURE_COLUMNS.status, planned); // 表3 资源类数据 → 储量动态变化, 开采强度, 综合利用率
    sheet.set(rowsOf(2)[1], MEASURE_COLUMNS.status, absent); // 表4 植被措施 → 生态破坏程度
    sheet.set(rowsOf(0)[2], MEASURE_COLUMNS.status, notApplicable); // 表2 安全与职业健康: no indicator
    const after = counts();
    expect(after["utilization"]).toEqual([2, 1, 1, 0, 0, 0]);
    expect(after["reserve-change"]).toEqual([1, 0, 1, 0, 0, 0]);
    expect(after["mining-intensity"]).toEqual([1, 0, 1, 0, 0, 0]);
    expect(after["ecological-damage"]).toEqual([6, 0, 0, 1, 0, 5]);
    expect(after["water-soil"]).toEqual([2, 0, 0, 0, 0, 2]);
  });
});

describe("measuresLayout", () => {
  it("stacks the title, notes, the nine counts and the three tables without overlap, in the standard's order", () => {
    const rows = [
      layout.titleRow,
      ...layout.notesRows,
      layout.writtenByRow,
      layout.countHeading,
      layout.countHeader,
      ...layout.countRows.map((r) => r.row),
      ...layout.tables.flatMap((t) => [t.heading, t.header, ...t.rows]),
    ];
    expect(new Set(rows).size).toBe(rows.length);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(layout.tables.map((t) => [t.id, t.rows.length])).toEqual([
      ["management", 4],
      ["data", 5],
      ["restoration", 4],
    ]);
    expect(layout.firstRow).toBe(layout.tables[0].rows[0]);
    expect(layout.lastRow).toBe(layout.tables[2].rows[3]);
  });
});
