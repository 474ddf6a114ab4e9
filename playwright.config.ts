// The taskpane in headless Chromium (tests/browser/*.spec.ts), against the build in dist-test/ that loads office.js
// from node_modules (`npm run test:browser` builds it first). The browser is the one tests/support/chromium.js finds
// (run.js names it and passes its path as MINE_BROWSER); never one downloaded from a CDN.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/support/chromium";

export default defineConfig({
  testDir: "tests/browser",
  testMatch: "*.spec.ts",
  outputDir: "tests/artifacts/playwright",
  // Each file is one flow on its own page, its steps in order (serial); two files at a time on a 2-core machine.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  // A flow enters up to ~60 values through the UI in a few seconds; the limits leave room for a slow CI machine
  // without hiding a hang.
  timeout: 60_000,
  globalTimeout: 180_000,
  use: {
    browserName: "chromium",
    headless: true,
    viewport: { width: 420, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    launchOptions: {
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS],
    },
  },
});
