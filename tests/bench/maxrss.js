// Preloaded (node -r) into a benchmarked child process: writes the process's peak resident set size (KB) to the
// file MINE_BENCH_RSS names when it exits (tests/bench/review.js).
"use strict";
const fs = require("fs");

const report = process.env.MINE_BENCH_RSS;
if (report) process.on("exit", () => fs.writeFileSync(report, String(process.resourceUsage().maxRSS)));
