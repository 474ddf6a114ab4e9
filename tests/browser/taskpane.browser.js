// Headless-Chromium smoke test of the built task pane (toolchain.md §6). Run with `npm run test:browser`, which
// first builds with `webpack --mode production --env localOfficeJs`; this script builds nothing itself.
// Needs Debian's chromium (`apt-get install -y chromium`) and playwright-core; never downloads a browser.
// Prints `✓ name` / `✗ name: reason` per check, then `browser: N passed, M failed`; exit code 0 only if all passed.
// BROWSER_VERBOSE=1 also prints every console message and request failure seen in the page.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { start } = require("../../src/tools/serve");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const ARTIFACTS = path.join(ROOT, "tests", "artifacts");
const SCREENSHOT = path.join(ARTIFACTS, "taskpane.png");
const VERSION = require("../../package.json").version;
// The public contract: every ID of the golden list must be listed and associated in the page.
const EXPECTED_COUNT = Object.keys(require("../functions/function-ids.golden.json").functions).length;
// The flows below enter ~60 values through the UI; the whole run takes ~12 s on the 2-core dev VM, so 120 s
// leaves room for a slow CI machine without hiding a hang.
const GLOBAL_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 15_000;
const LOADING_TEXT = "正在加载…";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const CJK = /[\u3400-\u9fff]/;
const VERBOSE = process.env.BROWSER_VERBOSE === "1";

// Known harmless noise when office.js runs outside an Office client.
const HARMLESS_CONSOLE = [/Office\.js is loaded outside of Office client/i];
const FAVICON = /\/favicon\.ico\)?$/; // Chromium asks for it by itself; dist/ has none
const TELEMETRY_URL = /telemetry|oaspapps\.com|aria\.microsoft\.com|browser\.events\.data\.microsoft\.com/i;

const results = [];
let timedOut = false; // after the global timeout, the checks still unwinding are not reported
function record(name, error) {
  if (timedOut) return;
  results.push({ name, ok: !error });
  if (error) console.log(`✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
  else console.log(`✓ ${name}`);
}
async function check(name, fn) {
  try {
    await fn();
    record(name);
  } catch (error) {
    record(name, error);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function findChromium() {
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

function readMetadata(file) {
  const full = path.join(DIST, file);
  assert(fs.existsSync(full), `dist/${file} is missing: build first (npm run test:browser does)`);
  return JSON.parse(fs.readFileSync(full, "utf8")).functions;
}

/** Runs in the page before any script: records when the taskpane first renders (ms since navigation). */
function installRenderProbe() {
  window.__probe = { listRenderedAt: null };
  const observer = new MutationObserver(() => {
    if (window.__probe.listRenderedAt === null && document.querySelector("[data-testid=system-panel]")) {
      window.__probe.listRenderedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const cleanup = { browser: null, server: null, userDataDir: null };
let closing = null;
function closeAll() {
  closing ||= (async () => {
    const { browser, server, userDataDir } = cleanup;
    const withTimeout = (promise, ms) => Promise.race([promise, new Promise((r) => setTimeout(r, ms).unref())]);
    if (browser)
      await withTimeout(
        browser.close().catch(() => {}),
        5_000,
      );
    if (server)
      await withTimeout(
        server.close().catch(() => {}),
        2_000,
      );
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  })();
  return closing;
}

function summaryAndExit() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

const globalTimer = setTimeout(() => {
  record("global timeout", new Error(`the browser test did not finish within ${GLOBAL_TIMEOUT_MS / 1000} s`));
  timedOut = true;
  closeAll().finally(summaryAndExit);
  setTimeout(summaryAndExit, 8_000).unref(); // if closing itself hangs
}, GLOBAL_TIMEOUT_MS);

// ---- The assessment pages: indicator system, weights with several experts, fuzzy evaluation, workbook ----

const byId = (id) => `[data-testid="${id}"]`;

/** Vote counts per grade (优 良 中 差) of the nine Table 1 indicators, category by category. */
const VOTES = [
  [
    [5, 3, 2, 0],
    [2, 5, 2, 1],
    [4, 4, 1, 1],
  ],
  [
    [1, 3, 4, 2],
    [3, 4, 2, 1],
    [2, 2, 4, 2],
  ],
  [
    [6, 3, 1, 0],
    [3, 3, 3, 1],
    [2, 5, 2, 1],
  ],
];

async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `taskpane-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`  screenshot: ${path.relative(ROOT, file)}`);
}

