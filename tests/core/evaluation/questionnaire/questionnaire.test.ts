import {
  Assessment,
  addIndicator,
  evaluateAssessment,
  renameIndicator,
} from "../../../../src/core/evaluation/assessment";
import {
  JUDGEMENT_CHOICES,
  QUESTIONNAIRE_MARKER,
  QuestionnaireReading,
  applyQuestionnaires,
  planQuestionnaire,
  questionnaireSheetName,
  readQuestionnaire,
  reciprocalFormula,
} from "../../../../src/core/evaluation/questionnaire";
import { SheetPlan } from "../../../../src/core/workbook/sheetPlan";
import { ANSWERS, OPTIONS, fill, gridOf, panel } from "./fixtures";

const plan = (a: Assessment, e: number, sheetName = "问卷-专家1"): SheetPlan =>
  planQuestionnaire(a, e, { ...OPTIONS, sheetName });

const problems = (r: QuestionnaireReading, language: "zh" | "en" = "zh"): string[] =>
  r.ok ? [] : r.problems.map((p) => p[language]);

describe("planning a questionnaire", () => {
  const a = panel();
  const p = plan(a, 1, "问卷-李工");

  it("is marked, names the expert and weight, and records its layout", () => {
    const g = gridOf(p);
    expect(g[0][0]).toBe(QUESTIONNAIRE_MARKER);
    expect(p.marker).toBe(QUESTIONNAIRE_MARKER);
    expect(g[2][1]).toBe("李工");
    expect(g[3][1]).toBe(2);
    expect(JSON.parse(String(g[4][1]))).toEqual({
      layout: 1,
      categories: [3, 3, 3],
      grades: 4,
      voted: [
        [0, 0],
        [0, 1],
        [0, 2],
      ],
    });
  });

  it("asks for the upper triangle from the 17 scale values, as text, and computes the lower one", () => {
    expect(JUDGEMENT_CHOICES).toEqual([
      "1/9",
      "1/8",
      "1/7",
      "1/6",
      "1/5",
      "1/4",
      "1/3",
      "1/2",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
    ]);
    const lists = p.validations.filter((v) => v.kind === "list");
    // two rows of each 3×3 matrix (3 + 2 + … cells): 4 matrices × 2 rows
    expect(lists).toHaveLength(8);
    expect(lists[0]).toMatchObject({ range: { row: 11, column: 2, rows: 1, columns: 2 }, choices: JUDGEMENT_CHOICES });
    const c12 = p.cells.find((c) => c.row === 11 && c.column === 2)!;
    expect(c12).toMatchObject({ role: "input", numberFormat: "@" });
    const b13 = p.cells.find((c) => c.row === 12 && c.column === 1)!;
    expect(b13.formula).toBe(reciprocalFormula("C12"));
    expect(b13.formula).toBe(
      '=IF(C12="","",IFERROR(IF(ISNUMBER(FIND("/",C12)),MID(C12,FIND("/",C12)+1,9)/LEFT(C12,FIND("/",C12)-1),1/C12),"?"))',
    );
    expect(p.cells.find((c) => c.row === 11 && c.column === 1)).toMatchObject({ role: "note", value: 1 });
  });

  it("puts Saaty's verbal scale beside the first matrix", () => {
    const g = gridOf(p);
    const words = g.slice(10, 19).map((row) => row[6]);
    expect(words).toEqual([
      "同等重要",
      "介于同等与稍微重要之间(相邻中间值)",
      "稍微重要",
      "介于稍微与明显重要之间(相邻中间值)",
      "明显重要",
      "介于明显与强烈重要之间(相邻中间值)",
      "强烈重要",
      "介于强烈与极端重要之间(相邻中间值)",
      "极端重要",
    ]);
    const en = gridOf(planQuestionnaire(a, 0, { ...OPTIONS, language: "en", sheetName: "Q-Expert 1" }));
    expect(en[10][6]).toBe("equal importance");
  });

  it("has a votes-per-grade table for the voted indicators only", () => {
    const g = gridOf(p);
    expect(g[35].slice(0, 6)).toEqual(["类别", "指标", "优", "良", "中", "差"]);
    expect(g.slice(36, 39).map((row) => row[1])).toEqual(["储量动态变化", "开采强度", "综合利用率"]);
    expect(g.length).toBe(39);
    expect(p.validations.find((v) => v.kind === "nonNegative")!.range).toEqual({
      row: 36,
      column: 2,
      rows: 3,
      columns: 4,
    });
  });

  it("names sheets as Excel allows", () => {
    expect(questionnaireSheetName("专家1", "zh")).toBe("问卷-专家1");
    expect(questionnaireSheetName("Dr. A/B [mine]", "en")).toBe("Q-Dr. A_B _mine_");
    expect([...questionnaireSheetName("很".repeat(40), "zh")]).toHaveLength(31);
  });
});

