#!/usr/bin/env node
// `npm run bench`, one step at a time:
//   1. the production builds into dist/ and dist-wps/ (dist/'s bundles are what the function benchmarks load; both
//      are sized);
//   2. src/core compiled for Node into build/bench-core/ (the Monte-Carlo benchmark calls the engine directly);
//   3. the function, evaluation and size benchmarks (tests/bench/run.js, with a collectable heap);
//   4. the review CLI on a 200,000-row plan against a plain exceljs streaming read, with and without --out, and a
//      batch of 100 plans on one worker and on every core (tests/bench/review.js, the CLI built into
//      build/bench-review/);
//   5. a second build into dist-bench/ that loads office.js from node_modules, and the taskpane's time to
//      interactive in headless Chromium (tests/bench/taskpane.js).
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

function step(args) {
  const { status, error } = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  if (error) throw error;
  if (status !== 0) process.exit(status ?? 1);
}

const webpack = require.resolve("webpack-cli/bin/cli.js");
step([webpack, "--mode", "production"]);
step([webpack, "--mode", "production", "--config", "webpack.wps.config.js"]); // sized with dist/
// emptied first: a module that became a folder (messages.ts → messages/) would otherwise be shadowed by its old .js
fs.rmSync(path.join(ROOT, "build", "bench-core"), { recursive: true, force: true });
step([require.resolve("typescript/bin/tsc"), "-p", "tests/bench/tsconfig.json"]);
step(["--expose-gc", "tests/bench/run.js"]);
step(["tests/bench/review.js"]);
step([webpack, "--mode", "production", "--env", "localOfficeJs", "--output-path", "dist-bench"]);
step(["tests/bench/taskpane.js", "dist-bench"]);
