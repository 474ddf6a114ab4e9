// Weights: pairwise judgements with live weights, CR and the doctor's repair; a second expert and the group (AIJ).
import { expect, flow, screenshot, test } from "./fixtures";
import { globalWeights, numberAt, openTab, textOf, waitForChange } from "./steps";

flow("weights", (taskpane) => {
  test("pairwise judgements give live weights, CR, a badge and the doctor's one-click repair", async () => {
    const { page } = taskpane;
    await openTab(page, "weights");
    await page.getByTestId("judgement-matrix").waitFor();
    const cr = async () => Number((await textOf(page, "cr")).split("=").pop());
    // The illustrative defaults are consistent: CR 0 and a passing badge, weights 0.4 / 0.4 / 0.2.
    expect(await cr(), "default CR").toBe(0);
    const badge = await textOf(page, "cr-badge");
    expect(/可接受/.test(badge) && !/不可接受/.test(badge), `badge: ${badge}`).toBe(true);
    const w0 = await numberAt(page, "weight-0");
    expect(Math.abs(w0 - 0.4), `资源类 weight ${w0}, expected 0.4`).toBeLessThan(1e-4);
    // each judgement says what it asks, for a screen reader
    await expect(page.getByTestId("judgement-0-1")).toHaveAccessibleName("资源类相对于环境类的重要性");
    // 资源类 extremely less important than 环境类 but still twice 社会类: inconsistent.
    await page.getByLabel("资源类相对于环境类的重要性").selectOption("1/9");
    await page.waitForFunction(() => /不可接受/.test(document.querySelector("[data-testid=cr-badge]")!.textContent));
    const before = await cr();
    expect(before, `CR after the change is ${before}, expected above the n = 3 threshold 0.05`).toBeGreaterThan(0.05);
    const apply = page.getByTestId("doctor").locator("button").first();
    await expect(apply, "the doctor offers no suggestion for an inconsistent matrix").toBeAttached();
    await apply.click();
    await page.waitForFunction((b) => {
      const text = document.querySelector("[data-testid=cr]")!.textContent || "";
      return Number(text.split("=").pop()) < b;
    }, before);
    console.log(`  CR ${before} → ${await cr()} after the doctor's suggestion`);
  });

  test("a second expert with a different judgement changes the group (AIJ) weights", async () => {
    const { page } = taskpane;
    await page.getByTestId("matrix-select").selectOption("categories");
    await expect(page.getByTestId("group"), "a group result is shown with one expert").toHaveCount(0);
    const first = await numberAt(page, "weight-0");
    const firstJudgement = await page.getByTestId("judgement-0-1").inputValue();
    await page.getByTestId("copy-expert").click();
    await page.getByTestId("group-weight-0").waitFor();
    await expect(page.getByTestId("expert-select"), "the new expert is not selected").toHaveValue("1");
    await expect(page.getByTestId("expert-name"), "the copy is not named after its source").toHaveValue("专家1(副本)");
    const copied = await numberAt(page, "group-weight-0");
    expect(
      Math.abs(copied - first),
      `two identical experts give group weight ${copied}, expected ${first}`,
    ).toBeLessThan(1e-4);

    const other = firstJudgement === "5" ? "7" : "5";
    await page.getByTestId("judgement-0-1").selectOption(other);
    await waitForChange(page, "group-weight-0", copied);
    const second = await numberAt(page, "weight-0");
    const group = await numberAt(page, "group-weight-0");
    // One judgement differs, AIJ takes its geometric mean, and w₀ grows with a₀₁: the group lies between.
    expect(
      group > Math.min(first, second) && group < Math.max(first, second),
      `group weight ${group} is not between the experts' ${first} and ${second}`,
    ).toBe(true);
    expect(await textOf(page, "group-cr"), "no group CR").toMatch(/CR/);

    // Weighting expert 2 three times moves the group towards expert 2.
    await page.getByTestId("expert-weight").fill("3");
    await waitForChange(page, "group-weight-0", group);
    const weighted = await numberAt(page, "group-weight-0");
    expect(
      Math.abs(weighted - second),
      `expert weight 3 gave group ${weighted}, no closer to expert 2's ${second} than ${group}`,
    ).toBeLessThan(Math.abs(group - second));

    for (const id of ["cr-0-0", "cr-0-1", "cr-0-group", "cr-3-group"]) {
      expect(await textOf(page, id), `CR table cell ${id} has no pass/fail mark`).toMatch(/✓|✗/);
    }
    const globals = await globalWeights(page);
    const sum = globals.reduce((x, y) => x + y, 0);
    expect(globals.length === 9 && Math.abs(sum - 1) < 1e-3, `global weights: ${globals.length}, sum ${sum}`).toBe(
      true,
    );
    console.log(`  expert 1 w₀ ${first}, expert 2 w₀ ${second}, group ${group}, with expert 2 weighted 3: ${weighted}`);
    await screenshot(page, "weights");
  });
});
