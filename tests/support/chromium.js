// Debian's Chromium for the browser test and the taskpane bench: where it is, and how it is started. Never a
// downloaded browser; without the background-networking flags the closed network refuses its connections.
const { execFileSync } = require("child_process");

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

/** What `command -v chromium` prints, or an error that says how to install it. */
function findChromium() {
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

module.exports = { CHROMIUM_ARGS, findChromium };
