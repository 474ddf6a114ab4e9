#!/usr/bin/env node
// `npm run test:browser`: builds the taskpane into dist-test/ with office.js loaded from node_modules
// (`webpack --mode production --env localOfficeJs`; dist/ stays the production build), then runs the Playwright
// specs of tests/browser/ (playwright.config.ts). Arguments go to `playwright test`, e.g. `-- weights.spec.ts`.
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

run("webpack-cli/bin/cli.js", ["--mode", "production", "--env", "localOfficeJs"]);
run("@playwright/test/cli", ["test", ...process.argv.slice(2)]);
