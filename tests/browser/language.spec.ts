// The language switch: the fuzzy and weights pages (with two experts, votes and a sensitivity run) turn English and
// back; the title and the function list turn English.
import { CJK, expect, flow, test } from "./fixtures";
import { addSecondExpert, enterVotes, expectList, functionEntries, openTab, runSensitivity } from "./steps";

flow("language", (taskpane) => {
  test.beforeAll(async () => {
    const { page } = taskpane;
    await addSecondExpert(page);
    await enterVotes(page);
    await runSensitivity(page);
  });

  test("the language switch turns the fuzzy and weights pages English and back", async () => {
    const { page } = taskpane;
    await page.click("#language");
    await page.waitForFunction(() => document.querySelector("[data-testid=tab-fuzzy]")!.textContent === "Fuzzy");
    const fuzzy = (await page.getByTestId("fuzzy-panel").textContent()) || "";
    for (const words of [
      "Grades (best first)",
      "Verdict (maximum membership)",
      "Monte-Carlo simulation with 2000 draws",
    ]) {
      expect(fuzzy, `the fuzzy page lacks "${words}" in English`).toContain(words);
    }
    expect(fuzzy, "Chinese texts left on the English fuzzy page").not.toMatch(/评语集|最大隶属度|蒙特卡洛/);
    await openTab(page, "weights");
    await page.getByTestId("judgement-matrix").waitFor();
    const weights = (await page.textContent("main")) || "";
    for (const words of ["Weight method", "Global weights (group)", "CR (Saaty 1980)", "Group result of 2 experts"]) {
      expect(weights, `the weights page lacks "${words}" in English`).toContain(words);
    }
    await page.click("#language");
    await page.waitForFunction(() => /全局权重/.test(document.querySelector("main")!.textContent));
  });

  test("#language switches the title and the list to English", async () => {
    const { page, site } = taskpane;
    await openTab(page, "functions");
    await page.locator("#functions dt").first().waitFor();
    const zhTitle = await page.textContent("#title");
    await page.click("#language");
    const firstEn = site.en[0].description;
    await page.waitForFunction(
      ({ zhTitle, firstEn }) => {
        const title = document.querySelector("#title");
        const dd = document.querySelector("#functions dd");
        return !!title && title.textContent !== zhTitle && !!dd && dd.textContent.startsWith(firstEn);
      },
      { zhTitle, firstEn },
    );
    const title = (await page.textContent("#title")) || "";
    expect(!CJK.test(title) && /[A-Za-z]/.test(title), `title is not English: "${title}"`).toBe(true);
    const lang = await page.evaluate(() => document.documentElement.lang);
    expect(lang, `<html lang> is "${lang}", expected "en"`).toBe("en");
    expectList(await functionEntries(page), site, site.en, "English");
  });
});
