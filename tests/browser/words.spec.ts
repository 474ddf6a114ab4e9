// Words for users (issue 11 §3), against the browser's mock Excel (officeMock.ts) holding the bad sample plan
// (assets/samples/review-bad.xlsx): every page is walked in Chinese and in English, with votes in, the robustness run
// and the review's findings open, and the text a user reads (and the names a screen reader reads) must hold no
// developer text: in Chinese no file path, .md/.ts name, rule id or stray English word; in English no untranslated
// Chinese beyond the proper names of documents, minerals and the workbook's own words; in neither a bare ✅/🔶/❓
// (an empty box without an emoji font). The review's findings go to their cell, show percentages with two
// decimals and keep 不通过 on one line at 320 px; one selected cell is explained, not failed; inputs are named by
// indicator and grade; statuses and results are live regions; the Monte-Carlo run shows its progress.
// Screenshots of the review findings and the fuzzy page at 350 px in both languages.
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import path from "path";
import { expect, flow, ROOT, screenshot, test } from "./fixtures";
import type { MockBook, MockCell } from "./officeMock";
import { useOfficeMock } from "./officeMock";
import { openTab, VOTES } from "./steps";

type BookWindow = { __book: MockBook; __sawProgress?: boolean };
type Language = "zh" | "en";

const TABS = ["system", "weights", "fuzzy", "write", "templates", "review", "functions"];

/** The sheets of the bad sample plan as Excel holds them: values, and formulas with their saved results. */
async function samplePlan(): Promise<{ name: string; cells: Record<string, MockCell> }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(ROOT, "assets", "samples", "review-bad.xlsx"));
  const sheets: { name: string; cells: Record<string, MockCell> }[] = [];
  book.eachSheet((ws) => {
    const cells: Record<string, MockCell> = {};
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v !== null && typeof v === "object" && "formula" in v) {
          const result = v.result;
          cells[cell.address] = {
            value: typeof result === "number" || typeof result === "string" ? result : "",
            formula: `=${v.formula}`,
          };
        } else if (v !== null && typeof v === "object" && "richText" in v) {
          cells[cell.address] = { value: v.richText.map((t) => t.text).join("") };
        } else if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") {
          cells[cell.address] = { value: v };
        }
      }),
    );
    sheets.push({ name: ws.name, cells });
  });
  return sheets;
}

/** Everything a user reads on the page, and every accessible name given by aria-label. */
const shownText = (page: Page) =>
  page.evaluate(() => {
    const labels = Array.from(document.querySelectorAll("[aria-label]")).map((e) => e.getAttribute("aria-label"));
    return `${document.body.innerText}\n${labels.join("\n")}`;
  });

/** Words of the =MINE.* functions a user types or reads in Excel: function IDs and parameter names. */
async function functionWords(page: Page): Promise<Set<string>> {
  const metadata = (await (await page.request.get(new URL("functions.json", page.url()).href)).json()) as {
    functions: { id: string; parameters: { name: string }[] }[];
  };
  return new Set(metadata.functions.flatMap((f) => [f.id.toUpperCase(), ...f.parameters.map((p) => p.name)]));
}

/** Latin words the Chinese pane may show: names of products, methods, units, symbols and standards' codes. */
const LATIN_ALLOWED = new Set(
  (
    "MINE English Excel WPS LibreOffice Microsoft Office AHP EVM RGMM AN AIJ AHP-OS CR CI RI max min ln lg " +
    "Saaty Donegan Dodd Alonso Lamata Hong GB GB/T DZ/T SL XZBX T/XZBX b1 b2 b3 C_y pH kgce e-12 " +
    "t km hm a GDP Q1 Q4 COUNTIF COUNTIFS SUM SUMPRODUCT IF INDEX FILTER IFNA AVERAGE EXP LN VALUE NUM DIV N/A NAME " +
    "xldudf"
  ).split(" "),
);

/**
 * Chinese the English pane may show: documents' proper names and numbers, minerals, the units plans use, the
 * words =MINE.* functions take as arguments, and what the workbook itself says (its sheets, labels and values).
 */
const CJK_ALLOWED = [
  /浙自然资规〔\d+〕\d+号/g,
  /自然资办发〔\d+〕\d+号/g,
  /《[^》]*》/g,
  /国土资源部公告 ?\d+年第\d+号/g,
  /[万亿]t/g,
  /[\u3400-\u9fff]+表/g, // a drafting table's Chinese name, given after its English one
];
/**
 * Left to do (issue 11 §3), listed so the test fails on anything new: in English, the national-minimum table's
 * notes are in Chinese only (src/core/standards/table.ts).
 */
const KNOWN_LEFT_ZH: string[] = [];
const KNOWN_LEFT_EN = ["“三率”最低指标要求，试行", "细粒/微细粒", "指磁性铁回收率(原文注于上一行，本工具理解为同适用)"];
/** Chinese terms the English function descriptions quote outside brackets (left to do with the glosses). */
const FUNCTION_GLOSSES = ["三率", "用户提供"];
/** The words the templates' drop-downs hold (the sheets are in Chinese), named in the English description. */
const TEMPLATE_WORDS = ["探明/控制/推断", "证实/可信", "WPS 表格", "中文"];
const MINERALS = "铁 铜 铅 锌 铅锌 金 银 钼 钴 硫 磷 煤 钾盐 萤石 稀土 硫铁矿 磁铁矿 钨 锡 镍 石墨".split(" ");

