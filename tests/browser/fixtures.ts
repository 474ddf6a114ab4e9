// What every flow shares: the static server over dist-test/ (office.js from node_modules, never a CDN), one page per
// flow that records page errors, console errors and failed requests, and `flow()`, which runs a file's steps in
// order on that page and ends with the check that nothing unexpected was logged.
// BROWSER_VERBOSE=1 also prints every console message and request failure seen in a page.
import fs from "fs";
import path from "path";
import { createRequire } from "module";
import { test, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import golden from "../functions/function-ids.golden.json";

interface Server {
  url: string;
  close(): Promise<void>;
}

/** A JSON file, typed by what the tests read from it. */
function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

// The add-in's own static server (src/tools/serve.js, plain JS): typed here by what the tests use.
const serve = createRequire(__filename)("../../src/tools/serve") as {
  start(port: number, options: { root: string }): Promise<Server>;
};

export const ROOT = path.resolve(__dirname, "..", "..");
export const BUILD = path.join(ROOT, "dist-test");
/** The WPS add-in folder (`npm run build:wps`); its pane is in pane/. */
export const WPS_BUILD = path.join(ROOT, "dist-wps");

/** Which build a flow opens: Excel's taskpane (dist-test/, office.js from node_modules), or the WPS pane. */
export type Build = "excel" | "wps";
const ARTIFACTS = path.join(ROOT, "tests", "artifacts");
export const VERSION = readJson<{ version: string }>(path.join(ROOT, "package.json")).version;
/** The public contract: every ID of the golden list must be listed and associated in the page. */
export const EXPECTED_COUNT = Object.keys(golden.functions).length;
export const LOADING_TEXT = "正在加载…";
export const CJK = /[\u3400-\u9fff]/;
const VERBOSE = process.env.BROWSER_VERBOSE === "1";

// Known harmless noise when office.js runs outside an Office client.
const HARMLESS_CONSOLE = [/Office\.js is loaded outside of Office client/i];
const FAVICON = /\/favicon\.ico\)?$/; // Chromium asks for it by itself; the build has none
const TELEMETRY_URL = /telemetry|oaspapps\.com|aria\.microsoft\.com|browser\.events\.data\.microsoft\.com/i;

export interface FunctionMetadata {
  id: string;
  description: string;
}

/** The served build and its metadata in both languages. */
export interface Site {
  url: string;
  zh: FunctionMetadata[];
  en: FunctionMetadata[];
  /** Upper-cased IDs of dist-test/functions.json, in order. */
  ids: string[];
}

