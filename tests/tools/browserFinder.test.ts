/**
 * Issue 11 §4: the browser test finds a browser by itself (tests/support/chromium.js chooseBrowser): Chrome or Edge
 * where installed, Debian's chromium where present, on Linux x64 without one the Chromium of @sparticuz/chromium,
 * never a download; with none, it says what to install.
 */
import { BrowserProbes, chooseBrowser } from "../support/chromium";

function machine(
  over: Partial<BrowserProbes> & { files?: string[]; commands?: Record<string, string> },
): BrowserProbes {
  const files = new Set(over.files ?? []);
  const commands = over.commands ?? {};
  return {
    platform: over.platform ?? "linux",
    arch: over.arch ?? "x64",
    env: over.env ?? {},
    exists: (path) => files.has(path),
    onPath: (command) => commands[command] ?? "",
    sparticuz: over.sparticuz ?? true,
  };
}

describe("the browser test's browser", () => {
  it("takes Chrome, then Edge, where installed", () => {
    const env = { PROGRAMFILES: "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)" };
    const chrome = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    expect(chooseBrowser(machine({ platform: "win32", env, files: [chrome, edge] }))).toEqual({
      name: "Google Chrome",
      path: chrome,
    });
    expect(chooseBrowser(machine({ platform: "win32", env, files: [edge] }))).toEqual({
      name: "Microsoft Edge",
      path: edge,
    });
    const macEdge = "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
    expect(chooseBrowser(machine({ platform: "darwin", arch: "arm64", files: [macEdge] }))).toEqual({
      name: "Microsoft Edge",
      path: macEdge,
    });
    const linux = machine({ commands: { "google-chrome": "/usr/bin/google-chrome", chromium: "/usr/bin/chromium" } });
    expect(chooseBrowser(linux)).toEqual({ name: "Google Chrome", path: "/usr/bin/google-chrome" });
  });

  it("takes Debian's chromium on Linux before the npm package's", () => {
    expect(chooseBrowser(machine({ commands: { chromium: "/usr/bin/chromium" } }))).toEqual({
      name: "Debian chromium",
      path: "/usr/bin/chromium",
    });
  });

  it("takes the Chromium of @sparticuz/chromium on Linux x64 with no browser installed, and only there", () => {
    expect(chooseBrowser(machine({}))).toEqual({ name: "@sparticuz/chromium", sparticuz: true });
    expect(chooseBrowser(machine({ arch: "arm64" })).error).toContain("apt-get install -y chromium");
    expect(chooseBrowser(machine({ sparticuz: false })).error).toContain("npm install");
    expect(chooseBrowser(machine({ platform: "win32", env: {} })).error).toContain("Google Chrome or Microsoft Edge");
  });

  it("takes MINE_BROWSER first, and refuses one that names no file", () => {
    const env = { MINE_BROWSER: "/opt/x/chrome", MINE_BROWSER_NAME: "Debian chromium" };
    const probes = machine({ env, files: ["/opt/x/chrome"], commands: { chromium: "/usr/bin/chromium" } });
    expect(chooseBrowser(probes)).toEqual({ name: "Debian chromium", path: "/opt/x/chrome" });
    expect(chooseBrowser(machine({ env: { MINE_BROWSER: "/nope" } })).error).toContain("/nope");
  });
});
