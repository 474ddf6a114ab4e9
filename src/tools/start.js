// `npm start`: build the add-in, serve dist/ on https://localhost:3000/ and load it into Excel.
// - Windows / macOS: sideloads into desktop Excel with office-addin-debugging (it returns 0 even when it fails,
//   so its output is what tells).
// - Linux (no desktop Excel): serves and explains how to upload the manifest to Excel on the web.
// Stops with Ctrl+C.
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { start } = require("./serve");

const ROOT = path.resolve(__dirname, "..", "..");
const PORT = 3000;
const windows = process.platform === "win32";

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: windows });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * A localhost certificate from office-addin-dev-certs, generated once into ~/.office-addin-dev-certs. Trusting its
 * CA needs sudo; where that fails (Linux without sudo) the generated files still serve https, and the browser asks
 * the user to accept the certificate once.
 */
async function localhostCertificate() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`未能信任 localhost 证书 / could not trust the localhost certificate: ${error.message}`);
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["localhost.key", "localhost.crt", "ca.crt"].map((name) => path.join(dir, name));
    if (!files.every((file) => fs.existsSync(file))) return undefined;
    const [key, cert, ca] = files.map((file) => fs.readFileSync(file));
    return { key, cert, ca };
  }
}

async function main() {
  run("npx", ["webpack", "--mode", "production"]);
  const tls = await localhostCertificate();
  const server = await start(PORT, { tls });
  console.log(`\n已在 ${server.url} 提供加载项 / serving the add-in at ${server.url}`);

  if (process.platform === "win32" || process.platform === "darwin") {
    // No dev-server script: the server above is already running.
    const debugging = spawn("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"], {
      cwd: ROOT,
      stdio: "inherit",
      shell: windows,
    });
    debugging.on("exit", () =>
      console.log("若 Excel 未打开加载项，请查看上方输出 / if Excel did not open the add-in, read the output above"),
    );
  } else {
    console.log(`
此机器没有桌面版 Excel(Linux)。在网页版 Excel 中使用 / No desktop Excel on Linux. To use Excel on the web:
  1. 在本机浏览器打开 / open ${server.url}taskpane.html once and accept the localhost certificate${tls ? "" : " (no certificate: served over http, which Excel on the web refuses)"}
  2. Excel 网页版 → 插入 → 加载项 → 上传我的加载项 / Excel on the web → Insert → Add-ins → Upload My Add-in
  3. 选择 / choose ${path.join(ROOT, "dist", "manifest.xml")}
  4. 在单元格输入 / type in a cell: =MINE.RECOVERY(67.5, 100)  → 0.675
按 Ctrl+C 停止 / Ctrl+C stops the server.`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