function must(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function readMetadata(file: string, folder = BUILD): FunctionMetadata[] {
  const full = path.join(folder, file);
  must(fs.existsSync(full), `${path.relative(ROOT, full)} is missing: build first (npm run test:browser does)`);
  return readJson<{ functions: FunctionMetadata[] }>(full).functions;
}

/** Checks that dist-wps/pane/ holds a pane that loads no office.js, then serves dist-wps/ (the site is its pane/). */
async function serveWpsBuild(): Promise<{ site: Site; server: Server }> {
  const pane = path.join(WPS_BUILD, "pane");
  const html = path.join(pane, "taskpane.html");
  must(fs.existsSync(html), "dist-wps/pane/taskpane.html is missing: build with `npm run build:wps`");
  must(!/office\.js/i.test(fs.readFileSync(html, "utf8")), "dist-wps/pane/taskpane.html loads office.js");
  const zh = readMetadata("functions-zh-cn.json", pane);
  const en = readMetadata("functions.json", pane);
  const server = await serve.start(0, { root: WPS_BUILD });
  return { site: { url: `${server.url}pane/`, zh, en, ids: en.map((f) => f.id.toUpperCase()) }, server };
}

/** Checks that dist-test/ holds a localOfficeJs build, then serves it on a free port of 127.0.0.1. */
async function serveBuild(): Promise<{ site: Site; server: Server }> {
  const html = path.join(BUILD, "taskpane.html");
  must(
    fs.existsSync(html),
    "dist-test/taskpane.html is missing: build with `npx webpack --mode production --env localOfficeJs`",
  );
  must(
    /src=["']?\/office-js\/office\.js["' >]/.test(fs.readFileSync(html, "utf8")),
    "dist-test/taskpane.html does not load /office-js/office.js: it was not built with `--env localOfficeJs`",
  );
  const zh = readMetadata("functions-zh-cn.json");
  const en = readMetadata("functions.json");
  const server = await serve.start(0, { root: BUILD });
  return { site: { url: server.url, zh, en, ids: en.map((f) => f.id.toUpperCase()) }, server };
}

export { test, expect };

/** Runs in the page before any script: records when the taskpane first renders (ms since navigation). */
function installRenderProbe() {
  const w = window as unknown as { __probe: { listRenderedAt: number | null } };
  w.__probe = { listRenderedAt: null };
  const observer = new MutationObserver(() => {
    if (w.__probe.listRenderedAt === null && document.querySelector("[data-testid=system-panel]")) {
      w.__probe.listRenderedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** One flow's page and what it saw. Filled in by `flow()` before the first step. */
export class Taskpane {
  page!: Page;
  site!: Site;
  private server: Server | null = null;
  private context: BrowserContext | null = null;
  /** Unexpected errors: page errors, console errors, failed requests, HTTP errors from the server. */
  readonly problems: string[] = [];
  /** Known harmless noise, reported for information. */
  readonly ignored: string[] = [];
  /** office.js's warnings about CustomFunctions.associate. */
  readonly associationWarnings: string[] = [];
  /** Set by `load()`: whether the taskpane rendered, and the wall-clock time from goto to rendered. */
  rendered = false;
  wallMs = 0;

  /** Serves the build and opens a page in a fresh context (no cache, no storage), listening from the start. */
  async open(browser: Browser, build: Build = "excel"): Promise<void> {
    const { site, server } = build === "wps" ? await serveWpsBuild() : await serveBuild();
    this.site = site;
    this.server = server;
    this.context = await browser.newContext({ viewport: { width: 420, height: 900 } });
    const page = await this.context.newPage();
    this.page = page;
    page.on("pageerror", (error) => this.problems.push(`page error: ${error.message}`));
    page.on("console", (msg) => {
      const text = msg.text();
      const where = msg.location() && msg.location().url ? ` (${msg.location().url})` : "";
      if (VERBOSE) console.log(`  [console.${msg.type()}] ${text}${where}`);
      if (/\[(DuplicatedName|InvalidArg)\] Function=/.test(text)) this.associationWarnings.push(text);
      if (msg.type() !== "error") return;
      if (HARMLESS_CONSOLE.some((re) => re.test(text))) this.ignored.push(text);
      else if (/Failed to load resource/.test(text) && (TELEMETRY_URL.test(where) || FAVICON.test(where))) {
        this.ignored.push(text + where);
      } else this.problems.push(`console error: ${text}${where}`);
    });
    page.on("requestfailed", (request) => {
      const line = `${request.url()} ${request.failure() ? request.failure()!.errorText : ""}`;
      if (VERBOSE) console.log(`  [request failed] ${line}`);
      if (TELEMETRY_URL.test(request.url())) this.ignored.push(`request failed: ${line}`);
      else this.problems.push(`request failed: ${line}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400 && response.url().startsWith(site.url)) {
        this.problems.push(`HTTP ${response.status()} for ${response.url()}`);
      }
    });
    await page.addInitScript(installRenderProbe);
  }

  /** Opens taskpane.html and waits until the taskpane is rendered and Office.onReady has updated #status. */
  async load(): Promise<void> {
    const t0 = Date.now();
    const response = await this.page.goto(this.site.url + "taskpane.html", { waitUntil: "domcontentloaded" });
    expect(response && response.ok(), `taskpane.html answered HTTP ${response && response.status()}`).toBe(true);
    await this.page.waitForFunction((loading) => {
      const status = document.querySelector("#status");
      return !!document.querySelector("[data-testid=system-panel]") && !!status && status.textContent !== loading;
    }, LOADING_TEXT);
    this.rendered = true;
    this.wallMs = Date.now() - t0;
  }

  async close(): Promise<void> {
    await this.context?.close();
    await this.server?.close();
  }
}

/**
 * Declares one flow: a fresh page of `build` (loaded unless `load: false`, for a flow that prepares the page first,
 * e.g. with a fake host), the steps `body` declares run in order on it (a failed step skips the rest), then a check
 * that the page logged no error.
 */
export function flow(
  title: string,
  body: (taskpane: Taskpane) => void,
  { load = true, build = "excel" }: { load?: boolean; build?: Build } = {},
): void {
  test.describe(title, () => {
    test.describe.configure({ mode: "serial" });
    const taskpane = new Taskpane();
    test.beforeAll(async ({ browser }) => {
      await taskpane.open(browser, build);
      if (load) await taskpane.load();
    });
    test.afterEach(async () => {
      // A failed step may come from an error in the page: show what the page logged.
      const testInfo = test.info();
      if (testInfo.status !== testInfo.expectedStatus && taskpane.problems.length) {
        await testInfo.attach("page problems", { body: taskpane.problems.join("\n"), contentType: "text/plain" });
      }
    });
    test.afterAll(async () => {
      await taskpane.close();
    });

    body(taskpane);

    test("no page errors or unexpected console errors / failed requests", async () => {
      await taskpane.page.waitForTimeout(200); // let late console messages arrive
      if (taskpane.ignored.length)
        console.log(`  ignored (known harmless): ${[...new Set(taskpane.ignored)].join(" | ")}`);
      expect(taskpane.problems, taskpane.problems.join(" | ")).toEqual([]);
    });
  });
}

/** A full-page screenshot into tests/artifacts/ (taskpane-<name>.png, or taskpane.png without a name). */
export async function screenshot(page: Page, name?: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name ? `taskpane-${name}.png` : "taskpane.png");
  await page.screenshot({ path: file, fullPage: true });
  console.log(`  screenshot: ${path.relative(ROOT, file)}`);
}
