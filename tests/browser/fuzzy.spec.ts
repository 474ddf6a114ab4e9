// Fuzzy evaluation with the group of two experts: vote counts, a measured value, Monte-Carlo sensitivity, and
// editing the grades.
import { expect, flow, screenshot, test } from "./fixtures";
import { addSecondExpert, globalWeights, openTab, overallB, textOf, VOTES, voteShares, weightedSum } from "./steps";

flow("fuzzy evaluation", (taskpane) => {
  let globals: number[] = [];
  test.beforeAll(async () => {
    await addSecondExpert(taskpane.page);
  });

  test("fuzzy evaluation from vote counts: B sums to 1 under M(·,+), a verdict, five operators", async () => {
    const { page } = taskpane;
    globals = await globalWeights(page);
    await openTab(page, "fuzzy");
    await page.getByTestId("fuzzy-panel").waitFor();
    const problems = await page.locator("[data-testid=problems] li").count();
    expect(problems, `${problems} problems listed before any vote, expected one per indicator (9)`).toBe(9);
    await expect(page.getByTestId("verdict"), "a verdict is shown before the votes are in").toHaveCount(0);
    for (let k = 0; k < 3; k++)
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 4; j++) await page.getByTestId(`vote-${k}-${i}-${j}`).fill(String(VOTES[k][i][j]));
    await page.getByTestId("verdict").waitFor();
    await expect(page.getByTestId("problems"), "problems still listed with every vote in").toHaveCount(0);
    await expect(page.getByTestId("operator"), "the default operator is not M(·,+)").toHaveValue("M(·,+)");
    const b = await overallB(page);
    const sum = b.reduce((x, y) => x + y, 0);
    expect(b.length === 4 && Math.abs(sum - 1) < 1e-9, `B = ${JSON.stringify(b)} sums to ${sum}`).toBe(true);
    // Under M(·,+) B is Σ global weight × vote share; recomputed here from the rounded weights the page shows.
    const expected = weightedSum(globals, voteShares());
    expect(
      expected.every((e, j) => Math.abs(e - b[j]) < 2e-3),
      `B ${JSON.stringify(b)} differs from Σ wᵢ·rᵢ = ${JSON.stringify(expected)}`,
    ).toBe(true);
    const verdict = await textOf(page, "verdict");
    const top = ["优", "良", "中", "差"][b.indexOf(Math.max(...b))];
    expect(verdict, `verdict "${verdict}", expected ${top} (largest b)`).toBe(top);
    const operators = await page.locator("[data-testid=operators-table] tbody tr").count();
    expect(operators, `the operator table has ${operators} rows, expected 5`).toBe(5);
    console.log(`  B = ${b.map((x) => x.toFixed(4)).join(" ")}, verdict ${verdict}`);
  });

  test("a measured value with one breakpoint per grade replaces one indicator's votes", async () => {
    const { page } = taskpane;
    await page.getByTestId("mode-0-0").selectOption("measured");
    await page.getByTestId("measured-0-0").waitFor();
    await page.getByTestId("problems").waitFor();
    await expect(page.getByTestId("verdict"), "a verdict is shown while the measured value is missing").toHaveCount(0);
    const problems = await textOf(page, "problems");
    expect(problems, `problems: "${problems}"`).toContain("储量动态变化");
    expect(problems, `problems: "${problems}"`).toContain("实测值");
    // Table 1's b1/b2/b3 are shown as a hint with their confidence mark, and never pre-filled.
    const hint = await textOf(page, "membership-0-0");
    expect(hint, `reference hint: "${hint}"`).toContain("1 / 0.7 / 0.3");
    expect(hint, `reference hint: "${hint}"`).toContain("未核实"); // the ❓ mark shown as its word
    for (let j = 0; j < 4; j++) {
      await expect(page.getByTestId(`breakpoint-0-0-${j}`), `breakpoint ${j + 1} is pre-filled`).toHaveValue("");
    }
    await expect(page.getByTestId("direction-0-0"), "储量替代率 is not a benefit indicator").toHaveValue("benefit");
    await page.getByTestId("measured-0-0").fill("0.85");
    const breakpoints = ["1", "0.7", "0.3", "0"];
    for (let j = 0; j < 4; j++) await page.getByTestId(`breakpoint-0-0-${j}`).fill(breakpoints[j]);
    await page.getByTestId("verdict").waitFor();
    const b = await overallB(page);
    // 0.85 lies halfway between 1 (优) and 0.7 (良): row (0.5, 0.5, 0, 0) instead of the votes' (0.5, 0.3, 0.2, 0).
    const rows = voteShares();
    rows[0] = [0.5, 0.5, 0, 0];
    const expected = weightedSum(globals, rows);
    expect(
      expected.every((e, j) => Math.abs(e - b[j]) < 2e-3),
      `B ${JSON.stringify(b)} differs from Σ wᵢ·rᵢ = ${JSON.stringify(expected)}`,
    ).toBe(true);
  });

  test("Monte-Carlo sensitivity on a click: N draws, spread 1.5, EVM, change rates and grade counts", async () => {
    const { page } = taskpane;
    await page.getByTestId("run-sensitivity").click();
    await page.getByTestId("sensitivity-summary").waitFor();
    const summary = await textOf(page, "sensitivity-summary");
    expect(/蒙特卡洛模拟 2000 次/.test(summary) && summary.includes("1.5") && summary.includes("EVM"), summary).toBe(
      true,
    );
    const rate = await textOf(page, "verdict-change");
    expect(rate, `verdict change rate "${rate}"`).toMatch(/^\d+(\.\d)?%$/);
    const counts = (await textOf(page, "grade-counts")).split(", ").map((c) => Number(c.split(" ")[1]));
    expect(
      counts.reduce((x, y) => x + y, 0),
      `grade counts do not add up to 2000: ${counts.join(",")}`,
    ).toBe(2000);
    console.log(`  verdict changes in ${rate} of draws; ranking in ${await textOf(page, "ranking-change")}`);
    await screenshot(page, "fuzzy");
  });

  test("grades: scores give a score; rename, add and remove grades keep each column's inputs", async () => {
    const { page } = taskpane;
    await openTab(page, "fuzzy");
    await page.getByTestId("verdict").waitFor();
    await page.getByTestId("use-scores").click();
    await page.getByTestId("score").waitFor();
    const b = await overallB(page);
    const scores = await Promise.all(
      [0, 1, 2, 3].map(async (j) => Number(await page.getByTestId(`score-${j}`).inputValue())),
    );
    const expected = b.reduce((acc, x, j) => acc + x * scores[j], 0) / b.reduce((x, y) => x + y, 0);
    const shown = Number((await textOf(page, "score")).split(/[:：]/).pop());
    expect(
      Math.abs(shown - expected),
      `score ${shown}, expected Σ bⱼsⱼ / Σ bⱼ = ${expected} (scores ${scores.join(",")})`,
    ).toBeLessThan(0.006);

    await page.getByTestId("grade-name-0").fill("优秀");
    await page.getByTestId("add-grade").click();
    await page.getByTestId("vote-0-1-4").waitFor();
    await expect(page.getByTestId("grade-name-4"), "the added grade is not named 等级 5").toHaveValue("等级 5");
    // Removing 良 (grade 2) shifts 中 and 差 left with their votes and breakpoints; nothing else moves.
    await page.getByTestId("remove-grade-1").click();
    await page.getByTestId("vote-0-1-4").waitFor({ state: "detached" });
    const values = (prefix: string) =>
      Promise.all([0, 1, 2, 3].map((j) => page.getByTestId(`${prefix}${j}`).inputValue()));
    const grades = await values("grade-name-");
    expect(grades, `grades ${grades.join(",")}`).toEqual(["优秀", "中", "差", "等级 5"]);
    const votes = await values("vote-0-1-");
    const want = [VOTES[0][1][0], VOTES[0][1][2], VOTES[0][1][3], 0].map(String);
    expect(votes, `开采强度 votes ${votes.join(",")}, expected ${want.join(",")}`).toEqual(want);
    const breakpoints = await values("breakpoint-0-0-");
    expect(breakpoints, `breakpoints ${breakpoints.join(",")}`).toEqual(["1", "0.3", "0", ""]);
    await page.getByTestId("remove-grade-3").click();
    await page.getByTestId("remove-grade-2").click();
    await page.getByTestId("grade-name-2").waitFor({ state: "detached" });
    await expect(
      page.getByTestId("remove-grade-0"),
      "with two grades left, a grade can still be removed",
    ).toBeDisabled();
  });
});