/** Text of every header cell of the judgement matrix shown on the weights page. */
const matrixLabels = (page) =>
  page.$$eval("[data-testid=judgement-matrix] thead th", (ths) => ths.slice(1, -1).map((th) => th.textContent));

const numberAt = async (page, id) => Number(await page.textContent(byId(id)));

async function assessmentFlows(page) {
  await check(
    "indicator system: Table 1 hints, rename, add and remove an indicator, seen in the weights matrix",
    async () => {
      await page.click(byId("tab-system"));
      await page.waitForSelector(byId("system-panel"));
      assert((await page.inputValue(byId("category-name-0"))) === "资源类", "category 1 is not 资源类");
      assert(
        (await page.inputValue(byId("indicator-name-0-0"))) === "储量动态变化",
        "indicator 1.1 is not 储量动态变化",
      );
      const hint = (await page.textContent(byId("indicator-hint-0-0"))) || "";
      assert(hint.includes("年度新增储量") && hint.includes("反映资源存量"), `Table 1 hint of 储量动态变化: "${hint}"`);
      await screenshot(page, "system");

      // Rename: the hint goes (the name no longer says it is the Table 1 indicator) and the matrix shows the new name.
      await page.fill(byId("indicator-name-0-0"), "储量变化(自定)");
      await page.waitForSelector(byId("indicator-hint-0-0"), { state: "detached" });
      await page.click(byId("add-indicator-0"));
      await page.fill(byId("indicator-name-0-3"), "测试指标");
      await page.click(byId("tab-weights"));
      await page.selectOption(byId("matrix-select"), "0");
      await page.waitForSelector(byId("judgement-0-3"));
      const labels = await matrixLabels(page);
      assert(
        JSON.stringify(labels) === JSON.stringify(["储量变化(自定)", "开采强度", "综合利用率", "测试指标"]),
        `资源类 matrix labels: ${JSON.stringify(labels)}`,
      );
      // The new indicator starts equal to the others: 1 against each.
      assert((await page.inputValue(byId("judgement-0-3"))) === "1", "the new indicator's judgement is not 1");

      await page.click(byId("tab-system"));
      await page.click(byId("remove-indicator-0-3"));
      await page.fill(byId("indicator-name-0-0"), "储量动态变化");
      await page.waitForSelector(byId("indicator-hint-0-0"));
      await page.click(byId("tab-weights"));
      await page.waitForSelector(byId("judgement-matrix"));
      assert((await page.$(byId("judgement-0-3"))) === null, "the removed indicator is still in the matrix");
      assert((await matrixLabels(page)).length === 3, "资源类 matrix does not have 3 indicators again");
    },
  );

  await check("indicator system: add and remove a category; the last indicator of a category cannot go", async () => {
    await page.click(byId("tab-system"));
    await page.click(byId("add-category"));
    await page.waitForSelector(byId("category-3"));
    assert(await page.isDisabled(byId("remove-indicator-3-0")), "the only indicator of a category can be removed");
    await page.click(byId("tab-weights"));
    await page.selectOption(byId("matrix-select"), "categories");
    await page.waitForSelector(byId("judgement-2-3"));
    await page.click(byId("tab-system"));
    await page.click(byId("remove-category-3"));
    await page.waitForSelector(byId("category-3"), { state: "detached" });
    await page.click(byId("tab-weights"));
    await page.waitForSelector(byId("judgement-matrix"));
    assert((await page.$(byId("judgement-2-3"))) === null, "the removed category is still in the category matrix");
  });

  await check("a second expert with a different judgement changes the group (AIJ) weights", async () => {
    await page.selectOption(byId("matrix-select"), "categories");
    assert((await page.$(byId("group"))) === null, "a group result is shown with one expert");
    const first = await numberAt(page, "weight-0");
    const firstJudgement = await page.inputValue(byId("judgement-0-1"));
    await page.click(byId("add-expert"));
    await page.waitForSelector(byId("group-weight-0"));
    assert((await page.inputValue(byId("expert-select"))) === "1", "the new expert is not selected");
    assert((await page.inputValue(byId("expert-name"))) === "专家2", "the new expert is not named 专家2");
    const copied = await numberAt(page, "group-weight-0");
    assert(Math.abs(copied - first) < 1e-4, `two identical experts give group weight ${copied}, expected ${first}`);

    const other = firstJudgement === "5" ? "7" : "5";
    await page.selectOption(byId("judgement-0-1"), other);
    await page.waitForFunction(({ id, was }) => Math.abs(Number(document.querySelector(id).textContent) - was) > 1e-4, {
      id: byId("group-weight-0"),
      was: copied,
    });
    const second = await numberAt(page, "weight-0");
    const group = await numberAt(page, "group-weight-0");
    // One judgement differs, AIJ takes its geometric mean, and w₀ grows with a₀₁: the group lies between.
    assert(
      group > Math.min(first, second) && group < Math.max(first, second),
      `group weight ${group} is not between the experts' ${first} and ${second}`,
    );
    assert(/CR/.test((await page.textContent(byId("group-cr"))) || ""), "no group CR");

    // Weighting expert 2 three times moves the group towards expert 2.
    await page.fill(byId("expert-weight"), "3");
    await page.waitForFunction(({ id, was }) => Math.abs(Number(document.querySelector(id).textContent) - was) > 1e-4, {
      id: byId("group-weight-0"),
      was: group,
    });
    const weighted = await numberAt(page, "group-weight-0");
    assert(
      Math.abs(weighted - second) < Math.abs(group - second),
      `expert weight 3 gave group ${weighted}, no closer to expert 2's ${second} than ${group}`,
    );

    for (const id of ["cr-0-0", "cr-0-1", "cr-0-group", "cr-3-group"]) {
      assert(/✓|✗/.test((await page.textContent(byId(id))) || ""), `CR table cell ${id} has no pass/fail mark`);
    }
    const globals = await page.$$eval("[data-testid^=global-weight-]", (tds) =>
      tds.map((td) => Number(td.textContent)),
    );
    const sum = globals.reduce((x, y) => x + y, 0);
    assert(globals.length === 9 && Math.abs(sum - 1) < 1e-3, `global weights: ${globals.length}, sum ${sum}`);
    console.log(`  expert 1 w₀ ${first}, expert 2 w₀ ${second}, group ${group}, with expert 2 weighted 3: ${weighted}`);
    await screenshot(page, "weights");
  });

  let globals = [];
  await check("fuzzy evaluation from vote counts: B sums to 1 under M(·,+), a verdict, five operators", async () => {
    globals = await page.$$eval("[data-testid^=global-weight-]", (tds) => tds.map((td) => Number(td.textContent)));
    await page.click(byId("tab-fuzzy"));
    await page.waitForSelector(byId("fuzzy-panel"));
    const problems = await page.$$eval("[data-testid=problems] li", (lis) => lis.length);
    assert(problems === 9, `${problems} problems listed before any vote, expected one per indicator (9)`);
    assert((await page.$(byId("verdict"))) === null, "a verdict is shown before the votes are in");
    for (let k = 0; k < 3; k++)
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 4; j++) await page.fill(byId(`vote-${k}-${i}-${j}`), String(VOTES[k][i][j]));
    await page.waitForSelector(byId("verdict"));
    assert((await page.$(byId("problems"))) === null, "problems still listed with every vote in");
    assert((await page.inputValue(byId("operator"))) === "M(·,+)", "the default operator is not M(·,+)");
    const b = await page.$$eval("[data-testid=b-overall] td", (tds) => tds.map((td) => Number(td.dataset.value)));
    const sum = b.reduce((x, y) => x + y, 0);
    assert(b.length === 4 && Math.abs(sum - 1) < 1e-9, `B = ${JSON.stringify(b)} sums to ${sum}`);
    // Under M(·,+) B is Σ global weight × vote share; recomputed here from the rounded weights the page shows.
    const rows = VOTES.flat().map((v) => v.map((n) => n / v.reduce((x, y) => x + y, 0)));
    const expected = [0, 1, 2, 3].map((j) => rows.reduce((acc, r, i) => acc + globals[i] * r[j], 0));
    assert(
      expected.every((e, j) => Math.abs(e - b[j]) < 2e-3),
      `B ${JSON.stringify(b)} differs from Σ wᵢ·rᵢ = ${JSON.stringify(expected)}`,
    );
    const verdict = (await page.textContent(byId("verdict"))) || "";
    const top = ["优", "良", "中", "差"][b.indexOf(Math.max(...b))];
    assert(verdict === top, `verdict "${verdict}", expected ${top} (largest b)`);
    const operators = await page.$$eval("[data-testid=operators-table] tbody tr", (trs) => trs.length);
    assert(operators === 5, `the operator table has ${operators} rows, expected 5`);
    console.log(`  B = ${b.map((x) => x.toFixed(4)).join(" ")}, verdict ${verdict}`);
  });

  await check("a measured value with one breakpoint per grade replaces one indicator's votes", async () => {
    await page.selectOption(byId("mode-0-0"), "measured");
    await page.waitForSelector(byId("measured-0-0"));
    await page.waitForSelector(byId("problems"));
    assert((await page.$(byId("verdict"))) === null, "a verdict is shown while the measured value is missing");
    const problems = (await page.textContent(byId("problems"))) || "";
    assert(problems.includes("储量动态变化") && problems.includes("实测值"), `problems: "${problems}"`);
    // Table 1's b1/b2/b3 are shown as a hint with their confidence mark, and never pre-filled.
    const hint = (await page.textContent(byId("membership-0-0"))) || "";
    assert(hint.includes("1 / 0.7 / 0.3") && hint.includes("❓"), `reference hint: "${hint}"`);
    for (let j = 0; j < 4; j++) {
      assert((await page.inputValue(byId(`breakpoint-0-0-${j}`))) === "", `breakpoint ${j + 1} is pre-filled`);
    }
    assert((await page.inputValue(byId("direction-0-0"))) === "benefit", "储量替代率 is not a benefit indicator");
    await page.fill(byId("measured-0-0"), "0.85");
    const breakpoints = ["1", "0.7", "0.3", "0"];
    for (let j = 0; j < 4; j++) await page.fill(byId(`breakpoint-0-0-${j}`), breakpoints[j]);
    await page.waitForSelector(byId("verdict"));
    const b = await page.$$eval("[data-testid=b-overall] td", (tds) => tds.map((td) => Number(td.dataset.value)));
    // 0.85 lies halfway between 1 (优) and 0.7 (良): row (0.5, 0.5, 0, 0) instead of the votes' (0.5, 0.3, 0.2, 0).
    const rows = VOTES.flat().map((v) => v.map((n) => n / v.reduce((x, y) => x + y, 0)));
    rows[0] = [0.5, 0.5, 0, 0];
    const expected = [0, 1, 2, 3].map((j) => rows.reduce((acc, r, i) => acc + globals[i] * r[j], 0));
    assert(
      expected.every((e, j) => Math.abs(e - b[j]) < 2e-3),
      `B ${JSON.stringify(b)} differs from Σ wᵢ·rᵢ = ${JSON.stringify(expected)}`,
    );
  });

  await check(
    "Monte-Carlo sensitivity on a click: N draws, spread 1.5, EVM, change rates and grade counts",
    async () => {
      await page.click(byId("run-sensitivity"));
      await page.waitForSelector(byId("sensitivity-summary"));
      const summary = (await page.textContent(byId("sensitivity-summary"))) || "";
      assert(/蒙特卡洛模拟 2000 次/.test(summary) && summary.includes("1.5") && summary.includes("EVM"), summary);
      const rate = (await page.textContent(byId("verdict-change"))) || "";
      assert(/^\d+(\.\d)?%$/.test(rate), `verdict change rate "${rate}"`);
      const counts = ((await page.textContent(byId("grade-counts"))) || "")
        .split(", ")
        .map((c) => Number(c.split(" ")[1]));
      assert(counts.reduce((x, y) => x + y, 0) === 2000, `grade counts do not add up to 2000: ${counts}`);
      console.log(
        `  verdict changes in ${rate} of draws; ranking in ${await page.textContent(byId("ranking-change"))}`,
      );
      await screenshot(page, "fuzzy");
    },
  );

  await check("the language switch turns the fuzzy and weights pages English and back", async () => {
    await page.click("#language");
    await page.waitForFunction(() => document.querySelector("[data-testid=tab-fuzzy]").textContent === "Fuzzy");
    const fuzzy = (await page.textContent(byId("fuzzy-panel"))) || "";
    for (const words of [
      "Grades (best first)",
      "Verdict (maximum membership)",
      "Monte-Carlo simulation with 2000 draws",
    ]) {
      assert(fuzzy.includes(words), `the fuzzy page lacks "${words}" in English`);
    }
    assert(!/评语集|最大隶属度|蒙特卡洛/.test(fuzzy), "Chinese texts left on the English fuzzy page");
    await page.click(byId("tab-weights"));
    await page.waitForSelector(byId("judgement-matrix"));
    const weights = (await page.textContent("main")) || "";
    for (const words of ["Weight method", "Global weights (group)", "CR (Saaty 1980)", "Group result of 2 experts"]) {
      assert(weights.includes(words), `the weights page lacks "${words}" in English`);
    }
    await page.click("#language");
    await page.waitForFunction(() => /全局权重/.test(document.querySelector("main").textContent));
  });

  await check("grades: scores give a score; rename, add and remove grades keep each column's inputs", async () => {
    await page.click(byId("tab-fuzzy"));
    await page.waitForSelector(byId("verdict"));
    await page.click(byId("use-scores"));
    await page.waitForSelector(byId("score"));
    const b = await page.$$eval("[data-testid=b-overall] td", (tds) => tds.map((td) => Number(td.dataset.value)));
    const scores = await Promise.all([0, 1, 2, 3].map(async (j) => Number(await page.inputValue(byId(`score-${j}`)))));
    const expected = b.reduce((acc, x, j) => acc + x * scores[j], 0) / b.reduce((x, y) => x + y, 0);
    const shown = Number(((await page.textContent(byId("score"))) || "").split(/[:：]/).pop());
    assert(
      Math.abs(shown - expected) < 0.006,
      `score ${shown}, expected Σ bⱼsⱼ / Σ bⱼ = ${expected} (scores ${scores})`,
    );

    await page.fill(byId("grade-name-0"), "优秀");
    await page.click(byId("add-grade"));
    await page.waitForSelector(byId("vote-0-1-4"));
    assert((await page.inputValue(byId("grade-name-4"))) === "等级 5", "the added grade is not named 等级 5");
    // Removing 良 (grade 2) shifts 中 and 差 left with their votes and breakpoints; nothing else moves.
    await page.click(byId("remove-grade-1"));
    await page.waitForSelector(byId("vote-0-1-4"), { state: "detached" });
    const grades = await Promise.all([0, 1, 2, 3].map((j) => page.inputValue(byId(`grade-name-${j}`))));
    assert(JSON.stringify(grades) === JSON.stringify(["优秀", "中", "差", "等级 5"]), `grades ${grades}`);
    const votes = await Promise.all([0, 1, 2, 3].map((j) => page.inputValue(byId(`vote-0-1-${j}`))));
    const want = [VOTES[0][1][0], VOTES[0][1][2], VOTES[0][1][3], 0].map(String);
    assert(JSON.stringify(votes) === JSON.stringify(want), `开采强度 votes ${votes}, expected ${want}`);
    const breakpoints = await Promise.all([0, 1, 2, 3].map((j) => page.inputValue(byId(`breakpoint-0-0-${j}`))));
    assert(JSON.stringify(breakpoints) === JSON.stringify(["1", "0.3", "0", ""]), `breakpoints ${breakpoints}`);
    await page.click(byId("remove-grade-3"));
    await page.click(byId("remove-grade-2"));
    await page.waitForSelector(byId("grade-name-2"), { state: "detached" });
    assert(await page.isDisabled(byId("remove-grade-0")), "with two grades left, a grade can still be removed");
  });

  await check("outside Excel the workbook page disables writing and re-opening and says why", async () => {
    await page.click(byId("tab-write"));
    await page.waitForSelector(byId("write-panel"));
    const note = (await page.textContent(byId("write-note"))) || "";
    assert(note.includes("需要在 Excel 中运行"), `note: "${note}"`);
    for (const id of ["write", "refresh-sheets", "sheet-name", "years", "write-years"]) {
      assert(await page.isDisabled(byId(id)), `${id} is enabled outside Excel`);
    }
    const years = (await page.textContent(byId("years-writer"))) || "";
    assert(years.includes("多年度动态评估表"), `the multi-year section is missing: "${years.slice(0, 80)}"`);
    assert((await page.inputValue(byId("sheet-name"))) === "动态评估", "the sheet name does not default to 动态评估");
    const panel = (await page.textContent(byId("write-panel"))) || "";
    assert(panel.includes(`加载项版本 ${VERSION}`), `the page does not show version ${VERSION}`);
    await screenshot(page, "write");
  });

  await check(
    "the templates page lists the six templates; outside Excel their buttons are disabled with the note",
    async () => {
      await page.click(byId("tab-templates"));
      await page.waitForSelector(byId("templates-panel"));
      const note = (await page.textContent(byId("templates-note"))) || "";
      assert(note.includes("需要在 Excel 中运行"), `note: "${note}"`);
      const kinds = ["resources", "design", "blocks", "balance", "utilization", "summary"];
      const items = await page.$$(`${byId("template-list")} > li`);
      assert(items.length === kinds.length, `${items.length} templates listed, expected ${kinds.length}`);
      const names = [
        "资源储量表",
        "设计可采储量",
        "采区(矿块)开采回采率计算表",
        "选矿金属平衡表",
        "综合利用表",
        "达标判定表",
      ];
      for (const [i, kind] of kinds.entries()) {
        const item = (await page.textContent(byId(`template-${kind}`))) || "";
        assert(item.includes(names[i]), `template ${kind} reads "${item.slice(0, 40)}…", expected ${names[i]}`);
        assert(await page.isDisabled(byId(`insert-${kind}`)), `insert-${kind} is enabled outside Excel`);
      }
      const blocks = (await page.textContent(byId("template-blocks"))) || "";
      assert(blocks.includes("Σ采出 ÷ Σ动用"), "the blocks template does not say it is weighted Σ采出 ÷ Σ动用");
      await screenshot(page, "templates");
    },
  );

  await check(
    "the review (复核) page renders; outside Excel it says reading and writing need Excel, buttons disabled",
    async () => {
      await page.click(byId("tab-review"));
      await page.waitForSelector(byId("review-panel"));
      const tab = (await page.textContent(byId("tab-review"))) || "";
      assert(tab.includes("复核"), `the tab reads "${tab}"`);
      const note = (await page.textContent(byId("review-note"))) || "";
      assert(note.includes("需要在 Excel 中运行"), `note: "${note}"`);
      const buttons = {
        "review-workbook": "复核整个工作簿",
        "review-selection": "复核所选区域",
        "review-write-report": "写入复核报告",
        "review-write-opinion": "生成专家审查意见书草稿",
        "review-highlight": "标出问题单元格",
      };
      for (const [id, label] of Object.entries(buttons)) {
        const text = (await page.textContent(byId(id))) || "";
        assert(text.includes(label), `${id} reads "${text}", expected ${label}`);
        assert(await page.isDisabled(byId(id)), `${id} is enabled outside Excel`);
      }
      assert(!(await page.$(byId("review-summary"))), "a review summary shows before any review ran");
      await screenshot(page, "review");
    },
  );
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      "chromium not found on PATH (`command -v chromium` is empty). Install it with: " +
        "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium",
    );
  }
  let chromium;
  try {
    ({ chromium } = require("playwright-core"));
  } catch {
    throw new Error("playwright-core is not installed: run `npm ci`");
  }
  assert(
    fs.existsSync(path.join(DIST, "taskpane.html")),
    "dist/taskpane.html is missing: build with `npx webpack --mode production --env localOfficeJs`",
  );
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  assert(
    /src=["']?\/office-js\/office\.js["' >]/.test(html),
    "dist/taskpane.html does not load /office-js/office.js: it was not built with `--env localOfficeJs`",
  );
  const zh = readMetadata("functions-zh-cn.json");
  const en = readMetadata("functions.json");
  const ids = en.map((f) => f.id.toUpperCase());

  cleanup.server = await start(0, { root: DIST });
  const baseUrl = cleanup.server.url;
  cleanup.userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "taskpane-chromium-"));
  // launchPersistentContext is how playwright takes a --user-data-dir (it rejects the flag in `args`).
  const context = await chromium.launchPersistentContext(cleanup.userDataDir, {
    executablePath,
    env: { ...process.env, TMPDIR: cleanup.userDataDir }, // chromium's singleton socket dir goes with the profile
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 420, height: 900 },
    timeout: STEP_TIMEOUT_MS,
  });
  cleanup.browser = context;
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  console.log(`chromium ${context.browser() ? context.browser().version() : ""} at ${executablePath}`.trim());

  const problems = []; // unexpected errors, for check (a)
  const ignored = []; // known harmless noise, reported for information
  const associationWarnings = [];
  const page = context.pages()[0] || (await context.newPage());
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (msg) => {
    const text = msg.text();
    const where = msg.location() && msg.location().url ? ` (${msg.location().url})` : "";
    if (VERBOSE) console.log(`  [console.${msg.type()}] ${text}${where}`);
    if (/\[(DuplicatedName|InvalidArg)\] Function=/.test(text)) associationWarnings.push(text);
    if (msg.type() !== "error") return;
    if (HARMLESS_CONSOLE.some((re) => re.test(text))) ignored.push(text);
    else if (/Failed to load resource/.test(text) && (TELEMETRY_URL.test(where) || FAVICON.test(where))) {
      ignored.push(text + where);
    } else problems.push(`console error: ${text}${where}`);
  });
  page.on("requestfailed", (request) => {
    const line = `${request.url()} ${request.failure() ? request.failure().errorText : ""}`;
    if (VERBOSE) console.log(`  [request failed] ${line}`);
    if (TELEMETRY_URL.test(request.url())) ignored.push(`request failed: ${line}`);
    else problems.push(`request failed: ${line}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && response.url().startsWith(baseUrl)) {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  await page.addInitScript(installRenderProbe);

  const t0 = Date.now();
  let rendered = false;
  await check("page loads and renders the taskpane", async () => {
    const response = await page.goto(baseUrl + "taskpane.html", { waitUntil: "domcontentloaded" });
    assert(response && response.ok(), `taskpane.html answered HTTP ${response && response.status()}`);
    await page.waitForFunction(
      (loading) => {
        const status = document.querySelector("#status");
        return document.querySelector("[data-testid=system-panel]") && status && status.textContent !== loading;
      },
      LOADING_TEXT,
      { timeout: STEP_TIMEOUT_MS },
    );
    rendered = true;
  });
  const wallMs = Date.now() - t0;

  await check("Office.onReady ran (status text updated, host null outside Office)", async () => {
    const status = (await page.textContent("#status")) || "";
    assert(status.trim() !== LOADING_TEXT, `#status still says ${LOADING_TEXT}`);
    assert(!/加载失败|Could not load/.test(status), `#status reports a failure: "${status}"`);
    const info = await page.evaluate(() =>
      Promise.race([
        Office.onReady().then((i) => ({ host: i.host, platform: i.platform })),
        new Promise((r) => setTimeout(() => r("timeout"), 5000)),
      ]),
    );
    assert(info !== "timeout", "Office.onReady() did not resolve within 5 s");
    assert(info.host === null, `expected host null outside Office, got ${JSON.stringify(info)}`);
    console.log(`  status: "${status.trim()}"; onReady info: ${JSON.stringify(info)}`);
  });

  const listEntries = () =>
    page.$$eval("#functions dt", (dts) =>
      dts.map((dt) => {
        const dd = dt.nextElementSibling && dt.nextElementSibling.tagName === "DD" ? dt.nextElementSibling : null;
        return { term: dt.textContent || "", description: dd ? dd.textContent || "" : "" };
      }),
    );
  const checkList = (entries, metadata, language) => {
    assert(
      ids.length === EXPECTED_COUNT,
      `dist/functions.json has ${ids.length} functions, expected ${EXPECTED_COUNT}`,
    );
    assert(
      entries.length === EXPECTED_COUNT,
      `#functions lists ${entries.length} functions, expected ${EXPECTED_COUNT}`,
    );
    metadata.forEach((fn, i) => {
      const { term, description } = entries[i];
      assert(term.startsWith(`MINE.${fn.id}(`), `entry ${i + 1} is "${term}", expected MINE.${fn.id}(…)`);
      assert(description.trim(), `MINE.${fn.id} has no description`);
      assert(
        description.startsWith(fn.description),
        `MINE.${fn.id}: ${language} description "${description.slice(0, 60)}…" does not match the metadata`,
      );
    });
  };

  await check("pairwise judgements give live weights, CR, a badge and the doctor's one-click repair", async () => {
    await page.click("[data-testid=tab-weights]");
    await page.waitForSelector("[data-testid=judgement-matrix]");
    const cr = async () => Number(((await page.textContent("[data-testid=cr]")) || "").split("=").pop());
    const badge = () => page.textContent("[data-testid=cr-badge]");
    // The illustrative defaults are consistent: CR 0 and a passing badge, weights 0.4 / 0.4 / 0.2.
    assert((await cr()) === 0, `default CR is ${await cr()}, expected 0`);
    assert(/可接受/.test(await badge()) && !/不可接受/.test(await badge()), `badge: ${await badge()}`);
    const w0 = Number(await page.textContent("[data-testid=weight-0]"));
    assert(Math.abs(w0 - 0.4) < 1e-4, `资源类 weight ${w0}, expected 0.4`);
    // 资源类 extremely less important than 环境类 but still twice 社会类: inconsistent.
    await page.selectOption("[data-testid=judgement-0-1]", "1/9");
    await page.waitForFunction(() => /不可接受/.test(document.querySelector("[data-testid=cr-badge]").textContent));
    const before = await cr();
    assert(before > 0.05, `CR after the change is ${before}, expected above the n = 3 threshold 0.05`);
    const apply = await page.$("[data-testid=doctor] button");
    assert(apply, "the doctor offers no suggestion for an inconsistent matrix");
    await apply.click();
    await page.waitForFunction((b) => {
      const text = document.querySelector("[data-testid=cr]").textContent || "";
      return Number(text.split("=").pop()) < b;
    }, before);
    console.log(`  CR ${before} → ${await cr()} after the doctor's suggestion`);
  });

  await assessmentFlows(page);

  await check(`the ${EXPECTED_COUNT} functions are listed with Chinese descriptions`, async () => {
    await page.click("[data-testid=tab-functions]");
    await page.waitForSelector("#functions dt", { timeout: STEP_TIMEOUT_MS });
    const entries = await listEntries();
    checkList(entries, zh, "Chinese");
    const recovery = entries.find((e) => e.term.startsWith("MINE.RECOVERY("));
    assert(recovery, "MINE.RECOVERY( is not listed");
    assert(
      recovery.description.includes("开采回采率"),
      `MINE.RECOVERY description lacks 开采回采率: "${recovery.description}"`,
    );
    const notChinese = entries.filter((e) => !CJK.test(e.description)).map((e) => e.term);
    assert(notChinese.length === 0, `descriptions without Chinese: ${notChinese.join(", ")}`);
  });

  await check(`all ${EXPECTED_COUNT} IDs are associated with CustomFunctions in the page`, async () => {
    // office.js keeps CustomFunctions.associate(id, fn) in CustomFunctions._association.m_mappings (ids upper-cased).
    const associated = await page.evaluate(() => {
      const cf = window.CustomFunctions;
      if (!cf || typeof cf.associate !== "function") return { error: "window.CustomFunctions.associate is missing" };
      const mappings = cf._association && cf._association.m_mappings;
      if (!mappings || typeof mappings !== "object") {
        return { error: "CustomFunctions._association.m_mappings not found (office.js internals changed?)" };
      }
      return { keys: Object.keys(mappings).filter((k) => typeof mappings[k] === "function") };
    });
    assert(!associated.error, associated.error);
    const missing = ids.filter((id) => !associated.keys.includes(id));
    const extra = associated.keys.filter((k) => !ids.includes(k));
    assert(
      missing.length === 0 && extra.length === 0,
      [
        missing.length ? `not associated: ${missing.join(", ")}` : "",
        extra.length ? `associated but not in functions.json: ${extra.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; "),
    );
    assert(
      associated.keys.length === EXPECTED_COUNT,
      `${associated.keys.length} associated, expected ${EXPECTED_COUNT}`,
    );
    assert(associationWarnings.length === 0, `office.js warned: ${associationWarnings.join("; ")}`);
  });

  await check("time from navigation to the rendered taskpane is measured", async () => {
    assert(rendered, "the taskpane never rendered");
    const probe = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return {
        listRenderedAt: window.__probe && window.__probe.listRenderedAt,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        load: nav ? nav.loadEventEnd : null,
      };
    });
    assert(typeof probe.listRenderedAt === "number", "the in-page render probe recorded nothing");
    const fmt = (ms) => (typeof ms === "number" ? `${Math.round(ms)} ms` : "n/a");
    console.log(
      `  timing: taskpane rendered ${fmt(probe.listRenderedAt)} after navigation start ` +
        `(DOMContentLoaded ${fmt(probe.domContentLoaded)}, load ${fmt(probe.load)}; ` +
        `wall clock goto→rendered ${wallMs} ms)`,
    );
  });

  await check("screenshot saved", async () => {
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`  screenshot: ${path.relative(ROOT, SCREENSHOT)}`);
  });

  await check("#language switches the title and the list to English", async () => {
    const zhTitle = await page.textContent("#title");
    await page.click("#language");
    const firstEn = en[0].description;
    await page.waitForFunction(
      ({ zhTitle, firstEn }) => {
        const title = document.querySelector("#title");
        const dd = document.querySelector("#functions dd");
        return title && title.textContent !== zhTitle && dd && dd.textContent.startsWith(firstEn);
      },
      { zhTitle, firstEn },
      { timeout: STEP_TIMEOUT_MS },
    );
    const title = (await page.textContent("#title")) || "";
    assert(!CJK.test(title) && /[A-Za-z]/.test(title), `title is not English: "${title}"`);
    const lang = await page.evaluate(() => document.documentElement.lang);
    assert(lang === "en", `<html lang> is "${lang}", expected "en"`);
    checkList(await listEntries(), en, "English");
  });

  await check("no page errors or unexpected console errors / failed requests", async () => {
    await page.waitForTimeout(200); // let late console messages arrive
    if (ignored.length) console.log(`  ignored (known harmless): ${[...new Set(ignored)].join(" | ")}`);
    assert(problems.length === 0, problems.join(" | "));
  });
}

main()
  .catch((error) => record("browser test setup", error))
  .finally(async () => {
    await closeAll();
    clearTimeout(globalTimer);
    summaryAndExit();
  });
