#!/usr/bin/env node
// `npm run test:browser`: builds the taskpane into dist-test/ with office.js loaded from node_modules
// (`webpack --mode production --env localOfficeJs`; dist/ stays the production build) and the WPS add-in into
// dist-wps/ (`npm run build:wps`, for wps.spec.ts), then runs the Playwright
// specs of tests/browser/ (playwright.config.ts). Arguments go to `playwright test`, e.g. `-- weights.spec.ts`.
// The browser is found by tests/support/chromium.js (Chrome, Edge, Debian chromium, or the npm package's Chromium,
// unpacked here) and named in one line; the config gets its path through MINE_BROWSER.
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

function run(cli, args) {
  const { status, error } = spawnSync(process.execPath, [require.resolve(cli), ...args], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (error) throw error;
  if (status !== 0) process.exit(status ?? 1);
}

(async () => {
  const { prepareBrowser } = require("../support/chromium");
  let browser;
  try {
    browser = await prepareBrowser();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(`浏览器测试使用 / browser test uses: ${browser.name} (${browser.path})`);
  process.env.MINE_BROWSER = browser.path;
  process.env.MINE_BROWSER_NAME = browser.name;
  run("webpack-cli/bin/cli.js", ["--mode", "production", "--env", "localOfficeJs"]);
  run("webpack-cli/bin/cli.js", ["--mode", "production", "--config", "webpack.wps.config.js"]); // wps.spec.ts
  run("@playwright/test/cli", ["test", ...process.argv.slice(2)]);
})();
