/**
 * The drafting templates: each one's layout (marker, one header row with the vocabulary's headers, labelled
 * examples, blank rows, total row, validation), and its formulas computed in a spreadsheet engine (HyperFormula
 * with the built MINE.* functions) against the engine's own functions applied to the example inputs. One template
 * is also written through the Excel adapter into the office-addin-mock workbook.
 */
import { miningRecovery, designRecovery, weightedRecovery } from "../../../src/core/mining/recovery";
import {
  actualProcessRecovery,
  concentrateYield,
  theoreticalProcessRecovery,
} from "../../../src/core/processing/recovery";
import { recoverableReserves, serviceLife, usableResources } from "../../../src/core/reserves/reserves";
import { meetsMin, minRate, minRateSource } from "../../../src/core/standards";
import { TABLES, TEMPLATE_MARKER, TableKind, columnForHeader } from "../../../src/core/templates/columns";
import {
  BLANK_ROWS,
  TEMPLATES,
  TEMPLATE_KINDS,
  VERDICT_WORDS,
  planTemplate,
  templateLayout,
  templateMarker,
} from "../../../src/core/templates/templates";
import { coMineralUtilization, combinedRecovery, utilizationRate } from "../../../src/core/utilization/utilization";
import { buildTemplate, writtenColumns } from "../../../src/core/templates/templateSheet";
import { SheetPlan, cellAddress } from "../../../src/core/workbook/sheetPlan";
import { suggestSheetName, writeSheetPlan } from "../../../src/taskpane/excel";
import { FakeWorkbook } from "../../support/excelMock";
import { computePlan } from "../../support/hyperformula";
import { checkPlanShape } from "../../support/planShape";
import { TEMPLATE_DESIGN_LOSS_IDS } from "../../../src/core/templates/templateDesign";

const OPTIONS = { sheetName: "模板", language: "zh" as const, version: "test", date: "2026-11-23" };

const cellOf = (plan: SheetPlan, row: number, column: number) =>
  plan.cells.find((c) => c.row === row && c.column === column);

const close = (actual: unknown, expected: number, digits = 10): void => {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, digits);
};

/** A helper per template: the computed sheet and how to name its cells by column id. */
function compute(kind: TableKind, language: "zh" | "en" = "zh") {
  const plan = planTemplate(kind, { ...OPTIONS, language });
  const layout = templateLayout(kind);
  const sheet = computePlan(plan);
  const col = (id: string) => {
    const j = layout.columns.indexOf(id);
    if (j < 0) throw new Error(`no column ${id}`);
    return j;
  };
  const value = (id: string, row: number) => sheet.value(row, col(id));
  const examples = TEMPLATES[kind].examples;
  const input = (r: number, id: string) => examples[r][id] as number;
  return { plan, layout, sheet, col, value, examples, input };
}

