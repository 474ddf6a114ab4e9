/**
 * What a result cannot be trusted for (src/core/evaluation/caveats.ts): a category matrix made inconsistent (a
 * cycle: resources ≻ environment ≻ society ≻ resources, CR far above Saaty's 0.05 for n = 3) is named for the group
 * and for the expert who judged it; the starting assessment's blank votes are named indicator by indicator.
 */
import {
  addExpert,
  defaultAssessment,
  evaluateAssessment,
  setJudgement,
} from "../../../src/core/evaluation/assessment";
import { caveatMessages, caveatsOf, hasCaveats } from "../../../src/core/evaluation/caveats";
import { withVotes } from "./assessmentSheet/helpers";

const categories = { level: "categories" } as const;

describe("caveats", () => {
  it("are none for a consistent assessment with every vote in", () => {
    const a = withVotes(defaultAssessment("zh"));
    const c = caveatsOf(a, evaluateAssessment(a));
    expect(hasCaveats(c)).toBe(false);
    expect(caveatMessages(a, c)).toEqual([]);
  });

  it("name every indicator whose votes are missing", () => {
    const a = defaultAssessment("zh");
    const c = caveatsOf(a, evaluateAssessment(a));
    expect(c.inconsistent).toEqual([]);
    expect(c.incomplete).toHaveLength(9);
    const [said] = caveatMessages(a, c);
    expect(said.zh).toMatch(/^9 个指标的隶属度输入不完整，模糊评价无法计算：资源类 \/ 储量动态变化：/);
    expect(said.en).toMatch(/^9 indicators' membership input is incomplete/);
  });

  it("name a failing matrix for the group, whose weights are used, and for the expert who judged it", () => {
    let a = addExpert(withVotes(defaultAssessment("zh")), "李工");
    // a cycle in the second expert's categories: a12 = 5, a23 = 5, a13 = 1/5
    a = setJudgement(a, 1, categories, 0, 1, 5);
    a = setJudgement(a, 1, categories, 1, 2, 5);
    a = setJudgement(a, 1, categories, 0, 2, 1 / 5);
    const result = evaluateAssessment(a);
    const c = caveatsOf(a, result);
    expect(c.inconsistent.map(({ expert, category }) => [expert, category])).toEqual([
      [null, null],
      [1, null],
    ]);
    expect(c.inconsistent[0].consistency.cr).toBeGreaterThan(0.05);
    const [said] = caveatMessages(a, c);
    expect(said.zh).toContain("2 个判断矩阵未通过一致性检验");
    expect(said.zh).toContain("综合(群组)类别层判断矩阵 CR = ");
    expect(said.zh).toContain("李工的类别层判断矩阵 CR = ");
    expect(said.zh).toContain("> 0.05");
    expect(said.en).toContain("the group's categories' matrix CR = ");
  });
});
