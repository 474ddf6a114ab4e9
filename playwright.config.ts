// The taskpane in headless Chromium (tests/browser/*.spec.ts), against the build in dist-test/ that loads office.js
// from node_modules (`npm run test:browser` builds it first). Debian's chromium only: never a downloaded browser.
import { execFileSync } from "child_process";
import { defineConfig } from "@playwright/test";

function findChromium(): string {
  let found = "";
  try {
    found = execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    // not on PATH: explained below
  }
  if (!found) {
    throw new Error(
      "chromium not found on PATH (`command -v chromium` is empty). Install it with: " +
        "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium",
    );
  }
  return found;
}

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
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
