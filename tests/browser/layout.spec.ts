// The pane at the widths Excel gives it (issue 11 §1): at 320, 350 and 420 px, in Chinese and English, every page
// opens from its tab (those that do not fit through the "more" menu) and no page scrolls sideways; at 200% zoom
// (about 190 px) the content reflows instead; the WPS pane likewise at 320 and 350 px. Screenshots of the tab row at
// 320 px in both languages.
import type { Page } from "@playwright/test";
import { expect, flow, screenshot, test } from "./fixtures";
import { installEtStub } from "../support/etStub";
import { openTab } from "./steps";

const TABS = ["system", "weights", "fuzzy", "write", "templates", "review", "functions"];

/** How far the page reaches past the pane's right edge, and the innermost elements that reach there. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = document.documentElement.scrollWidth - width;
    const culprits: string[] = [];
    if (over > 0) {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
        const right = el.getBoundingClientRect().right;
        const inner = Array.from(el.children).some((c) => c.getBoundingClientRect().right > width + 1);
        if (right <= width + 1 || inner) continue;
        culprits.push(
          `${el.tagName.toLowerCase()}.${el.className.split(" ")[0]}[${el.getAttribute("data-testid") ?? ""}] ${Math.round(right)} px`,
        );
      }
    }
    return { over, culprits: culprits.slice(0, 5) };
  });

/** The Excel pane at every width; the WPS pane (its own build, over the fake WPS) at the two narrowest. */
const BUILDS = [
  { build: "excel", title: "layout", widths: [320, 350, 420, 190] },
  { build: "wps", title: "layout in WPS 表格", widths: [320, 350] },
] as const;

for (const { build, title, widths } of BUILDS) {
  flow(
    title,
    (taskpane) => {
      if (build === "wps") {
        test.beforeAll(async () => {
          await taskpane.page.addInitScript(installEtStub, {});
          await taskpane.load();
        });
      }
      for (const width of widths) {
        test(`at ${width} px every page opens in Chinese and English, and none scrolls sideways`, async () => {
          const { page } = taskpane;
          await page.setViewportSize({ width, height: 900 });
          for (const language of ["zh", "en"]) {
            if ((await page.locator("html").getAttribute("lang")) !== (language === "zh" ? "zh-CN" : "en")) {
              await page.locator("#language").click();
            }
            for (const tab of TABS) {
              await openTab(page, tab);
              // the tab row measures itself after each change (a ResizeObserver): what counts is the page once settled
              let { over, culprits } = await sideways(page);
              for (let wait = 0; over > 0 && wait < 10; wait++) {
                await page.waitForTimeout(200);
                ({ over, culprits } = await sideways(page));
              }
              expect(
                over,
                `${language} ${tab} at ${width} px scrolls sideways by ${over} px: ${culprits.join(", ")}`,
              ).toBe(0);
            }
            if (width === 320) await screenshot(page, `layout-320-${language}${build === "wps" ? "-wps" : ""}`);
          }
        });
      }
    },
    { load: build === "excel", build },
  );
}