describe.each(TEMPLATE_KINDS.flatMap((kind) => [[kind, "zh"] as const, [kind, "en"] as const]))(
  "the %s template (%s)",
  (kind, language) => {
    const plan = planTemplate(kind, { ...OPTIONS, language });
    const layout = templateLayout(kind);
    // the columns the template writes: the vocabulary's, but those read in drafters' tables only (design: 附件 六.5)
    const table = { ...TABLES[kind], columns: writtenColumns(TEMPLATES[kind]) };

    it("marks A1 with the template marker and the table's name, and keeps every cell apart", () => {
      expect(cellOf(plan, 0, 0)?.value).toBe(`${TEMPLATE_MARKER}：${table.zh}`);
      expect(plan.marker).toBe(templateMarker(kind));
      checkPlanShape(plan);
      expect(plan.sheetName).toBe(OPTIONS.sheetName);
    });

    it("has one header row holding exactly the vocabulary's Chinese headers, found back by columnForHeader", () => {
      const header = plan.cells.filter((c) => c.row === layout.headerRow).sort((a, b) => a.column - b.column);
      expect(header.map((c) => c.value)).toEqual(table.columns.map((c) => c.zh));
      expect(header.map((c) => c.column)).toEqual(table.columns.map((_, j) => j));
      header.forEach((c, j) => expect(columnForHeader(table, c.value as string)?.id).toBe(table.columns[j].id));
      // No other row repeats a header, so a reader cannot take the wrong row for the header.
      const headers = new Set(table.columns.map((c) => c.zh));
      const elsewhere = plan.cells.filter((c) => c.row !== layout.headerRow && headers.has(String(c.value)));
      expect(elsewhere).toEqual([]);
    });

    it("labels every example row as example data, leaves blank rows, and has the total row the vocabulary says", () => {
      for (const row of layout.exampleRows) {
        expect(String(cellOf(plan, row, layout.exampleNoteColumn)?.value)).toMatch(
          language === "zh" ? /示例数据，请替换/ : /example data/,
        );
      }
      expect(layout.blankRows).toHaveLength(BLANK_ROWS);
      for (const row of layout.blankRows) {
        expect(cellOf(plan, row, layout.exampleNoteColumn)).toBeUndefined();
        table.columns.forEach((_, j) => {
          const cell = cellOf(plan, row, j)!;
          if (cell.formula === undefined) expect(cell).toMatchObject({ role: "input", value: "" });
        });
      }
      if (table.totalLabel === null) expect(layout.totalRow).toBeNull();
      else expect(cellOf(plan, layout.totalRow!, 0)?.value).toBe(table.totalLabel);
    });

    it("writes derived columns as formulas in every data row and never averages rates with AVERAGE", () => {
      const rows = [...layout.exampleRows, ...layout.blankRows];
      table.columns.forEach((c, j) => {
        for (const row of rows) {
          const cell = cellOf(plan, row, j)!;
          expect([c.id, cell.formula !== undefined]).toEqual([c.id, c.derived]);
        }
      });
      expect(plan.cells.some((c) => /AVERAGE/i.test(c.formula ?? ""))).toBe(false);
    });

    it("validates input columns over the data rows only, with prompts in the sheet's language", () => {
      for (const v of plan.validations) {
        expect(v.range).toMatchObject({ row: layout.firstRow, rows: layout.lastRow - layout.firstRow + 1, columns: 1 });
        const column = table.columns[v.range.column];
        expect(column.derived).toBe(false);
        if (column.type === "rate") expect(v.kind).toBe("rate");
        expect(v.prompt).toBe(TEMPLATES[kind].columns[column.id].validation?.prompt[language]);
        if (language === "en") expect(v.prompt).toMatch(/[a-z]{3,}/);
      }
      for (const c of table.columns) {
        if (c.type !== "text" && !c.derived) {
          expect([c.id, plan.validations.some((v) => v.range.column === table.columns.indexOf(c))]).toEqual([
            c.id,
            true,
          ]);
        }
      }
    });

    it("computes in a spreadsheet without an error anywhere", () => {
      const sheet = computePlan(plan);
      const errors: string[] = [];
      for (let r = 0; r < plan.extent.rows; r++) {
        for (let c = 0; c < plan.extent.columns; c++) {
          const v = sheet.value(r, c);
          if (typeof v === "string" && /^#[A-Z/0!?]+/.test(v)) errors.push(`${cellAddress(r, c)} ${v}`);
        }
      }
      expect(errors).toEqual([]);
    });

    it("gives every rate and tonnage a number format and sets column widths", () => {
      table.columns.forEach((c, j) => {
        if (c.type === "rate") expect(cellOf(plan, layout.firstRow, j)?.numberFormat).toBe("0.00%");
      });
      expect(plan.columnWidths.map((w) => w.column)).toEqual([...table.columns.map((_, j) => j), table.columns.length]);
    });
  },
);

describe("the design template on 浙自然资规〔2025〕6号 附件 六.5/六.9", () => {
  it("cites the clauses it rests on, with ✅ where they were read in the notice", () => {
    const notes = TEMPLATES.design.notes.map((note) => note.zh).join("\n");
    expect(notes).toContain("只扣压覆 ✅ 浙自然资规〔2025〕6号 附件 六.5");
    expect(notes).toContain("设计损失逐项列出 ✅ 附件 六.9");
    expect(notes).toContain("不设“设计利用系数”");
  });

  it("writes no deduction but 压覆 and no factor, while the review still reads drafters' headers for them", () => {
    const headers = templateLayout("design").columns;
    expect(headers).not.toEqual(expect.arrayContaining(["excluded"]));
    expect(headers).not.toEqual(expect.arrayContaining(["factor"]));
    expect(columnForHeader(TABLES.design, "禁采区/境界外扣除(万t)")?.id).toBe("excluded");
    expect(columnForHeader(TABLES.design, "境界外扣除")?.id).toBe("excluded");
    expect(columnForHeader(TABLES.design, "设计利用系数")?.id).toBe("factor");
    expect(columnForHeader(TABLES.design, "禁采区/境界外损失(万t)")?.id).toBe("excludedLoss");
    expect(columnForHeader(TABLES.design, "边坡压覆损失(万t)")?.id).toBe("slopeLoss");
    expect(columnForHeader(TABLES.design, "保安矿柱损失")?.id).toBe("safetyLoss");
  });
});

describe("the template frame", () => {
  it("refuses a spec that misses a column of the vocabulary or plans one it does not have", () => {
    const columns = Object.fromEntries(Object.entries(TEMPLATES.resources.columns).filter(([id]) => id !== "note"));
    expect(() => buildTemplate({ ...TEMPLATES.resources, columns }, OPTIONS)).toThrow('no plan for column "note"');
    const extra = { ...TEMPLATES.resources.columns, weight: {} };
    expect(() => buildTemplate({ ...TEMPLATES.resources, columns: extra }, OPTIONS)).toThrow("unknown columns: weight");
  });

  it("lays a template out the same in both languages", () => {
    for (const kind of TEMPLATE_KINDS) {
      const rows = (language: "zh" | "en") =>
        planTemplate(kind, { ...OPTIONS, language }).cells.map((c) => [c.row, c.column, c.role, c.formula ?? ""]);
      const zh = rows("zh");
      const en = rows("en");
      expect(en.map(([r, c, role]) => [r, c, role])).toEqual(zh.map(([r, c, role]) => [r, c, role]));
      // Formulas differ only in the words of the summary's verdict.
      const words = (f: unknown) =>
        String(f)
          .replace(VERDICT_WORDS.meets.en, VERDICT_WORDS.meets.zh)
          .replace(VERDICT_WORDS.below.en, VERDICT_WORDS.below.zh);
      expect(en.map(([, , , f]) => words(f))).toEqual(zh.map(([, , , f]) => f));
    }
  });
});

describe("list validations drafters pick from", () => {
  const choices = (kind: TableKind, id: string) => {
    const j = templateLayout(kind).columns.indexOf(id);
    const v = planTemplate(kind, OPTIONS).validations.find((x) => x.range.column === j);
    return v?.kind === "list" ? v.choices : undefined;
  };

  it("offers the GB/T 17766-2020 classes, mineral roles, yes/no, mining methods and the three rates", () => {
    expect(choices("resources", "category")).toEqual(["探明", "控制", "推断", "证实", "可信"]);
    expect(choices("design", "category")).toEqual(["探明", "控制", "推断"]);
    expect(choices("resources", "role")).toEqual(["主矿产", "共生", "伴生"]);
    expect(choices("utilization", "role")).toEqual(["主矿产", "共生", "伴生"]);
    expect(choices("utilization", "used")).toEqual(["是", "否"]);
    expect(choices("summary", "method")).toEqual(["露天", "地下"]);
    expect(choices("summary", "indicator")).toEqual(["开采回采率", "选矿回收率", "综合利用率"]);
  });

  it("keeps the design utilisation factor and every typed rate between 0 and 1", () => {
    const kinds = (kind: TableKind) => planTemplate(kind, OPTIONS).validations.map((v) => v.kind);
    const at = (kind: TableKind, id: string) =>
      planTemplate(kind, OPTIONS).validations.find((v) => v.range.column === templateLayout(kind).columns.indexOf(id))
        ?.kind;
    expect(at("utilization", "miningRecovery")).toBe("rate");
    expect(at("utilization", "processRecovery")).toBe("rate");
    expect(at("summary", "value")).toBe("rate");
    expect(at("blocks", "consumed")).toBe("positive");
    expect(kinds("blocks")).toContain("nonNegative");
  });
});

describe("the formulas compute what the engine computes from the example inputs", () => {
  it("blocks: each recovery is MINE.RECOVERY, the total is the weighted Σ extracted ÷ Σ consumed, not the mean", () => {
    const { plan, layout, value, examples, input, col } = compute("blocks");
    const rates = examples.map((_, r) => miningRecovery(input(r, "extracted"), input(r, "consumed")));
    const consumed = examples.map((_, r) => input(r, "consumed"));
    layout.exampleRows.forEach((row, r) => {
      close(value("recovery", row), rates[r]);
      close(value("mined", row), input(r, "extracted") + input(r, "waste"));
      close(value("dilution", row), input(r, "waste") / (input(r, "extracted") + input(r, "waste")));
    });
    const total = layout.totalRow!;
    const expected = weightedRecovery(rates, consumed);
    const extracted = examples.reduce((s, _, r) => s + input(r, "extracted"), 0);
    close(value("recovery", total), expected);
    close(expected, extracted / consumed.reduce((a, b) => a + b, 0));
    expect(Math.abs(expected - rates.reduce((a, b) => a + b, 0) / rates.length)).toBeGreaterThan(0.01);
    expect(cellOf(plan, total, col("recovery"))?.formula).toMatch(/^=MINE\.WEIGHTED_RECOVERY\(\$G\$\d+:\$G\$\d+,\$B/);
    // The checks above the table: the same rate as Σ extracted ÷ Σ consumed, and the balance Q = S + T′.
    const sheet = computePlan(plan);
    close(sheet.value(layout.checkRows[0], layout.checkColumn), expected);
    close(sheet.value(layout.checkRows[1], layout.checkColumn), 0);
  });

  it("blocks: a panel typed into a blank row joins the totals and the weighted recovery", () => {
    const { layout, sheet, col, examples, input } = compute("blocks");
    const row = layout.blankRows[1];
    sheet.set(row, col("block"), "D 采区");
    sheet.set(row, col("consumed"), 15);
    sheet.set(row, col("loss"), 6);
    sheet.set(row, col("extracted"), 9);
    sheet.set(row, col("waste"), 0);
    const extracted = examples.reduce((s, _, r) => s + input(r, "extracted"), 0) + 9;
    const consumed = examples.reduce((s, _, r) => s + input(r, "consumed"), 0) + 15;
    close(sheet.value(row, col("recovery")), 0.6);
    close(sheet.value(layout.totalRow!, col("recovery")), extracted / consumed);
    close(sheet.value(layout.totalRow!, col("consumed")), consumed);
    close(sheet.value(layout.checkRows[1], layout.checkColumn), 0);
  });

  it("design (附件 六.5/六.9): usable = retained − overlaid only, every other exclusion an itemised design loss", () => {
    const { layout, value, examples, input } = compute("design");
    const lossIds = [...TEMPLATE_DESIGN_LOSS_IDS];
    expect(layout.columns).not.toContain("excluded");
    expect(layout.columns).not.toContain("factor");
    expect(layout.columns.slice(layout.columns.indexOf("slopeLoss"), layout.columns.indexOf("otherLoss") + 1)).toEqual(
      lossIds,
    );
    let usableTotal = 0;
    let lossTotal = 0;
    layout.exampleRows.forEach((row, r) => {
      const usable = usableResources(input(r, "retained"), [input(r, "overlaid")]);
      close(usable, input(r, "retained") - input(r, "overlaid"));
      const losses = lossIds.map((id) => input(r, id));
      close(value("usable", row), usable);
      close(
        value("losses", row),
        losses.reduce((a, b) => a + b, 0),
      );
      close(value("recoverable", row), recoverableReserves(usable, losses));
      close(value("designRecovery", row), designRecovery(usable, losses));
      usableTotal += usable;
      lossTotal += losses.reduce((a, b) => a + b, 0);
    });
    // the 推断 row counts in full (六.5 lists no factor); a 禁采区/境界外 exclusion appears as a loss, not a deduction
    expect(examples.some((e) => e.category === "推断")).toBe(true);
    expect(examples.some((e) => (e.excludedLoss as number) > 0)).toBe(true);
    const total = layout.totalRow!;
    close(value("usable", total), usableTotal);
    close(value("losses", total), lossTotal);
    close(value("recoverable", total), usableTotal - lossTotal);
    close(value("designRecovery", total), (usableTotal - lossTotal) / usableTotal);
    close(
      value("retained", total),
      examples.reduce((s, _, r) => s + input(r, "retained"), 0),
    );
  });

  it("design (附件 六.6): the service life above the table is MINE.SERVICE_LIFE of the total recoverable and the typed scale", () => {
    const { plan, layout, sheet, value } = compute("design");
    const checks = TEMPLATES.design.checks ?? [];
    const at = (id: string) => layout.checkRows[checks.findIndex((c) => c.id === id)];
    const life = layout.checkRows[checks.length - 1];
    const recoverable = value("recoverable", layout.totalRow!) as number;
    const result = () => sheet.value(life, layout.checkColumn);
    // the example: 30 万t/a with 5% waste, no K, no construction period
    close(result(), serviceLife(recoverable, 30, 0.05));
    for (const id of ["scale", "dilution"]) {
      expect(cellOf(plan, at(id), layout.checkColumn)?.role).toBe("input");
      expect(String(cellOf(plan, at(id), layout.checkColumn + 1)?.value)).toMatch(/示例数据，请替换/);
    }
    for (const id of ["reserveFactor", "constructionYears"]) {
      expect(cellOf(plan, at(id), layout.checkColumn)).toMatchObject({ role: "input", value: "" });
      expect(cellOf(plan, at(id), layout.checkColumn + 1)).toBeUndefined();
    }
    expect(cellOf(plan, life, layout.checkColumn)?.formula).toContain(`MINE.SERVICE_LIFE($`);
    // a coal mine: K without a waste ratio, then the construction period added
    sheet.set(at("dilution"), layout.checkColumn, 0);
    sheet.set(at("reserveFactor"), layout.checkColumn, 1.4);
    close(result(), recoverable / (30 * 1.4));
    sheet.set(at("constructionYears"), layout.checkColumn, 2);
    close(result(), recoverable / (30 * 1.4) + 2);
    // K beside a waste ratio is refused (no source applies both); no scale typed, no life shown
    sheet.set(at("dilution"), layout.checkColumn, 0.05);
    expect(result()).toBe("#VALUE!");
    sheet.set(at("scale"), layout.checkColumn, null);
    expect(result()).toBe("");
  });

  it("balance: yields, metal, actual recovery per product, and the theoretical checks from the three grades", () => {
    const { plan, layout, value, input } = compute("balance");
    const [feedRow] = layout.exampleRows;
    const feedT = input(0, "tonnage");
    const feedGrade = input(0, "grade");
    layout.exampleRows.forEach((row, r) => {
      close(value("yield", row), input(r, "tonnage") / feedT);
      close(value("metal", row), input(r, "tonnage") * input(r, "grade"));
      close(value("recovery", row), actualProcessRecovery(input(r, "tonnage"), input(r, "grade"), feedT, feedGrade));
    });
    close(value("recovery", feedRow), 1);
    const sheet = computePlan(plan);
    const [yields, recoveries, theoretical, yieldByGrade] = layout.checkRows.map((r) =>
      sheet.value(r, layout.checkColumn),
    );
    close(yields, 1);
    close(recoveries, 1);
    const grades = [0, 1, 2].map((r) => input(r, "grade")) as [number, number, number];
    close(theoretical, theoreticalProcessRecovery(...grades));
    close(yieldByGrade, concentrateYield(...grades));
    // The example balances exactly, so the actual and theoretical recoveries agree.
    close(theoretical, value("recovery", layout.exampleRows[1]) as number);
  });

  it("utilization: combined recovery per mineral and 综合利用率 = MINE.UTILIZATION over the named rows", () => {
    const { plan, layout, value, examples, input, col, sheet } = compute("utilization");
    const mining = examples.map((_, r) => input(r, "miningRecovery"));
    const processing = examples.map((_, r) => input(r, "processRecovery"));
    layout.exampleRows.forEach((row, r) => close(value("combined", row), combinedRecovery(mining[r], processing[r])));
    const total = layout.totalRow!;
    close(value("combined", total), utilizationRate(mining, processing));
    expect(examples.some((e) => e.used === "否" && e.miningRecovery === 0 && e.protection !== "")).toBe(true);
    expect(cellOf(plan, total, col("combined"))?.formula).toMatch(/^=MINE\.UTILIZATION\(FILTER\(/);
    // above the table, the 共伴生 figures the national thresholds are set on: the main mineral left out
    const roles = examples.map((e) => String(e.role));
    const [both, co, associated] = layout.checkRows.map((r) => sheet.value(r, layout.checkColumn));
    close(both, coMineralUtilization(mining, processing, roles));
    close(both, (0.85 * 0.6 + 0) / 2);
    expect(co).toBe("不涉及");
    close(associated, coMineralUtilization(mining, processing, roles, "associated"));
  });

  it("utilization: a mineral added in a blank row counts; a named mineral without rates is an error in its row", () => {
    const { layout, sheet, col, examples, input } = compute("utilization");
    const row = layout.blankRows[0];
    sheet.set(row, col("mineral"), "稀土");
    sheet.set(row, col("role"), "伴生");
    sheet.set(row, col("miningRecovery"), 0.85);
    sheet.set(row, col("processRecovery"), 0.5);
    const mining = [...examples.map((_, r) => input(r, "miningRecovery")), 0.85];
    const processing = [...examples.map((_, r) => input(r, "processRecovery")), 0.5];
    close(sheet.value(layout.totalRow!, col("combined")), utilizationRate(mining, processing));
    sheet.set(layout.blankRows[1], col("mineral"), "镓");
    expect(sheet.value(layout.blankRows[1], col("combined"))).toBe("#VALUE!");
  });

  it("summary: the minimum, its source and the verdict are the standards table's for each example row", () => {
    const { layout, value, examples } = compute("summary");
    const verdicts: string[] = [];
    layout.exampleRows.forEach((row, r) => {
      const e = examples[r];
      const query = { mineral: e.mineral, indicator: e.indicator, method: e.method, condition: e.condition };
      close(value("minimum", row), minRate(query));
      expect(value("source", row)).toBe(minRateSource(query));
      const verdict = meetsMin(Number(e.value), query) ? VERDICT_WORDS.meets.zh : VERDICT_WORDS.below.zh;
      expect(value("meets", row)).toBe(verdict);
      verdicts.push(verdict);
    });
    // The example shows both verdicts; 磷 地下 72%, 磷块岩 80%, 共伴生 45% from the 2012-12-28 notice.
    expect(layout.exampleRows.map((row) => value("minimum", row))).toEqual([0.72, 0.8, 0.45]);
    expect(new Set(verdicts)).toEqual(new Set(["达标", "不达标"]));
    for (const row of layout.blankRows) {
      for (const id of ["minimum", "source", "meets"]) expect(value(id, row)).toBe("");
    }
  });

  it("summary: a rate typed into a blank row is judged, and the English sheet says meets/below", () => {
    const { layout, sheet, col } = compute("summary", "en");
    const row = layout.blankRows[0];
    sheet.set(row, col("indicator"), "开采回采率");
    sheet.set(row, col("mineral"), "铁");
    sheet.set(row, col("method"), "地下");
    sheet.set(row, col("condition"), "稳固 倾斜");
    sheet.set(row, col("value"), 0.8);
    close(sheet.value(row, col("minimum")), 0.81);
    expect(sheet.value(row, col("meets"))).toBe(VERDICT_WORDS.below.en);
    expect(sheet.value(layout.exampleRows[0], col("meets"))).toBe(VERDICT_WORDS.meets.en);
  });

  it("summary: its condition hint says what the lookup reads: numbers with units, a rule for open-pit coal only", () => {
    const [hint] = TEMPLATES.summary.notes;
    expect(hint.zh).toContain("2.5m、倾角35°");
    expect(hint.zh).toContain("煤炭露天须另写 2012公告 或 17号令");
    expect(hint.en).toContain("open-pit coal also needs 2012公告 or 17号令");
    const rate = (mineral: string, method: string, condition: string) =>
      minRate({ mineral, indicator: "开采回采率", method, condition });
    expect(rate("煤", "地下", "2.5m")).toBe(0.8);
    expect(rate("铁", "地下", "稳固 倾角35°")).toBe(0.81);
    expect(() => rate("煤", "露天", "厚")).toThrow(/2012公告/);
    expect(rate("煤", "露天", "2012公告 厚")).toBe(0.95);
  });

  it("summary: its note points at the design template's total design recovery", () => {
    const plan = planTemplate("summary", OPTIONS);
    const design = templateLayout("design");
    const cell = cellAddress(design.totalRow!, design.columns.indexOf("designRecovery"));
    expect(plan.cells.some((c) => String(c.value).includes(`='${TABLES.design.zh}'!${cell}`))).toBe(true);
  });
});

describe("notes", () => {
  it.each(TEMPLATE_KINDS)("the %s template states its basis with confidence marks in both languages", (kind) => {
    for (const language of ["zh", "en"] as const) {
      const layout = templateLayout(kind);
      const plan = planTemplate(kind, { ...OPTIONS, language });
      const notes = layout.notesRows.map((r) => String(cellOf(plan, r, 0)?.value));
      expect(notes.join("")).toMatch(/[✅🔶❓]/u);
      expect(notes[notes.length - 1]).toContain("test");
      expect(notes[notes.length - 1]).toContain(OPTIONS.date);
      if (language === "en") expect(notes[notes.length - 1]).toContain(TABLES[kind].columns[0].en);
    }
  });

  it("the blocks template names Σ采出 ÷ Σ动用, the Zhejiang notice and WEIGHTED_RECOVERY, and marks the weight ❓", () => {
    const plan = planTemplate("blocks", OPTIONS);
    const text = plan.cells.map((c) => String(c.value ?? "")).join("\n");
    expect(text).toContain("Σ采出 ÷ Σ动用");
    expect(text).toContain("浙自然资规〔2025〕6号 附件 六.5");
    expect(text).toContain("MINE.WEIGHTED_RECOVERY");
    expect(text).toMatch(/❓ GB\/T 42249-2022/);
  });
});

describe("a template written through the Excel adapter", () => {
  const globals = globalThis as { Excel?: unknown; Office?: unknown };
  afterEach(() => {
    delete globals.Excel;
    delete globals.Office;
  });

  it("inserts every template as the taskpane does, twice: named after its table, then numbered", async () => {
    const wb = new FakeWorkbook().install();
    for (let round = 0; round < 2; round++) {
      for (const kind of TEMPLATE_KINDS) {
        const sheetName = await suggestSheetName(TABLES[kind].zh);
        await writeSheetPlan(planTemplate(kind, { ...OPTIONS, sheetName }), { overwrite: false });
      }
    }
    expect(wb.sheets.map((x) => x.name)).toEqual([
      ...TEMPLATE_KINDS.map((kind) => TABLES[kind].zh),
      ...TEMPLATE_KINDS.map((kind) => `${TABLES[kind].zh} (2)`),
    ]);
    for (const kind of TEMPLATE_KINDS) {
      expect(wb.sheet(`${TABLES[kind].zh} (2)`).cell("A1")?.value).toBe(templateMarker(kind));
    }
    expect(wb.dropped).toBe(0);
  });

  it("lands its formulas, inputs, formats and validations in the workbook", async () => {
    const wb = new FakeWorkbook().install();
    const plan = planTemplate("blocks", { ...OPTIONS, sheetName: TABLES.blocks.zh });
    const layout = templateLayout("blocks");
    await writeSheetPlan(plan, { overwrite: false });
    const s = wb.sheet(TABLES.blocks.zh);
    const at = (row: number, id: string) => s.cell(cellAddress(row, layout.columns.indexOf(id)));
    expect(s.cell("A1")?.value).toBe(templateMarker("blocks"));
    const first = layout.firstRow;
    expect(at(first, "recovery")).toMatchObject({
      formula: `=IF(A${first + 1}="","",MINE.RECOVERY(D${first + 1},B${first + 1}))`,
      numberFormat: "0.00%",
    });
    expect(at(layout.totalRow!, "recovery")?.formula).toBe(
      `=MINE.WEIGHTED_RECOVERY($G$${first + 1}:$G$${layout.lastRow + 1},$B$${first + 1}:$B$${layout.lastRow + 1})`,
    );
    expect(at(layout.headerRow, "block")?.value).toBe("采区/矿块");
    expect(at(first, "consumed")).toMatchObject({ value: 20, fill: "#FFF2CC" });
    expect(at(layout.blankRows[0], "consumed")?.validation?.rule).toEqual({
      decimal: { formula1: 0, operator: "GreaterThan" },
    });
    expect(wb.dropped).toBe(0);

    await writeSheetPlan(planTemplate("utilization", { ...OPTIONS, sheetName: TABLES.utilization.zh }), {
      overwrite: false,
    });
    const u = wb.sheet(TABLES.utilization.zh);
    const ul = templateLayout("utilization");
    const rate = u.cell(cellAddress(ul.blankRows[2], ul.columns.indexOf("processRecovery")));
    expect(rate?.validation?.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
    const role = u.cell(cellAddress(ul.firstRow, ul.columns.indexOf("role")));
    expect(role?.validation?.rule).toEqual({ list: { inCellDropDown: true, source: "主矿产,共生,伴生" } });
    expect(u.cell(cellAddress(ul.totalRow!, ul.columns.indexOf("combined")))?.formula).toMatch(/^=MINE\.UTILIZATION/);
    expect(wb.sheets.map((x) => x.name)).toEqual([TABLES.blocks.zh, TABLES.utilization.zh]);
  });

  it("lands a portable template as the taskpane writes it: native formulas, the minimums typed", async () => {
    const wb = new FakeWorkbook().install();
    await writeSheetPlan(planTemplate("summary", { ...OPTIONS, sheetName: "汇总", formulas: "portable" }), {
      overwrite: false,
    });
    const s = wb.sheet("汇总");
    const layout = templateLayout("summary");
    const formulas = layout.exampleRows.flatMap((row) =>
      layout.columns.map((_, j) => s.cell(cellAddress(row, j))?.formula ?? ""),
    );
    expect(formulas.filter(Boolean).length).toBeGreaterThan(0);
    for (const formula of formulas) expect(formula).not.toMatch(/MINE\./);
    const minimum = s.cell(cellAddress(layout.firstRow, layout.columns.indexOf("minimum")));
    expect(minimum).toMatchObject({ value: minRate({ mineral: "磷", indicator: "开采回采率", method: "地下" }) });
    expect(minimum?.fill).toBe("#FFF2CC");
    expect(wb.dropped).toBe(0);
  });
});
