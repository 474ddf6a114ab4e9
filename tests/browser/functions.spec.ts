// The function list: every =MINE.* function listed with its Chinese description and associated in the page.
import { CJK, EXPECTED_COUNT, expect, flow, screenshot, test } from "./fixtures";
import { expectList, functionEntries, openTab } from "./steps";

flow("function list", (taskpane) => {
  test(`the ${EXPECTED_COUNT} functions are listed with Chinese descriptions`, async () => {
    const { page, site } = taskpane;
    await openTab(page, "functions");
    await page.locator("#functions dt").first().waitFor();
    const entries = await functionEntries(page);
    expectList(entries, site, site.zh, "Chinese");
    const recovery = entries.find((e) => e.term.startsWith("MINE.RECOVERY("));
    expect(recovery, "MINE.RECOVERY( is not listed").toBeDefined();
    expect(recovery!.description, `MINE.RECOVERY description lacks 开采回采率: "${recovery!.description}"`).toContain(
      "开采回采率",
    );
    const notChinese = entries.filter((e) => !CJK.test(e.description)).map((e) => e.term);
    expect(notChinese, `descriptions without Chinese: ${notChinese.join(", ")}`).toEqual([]);
  });

  test(`all ${EXPECTED_COUNT} IDs are associated with CustomFunctions in the page`, async () => {
    const { page, site } = taskpane;
    // office.js keeps CustomFunctions.associate(id, fn) in CustomFunctions._association.m_mappings (ids upper-cased).
    const associated = await page.evaluate(() => {
      const cf = (window as unknown as { CustomFunctions?: Record<string, unknown> }).CustomFunctions;
      if (!cf || typeof cf.associate !== "function") return { error: "window.CustomFunctions.associate is missing" };
      const association = cf._association as { m_mappings?: Record<string, unknown> } | undefined;
      const mappings = association && association.m_mappings;
      if (!mappings || typeof mappings !== "object") {
        return { error: "CustomFunctions._association.m_mappings not found (office.js internals changed?)" };
      }
      return { keys: Object.keys(mappings).filter((k) => typeof mappings[k] === "function") };
    });
    expect(associated.error, associated.error).toBeUndefined();
    const keys = associated.keys!;
    const missing = site.ids.filter((id) => !keys.includes(id));
    const extra = keys.filter((k) => !site.ids.includes(k));
    expect(
      { missing, extra },
      [
        missing.length ? `not associated: ${missing.join(", ")}` : "",
        extra.length ? `associated but not in functions.json: ${extra.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; "),
    ).toEqual({ missing: [], extra: [] });
    expect(keys.length, `${keys.length} associated, expected ${EXPECTED_COUNT}`).toBe(EXPECTED_COUNT);
    expect(taskpane.associationWarnings, `office.js warned: ${taskpane.associationWarnings.join("; ")}`).toEqual([]);
  });

  test("screenshot saved", async () => {
    await screenshot(taskpane.page);
  });
});
