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
const SCREENSHOT = path.join(ROOT, "tests", "artifacts", "taskpane.png");
// The public contract: every ID of the golden list must be listed and associated in the page.
const EXPECTED_COUNT = Object.keys(require("../functions/function-ids.golden.json").functions).length;
const GLOBAL_TIMEOUT_MS = 60_000;
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
    if (window.__probe.listRenderedAt === null && document.querySelector("[data-testid=judgement-matrix]")) {
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
        return document.querySelector("[data-testid=judgement-matrix]") && status && status.textContent !== loading;
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
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, "-weights.png"), fullPage: true });
  });

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