function latinLeft(text: string, allowed: Set<string>): string[] {
  const words = text.match(/[A-Za-z][A-Za-z0-9_/.'-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  return [
    ...new Set(
      words.filter(
        (w) =>
          !allowed.has(w) &&
          !KNOWN_LEFT_ZH.includes(w) &&
          w.length > 1 && // a formula's symbols: x, y, A, w, K, M(·,+)
          !/^MINE\.[A-Z_]+$/.test(w) &&
          !/^\d{0,4}Q\d(-\d{4}Q\d)?$/.test(w) && // quarters: 2025Q1-2025Q4
          !/^[A-Z]{1,3}\d+([/:][A-Z]{1,3}\d+)*$/.test(w), // cell addresses and formulas of them: M8/D8
      ),
    ),
  ];
}

function cjkLeft(text: string, userWords: readonly string[]): string[] {
  let rest = text;
  for (const w of [...KNOWN_LEFT_EN, ...TEMPLATE_WORDS]) rest = rest.split(w).join(" ");
  // longest first, so that 磁铁矿 goes before 铁
  for (const w of [...userWords, ...MINERALS].sort((a, b) => b.length - a.length))
    if (w) rest = rest.split(w).join(" ");
  for (const re of CJK_ALLOWED) rest = rest.replace(re, " ");
  return [...new Set(rest.match(/[\u3400-\u9fff]+/g) ?? [])];
}

function wordsFlow(language: Language): void {
  flow(
    `words (${language})`,
    (taskpane) => {
      let plan: { name: string; cells: Record<string, MockCell> }[] = [];
      /** Texts the workbook holds: what the pane repeats of it is the user's, not ours. */
      let userWords: string[] = [];

      test.beforeAll(async () => {
        await useOfficeMock(taskpane.page);
        await taskpane.load();
        const { page } = taskpane;
        if (language === "en") await page.locator("#language").click();
        await expect(page.locator("html")).toHaveAttribute("lang", language === "zh" ? "zh-CN" : "en");
        plan = await samplePlan();
        userWords = plan.flatMap((s) => [
          s.name,
          ...Object.values(s.cells)
            .map((c) => String(c.value))
            .filter((v) => /[\u3400-\u9fff]/.test(v)),
        ]);
        await page.evaluate((sheets) => {
          const book = (window as unknown as BookWindow).__book;
          for (const s of sheets) book.set(s.name, s.cells);
        }, plan);
      });

      test("inputs are named by indicator and grade; the Monte-Carlo run shows its progress, its result is announced", async () => {
        const { page } = taskpane;
        await openTab(page, "fuzzy");
        const first =
          language === "zh" ? "资源类 / 储量动态变化：优 的票数" : "Resources / Reserve dynamics: votes for excellent";
        await expect(page.getByTestId("vote-0-0-0")).toHaveAttribute("aria-label", first);
        for (let k = 0; k < 3; k++)
          for (let i = 0; i < 3; i++)
            for (let j = 0; j < 4; j++) await page.getByTestId(`vote-${k}-${i}-${j}`).fill(String(VOTES[k][i][j]));
        await page.getByTestId("verdict").waitFor();
        await expect(page.locator("p.verdict"), "the fuzzy verdict is not announced").toHaveAttribute(
          "aria-live",
          "polite",
        );
        await page.evaluate(() => {
          const w = window as unknown as BookWindow;
          new MutationObserver(() => {
            if (document.querySelector("[data-testid=sensitivity-progress]")) w.__sawProgress = true;
          }).observe(document.body, { childList: true, subtree: true });
        });
        await page.getByTestId("run-sensitivity").click();
        await page.getByTestId("sensitivity-summary").waitFor();
        expect(
          await page.evaluate(() => (window as unknown as BookWindow).__sawProgress === true),
          "no progress bar was shown while the Monte-Carlo run went on",
        ).toBe(true);
        await expect(
          page.getByTestId("sensitivity-live"),
          "the robustness result is not a live region",
        ).toHaveAttribute("aria-live", "polite");
        await expect(page.getByTestId("sensitivity-progress"), "the progress bar stays after the run").toHaveCount(0);
        await page.getByTestId("mode-1-0").selectOption("measured");
        await expect(page.getByTestId("measured-1-0")).toHaveAttribute(
          "aria-label",
          language === "zh" ? "环境类 / 生态破坏程度：实测值" : "Environment / Ecological damage: measured value",
        );
        await page.setViewportSize({ width: 350, height: 900 });
        await screenshot(page, `words-fuzzy-350-${language}`);
        await page.getByTestId("mode-1-0").selectOption("votes");
        await openTab(page, "weights");
        await expect(page.locator("p.consistency").first(), "the CR result is not announced").toHaveAttribute(
          "aria-live",
          "polite",
        );
        await page.setViewportSize({ width: 420, height: 900 });
      });

      test("the review lists findings that go to their cell, percentages with two decimals, 不通过 on one line", async () => {
        const { page } = taskpane;
        await openTab(page, "review");
        await page.getByTestId("review-workbook").click();
        await expect(page.getByTestId("review-verdict")).toHaveAttribute("data-verdict", "fail");
        await expect(page.getByTestId("review-status-live")).toHaveAttribute("aria-live", "polite");
        const values = await page.locator("[data-testid^=review-finding-values-]").allTextContents();
        const percents = values.join(" ").match(/-?\d+(?:\.\d+)?%/g) ?? [];
        expect(percents.length, `no percentage among ${values.join(" | ")}`).toBeGreaterThan(0);
        for (const p of percents)
          expect(p, `a percentage with more than two decimals: ${p}`).toMatch(/^-?\d+(\.\d{1,2})?%$/);
        expect(values.join(" "), "86.840678% is shown as 86.84%").toContain("86.84%");
        // the address goes to the cell in Excel
        const cell = page.getByTestId("review-finding-cell-3");
        const where = (await cell.textContent()) ?? "";
        await cell.click();
        await expect
          .poll(() => page.evaluate(() => (window as unknown as BookWindow).__book.selection))
          .toEqual({ sheet: where.split("!")[0], address: where.split("!")[1] });
        // 不通过 / fail never breaks one character per line
        await page.setViewportSize({ width: 320, height: 900 });
        for (const badge of await page.locator("[data-testid^=review-finding-severity-]").all()) {
          const box = await badge.boundingBox();
          const lineHeight = await badge.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || 16);
          expect(box!.height, `a severity badge wraps at 320 px (${box!.height} px high)`).toBeLessThan(
            lineHeight * 1.8,
          );
        }
        await page.setViewportSize({ width: 350, height: 900 });
        for (const details of await page.locator("[data-testid^=review-finding-details-]").all()) await details.click();
        await screenshot(page, `words-review-350-${language}`);
        await page.setViewportSize({ width: 420, height: 900 });
      });

      test(`every page holds only words for users (${language})`, async () => {
        const { page } = taskpane;
        const allowed = new Set([...LATIN_ALLOWED, ...(await functionWords(page))]);
        const problems: string[] = [];
        for (const tab of TABS) {
          await openTab(page, tab);
          if (tab === "review") {
            await page.getByTestId("review-workbook").click();
            await page.getByTestId("review-summary").waitFor();
            for (const d of await page.locator("[data-testid^=review-finding-details-]").all()) await d.click();
          }
          const text = await shownText(page);
          const say = (what: string, found: readonly string[]) =>
            found.length > 0 && problems.push(`${tab}: ${what}: ${found.slice(0, 8).join(" | ")}`);
          say("confidence marks", text.match(/[✅🔶❓]/gu) ?? []);
          say("file names", text.match(/[\w./-]+\.(?:md|ts|tsx|js|json)\b/g) ?? []);
          if (language === "zh") {
            say("rule ids", text.match(/\b[a-z]+(?:-[a-z]+)*\.[a-z]+(?:[.-][a-z]+)*\b/g) ?? []);
            say("English", latinLeft(text.replace(/\bMINE\.[A-Z_]+\b/g, " "), allowed));
          } else {
            // Left to do: the English function descriptions (src/functions JSDoc) give each term's Chinese name in
            // brackets beside its English one; those glosses are not checked here.
            const checked =
              tab === "functions"
                ? FUNCTION_GLOSSES.reduce(
                    (t, w) => t.split(w).join(" "),
                    text.replace(/\([^()]*[\u3400-\u9fff][^()]*\)/g, " "),
                  )
                : text;
            say("Chinese", cjkLeft(checked, userWords));
          }
        }
        expect(problems, problems.join("\n")).toEqual([]);
      });

      test("one selected cell is explained, not failed", async () => {
        const { page } = taskpane;
        await openTab(page, "review");
        const finding = plan.find((s) => s.name === "三率指标汇总与达标判定表")!;
        expect(finding, "the sample has no summary sheet").toBeDefined();
        await page.evaluate(() => (window as unknown as BookWindow).__book.select("三率指标汇总与达标判定表", "E5"));
        await page.getByTestId("review-selection").click();
        await expect(page.getByTestId("review-cell-note")).toContainText(
          language === "zh" ? "只选了一个单元格" : "Only one cell",
        );
        await expect(page.getByTestId("review-verdict")).toHaveAttribute("data-verdict", "cell");
        await expect(page.getByTestId("review-verdict")).toContainText("E5");
        await expect(page.locator("[data-testid^=review-finding-cell-]")).toHaveText(["三率指标汇总与达标判定表!E5"]);
        await page.evaluate(() => (window as unknown as BookWindow).__book.select("三率指标汇总与达标判定表", "Z40"));
        await page.getByTestId("review-selection").click();
        await expect(page.getByTestId("review-verdict")).toContainText(
          language === "zh" ? "无法复核" : "cannot be reviewed",
        );
      });
    },
    { load: false },
  );
}

wordsFlow("zh");
wordsFlow("en");