describe("reading questionnaires back", () => {
  const a = panel();
  const blank = gridOf(plan(a, 0));

  it("reads the expert, the judgements and the votes, with each matrix's CR", () => {
    const r = readQuestionnaire("问卷-专家1", fill(blank, ANSWERS), a);
    expect(problems(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.expert.name).toBe("专家1");
    expect(r.expert.weight).toBe(1);
    expect(r.expert.categoryMatrix[0][2]).toBeCloseTo(1 / 3, 12);
    expect(r.expert.categoryMatrix[2][0]).toBeCloseTo(3, 12);
    expect(r.consistency[0].cr).toBeCloseTo(0.0559, 3);
    expect(r.consistency.map((c) => c.passes)).toEqual([false, true, true, true]);
    expect([...r.votes]).toEqual([
      ["0,0", [1, 0, 0, 0]],
      ["0,1", [0, 1, 0, 0]],
      ["0,2", [0, 0, 1, 0]],
    ]);
  });

  it("names a blank, an out-of-scale, a text judgement and a missing vote by sheet!cell, each part once", () => {
    const r = readQuestionnaire(
      "问卷-专家1",
      fill(blank, { ...ANSWERS, D12: "", C18: "12", C24: "abc", D37: 2.5, C37: "" }),
      a,
    );
    expect(problems(r)).toEqual([
      "'问卷-专家1'!D12：为空：上三角(对角线右上方)的每个判断都须填写",
      "'问卷-专家1'!C18：12 超出 1/9…9 标度",
      "'问卷-专家1'!C24：“abc” 不是数字",
      "'问卷-专家1'!D37：票数应为整数，现为 2.5",
    ]);
    expect(problems(r, "en")[1]).toBe("'问卷-专家1'!C18: 12 is outside the 1/9…9 scale");
  });

  it("refuses a row left without a vote, a blank name and a weight that is not positive", () => {
    const r = readQuestionnaire("问卷-专家1", fill(blank, { ...ANSWERS, E39: "", B3: "", B4: 0 }), a);
    expect(problems(r)).toEqual([
      "'问卷-专家1'!B3：专家姓名为空",
      "'问卷-专家1'!B4：应为正数，现为 0",
      "'问卷-专家1'!C39：这一行没有任何票(全为空或 0)",
    ]);
  });

  it("quotes a sheet name with spaces in the cell it names", () => {
    const r = readQuestionnaire("Q-Expert 1", fill(blank, { ...ANSWERS, D13: "1/10" }), a);
    expect(problems(r, "en")).toEqual(["'Q-Expert 1'!D13: 0.1 is outside the 1/9…9 scale"]);
  });

  it("refuses a questionnaire of another indicator system: another size or another name", () => {
    const grown = addIndicator(a, 0, "新指标");
    expect(problems(readQuestionnaire("问卷-专家1", fill(blank, ANSWERS), grown))[0]).toContain(
      "'问卷-专家1'!B5：问卷中为“3 × (3/3/3), 4”，任务窗格的指标体系中此处为“3 × (4/3/3), 4”",
    );
    const renamed = renameIndicator(a, 1, 0, "生态影响");
    expect(problems(readQuestionnaire("问卷-专家1", fill(blank, ANSWERS), renamed))).toEqual([
      "'问卷-专家1'!B23：问卷中为“生态破坏程度”，任务窗格的指标体系中此处为“生态影响”：问卷是按另一个指标体系生成的，请重新生成",
    ]);
  });

  it("refuses a damaged layout record", () => {
    expect(problems(readQuestionnaire("S", fill(blank, { ...ANSWERS, B5: "{" }), a))).toEqual([
      "S!B5：问卷结构记录已损坏或不是本加载项写的，请重新生成问卷",
    ]);
  });

  it("brings in the experts that read right and the sum of their votes", () => {
    const first = readQuestionnaire("问卷-专家1", fill(blank, ANSWERS), a);
    const second = readQuestionnaire(
      "问卷-李工",
      fill(gridOf(plan(a, 1, "问卷-李工")), { ...ANSWERS, C12: "3", C37: "", D37: 1 }),
      a,
    );
    const bad = readQuestionnaire("问卷-王工", fill(blank, { ...ANSWERS, C12: "" }), a);
    const next = applyQuestionnaires(a, [first, second, bad]);
    expect(next.experts.map((e) => [e.name, e.weight])).toEqual([
      ["专家1", 1],
      ["李工", 2],
    ]);
    expect(next.experts[1].categoryMatrix[0][1]).toBe(3);
    expect(next.categories[0].indicators[0].membership).toEqual({ kind: "votes", votes: [1, 1, 0, 0] });
    expect(next.categories[1].indicators[0].membership.kind).toBe("measured");
    expect(evaluateAssessment(next).weights.perExpert).toHaveLength(2);
    expect(() => applyQuestionnaires(a, [bad])).toThrow("工作簿中没有本加载项生成的专家问卷");
  });
});
