// The browser for the browser test and the taskpane bench: found by itself, never downloaded from a CDN. In order:
//   1. MINE_BROWSER, a path set by hand (or by tests/browser/run.js for the configs it starts);
//   2. Google Chrome, then Microsoft Edge, where installed (Windows, macOS, Linux);
//   3. Debian's `chromium` package (what .ci/run installs), or `chromium-browser`, on PATH;
//   4. on Linux x64 without one, the Chromium inside the npm package @sparticuz/chromium (a devDependency: npm
//      install fetches it from the registry; unpacked to /tmp/chromium on first use).
// Without the background-networking flags a closed network refuses its connections.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

/** Flags for a headless run on a machine with no network but the package registries. */
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

/** Where @sparticuz/chromium unpacks its browser (its executablePath()). */
const SPARTICUZ_PATH = "/tmp/chromium";

/** Installed places of Chrome and Edge per platform, with their names. */
function installedBrowsers(platform, env) {
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(Boolean);
    return [
      ...roots.map((root) => ({
        name: "Google Chrome",
        path: path.win32.join(root, "Google/Chrome/Application/chrome.exe"),
      })),
      ...roots.map((root) => ({
        name: "Microsoft Edge",
        path: path.win32.join(root, "Microsoft/Edge/Application/msedge.exe"),
      })),
    ];
  }
  if (platform === "darwin") {
    return [
      { name: "Google Chrome", path: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" },
      { name: "Microsoft Edge", path: "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge" },
    ];
  }
  return [
    { name: "Google Chrome", path: "/opt/google/chrome/chrome" },
    { name: "Google Chrome", command: "google-chrome" },
    { name: "Google Chrome", command: "google-chrome-stable" },
    { name: "Microsoft Edge", path: "/opt/microsoft/msedge/msedge" },
    { name: "Microsoft Edge", command: "microsoft-edge" },
    { name: "Debian chromium", command: "chromium" },
    { name: "chromium-browser", command: "chromium-browser" },
  ];
}

/**
 * Which browser to use, decided from what the machine has (all probes passed in, so the choice is testable):
 * `exists(path)`, `onPath(command)` (its path or ""), `sparticuz` (whether @sparticuz/chromium is installed).
 * Returns { name, path } or, for the npm package's browser, { name, sparticuz: true }; { error } when there is none.
 */
function chooseBrowser({ platform, arch, env, exists, onPath, sparticuz }) {
  if (env.MINE_BROWSER) {
    return exists(env.MINE_BROWSER)
      ? { name: env.MINE_BROWSER_NAME || "MINE_BROWSER", path: env.MINE_BROWSER }
      : { error: `MINE_BROWSER names no file: ${env.MINE_BROWSER}` };
  }
  for (const candidate of installedBrowsers(platform, env)) {
    const found = candidate.command ? onPath(candidate.command) : exists(candidate.path) ? candidate.path : "";
    if (found) return { name: candidate.name, path: found };
  }
  if (platform === "linux" && arch === "x64" && sparticuz) return { name: "@sparticuz/chromium", sparticuz: true };
  const how =
    platform === "linux"
      ? arch === "x64"
        ? "run npm install (it installs @sparticuz/chromium), or apt-get install -y chromium"
        : "apt-get install -y chromium (the npm package's Chromium is for x64 only)"
      : "install Google Chrome or Microsoft Edge";
  return { error: `no browser for the browser test: ${how}` };
}

function onPath(command) {
  if (process.platform === "win32") return "";
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

function probes() {
  let sparticuz = false;
  try {
    require.resolve("@sparticuz/chromium/package.json");
    sparticuz = true;
  } catch {
    // not installed
  }
  return { platform: process.platform, arch: process.arch, env: process.env, exists: fs.existsSync, onPath, sparticuz };
}

/**
 * The browser chosen, ready to start: { name, path }. The npm package's Chromium is unpacked here (a few seconds
 * the first time); throws with what to install when there is none.
 */
async function prepareBrowser() {
  const choice = chooseBrowser(probes());
  if (choice.error) throw new Error(choice.error);
  if (!choice.sparticuz) return choice;
  const { default: chromium } = await import("@sparticuz/chromium");
  return { name: choice.name, path: await chromium.executablePath() };
}

/** The browser's path, synchronously (the Playwright config): the npm package's Chromium must be unpacked already. */
function findChromium() {
  const choice = chooseBrowser(probes());
  if (choice.error) throw new Error(choice.error);
  if (!choice.sparticuz) return choice.path;
  if (fs.existsSync(SPARTICUZ_PATH)) return SPARTICUZ_PATH;
  throw new Error("@sparticuz/chromium is not unpacked yet: run the browser test with npm run test:browser");
}

module.exports = { CHROMIUM_ARGS, chooseBrowser, findChromium, prepareBrowser, SPARTICUZ_PATH };
