// `npm start`: serve dist/ on https://localhost:3000/, build the add-in into it, and load it into Excel.
// - Windows / macOS: sideloads into desktop Excel with office-addin-debugging (it returns 0 even when it fails,
//   so its output is what tells).
// - Linux (no desktop Excel): serves and explains how to upload the manifest to Excel on the web.
// The port is taken before anything is built: a second `npm start` says in one line that it is in use (and does not
// rebuild dist/ under the running one). Stops with Ctrl+C.
"use strict";
const { spawn, spawnSync } = require("child_process");
const { X509Certificate } = require("crypto");
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");
const { start } = require("./serve");

const ROOT = path.resolve(__dirname, "..", "..");
const windows = process.platform === "win32";
/** package.json config.dev_server_port (npm passes it on), else 3000: the port manifest.xml names. */
const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
/** Where office-addin-dev-certs keeps the development certificate (and where it looks for it). */
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
/** How long a certificate made here lasts; a new one is made only when it has expired (or is about to). */
const CERT_DAYS = 365;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: windows });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The one line said when the port is taken; undefined when it is free. */
function portInUse(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error) =>
      resolve(
        error.code === "EADDRINUSE"
          ? `端口 ${port} 已被占用(npm start 可能已在运行，先在那个终端按 Ctrl+C 停止) / port ${port} is in use (npm start may already be running: stop it with Ctrl+C there first)`
          : `无法使用端口 ${port} / cannot use port ${port}: ${error.message}`,
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(undefined)));
  });
}

/** The certificate files in `dir`, when the localhost one is still valid for a day (and was issued by the CA there). */
function reusableCertificate(dir, now = Date.now()) {
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((name) => path.join(dir, name));
  if (!files.every((file) => fs.existsSync(file))) return undefined;
  const [key, cert, ca] = files.map((file) => fs.readFileSync(file));
  try {
    const leaf = new X509Certificate(cert);
    if (Date.parse(leaf.validTo) < now + 24 * 3600 * 1000 || !leaf.checkIssued(new X509Certificate(ca)))
      return undefined;
  } catch {
    return undefined;
  }
  return { key, cert, ca };
}

/**
 * The localhost certificate, made once into `dir` (~/.office-addin-dev-certs) and reused while it is valid.
 * - Windows / macOS: office-addin-dev-certs makes it and trusts its CA for the user (it reuses a trusted one).
 * - Linux: trusting a CA needs sudo, and office-addin-dev-certs would delete and remake an untrusted one at every
 *   start (so the browser would ask again each time); here a valid one is reused, and a new one made (valid
 *   CERT_DAYS days) without installing anything. The browser asks once to accept it.
 * `generate(caPath, certPath, keyPath, days)` makes the files (office-addin-dev-certs' generateCertificates).
 */
async function localhostCertificate({ dir = CERT_DIR, platform = process.platform, generate, devCerts } = {}) {
  if (platform !== "linux") {
    try {
      return await (devCerts ?? require("office-addin-dev-certs")).getHttpsServerOptions();
    } catch (error) {
      console.warn(`未能信任 localhost 证书 / could not trust the localhost certificate: ${error.message}`);
      return reusableCertificate(dir);
    }
  }
  const reused = reusableCertificate(dir);
  if (reused) return { ...reused, made: false };
  for (const name of ["localhost.key", "localhost.crt", "ca.crt"]) fs.rmSync(path.join(dir, name), { force: true });
  fs.mkdirSync(dir, { recursive: true });
  const make = generate ?? require("office-addin-dev-certs/lib/generate").generateCertificates;
  await make(path.join(dir, "ca.crt"), path.join(dir, "localhost.crt"), path.join(dir, "localhost.key"), CERT_DAYS);
  const made = reusableCertificate(dir);
  return made && { ...made, made: true };
}

function linuxSteps(url, tls) {
  const manifest = path.join(ROOT, "dist", "manifest.xml");
  const certificate = tls
    ? `${tls.made ? "新生成了" : "沿用"}证书 ${path.join(CERT_DIR, "localhost.crt")}(有效期内每次 npm start 都沿用，只需接受一次)`
    : "没有证书：以 http 提供，网页版 Excel 不接受";
  return `
此机器没有桌面版 Excel(Linux)。在网页版 Excel 中使用 / No desktop Excel on Linux. To use Excel on the web:
  ${certificate}
  1. 用打开 Excel 的同一浏览器访问 ${url}，出现“您的连接不是私密连接 / Your connection is not private”时点“高级 → 继续前往 localhost(不安全)”
     (Firefox：“高级 → 接受风险并继续”)，看到任务窗格页即可
     open ${url} in the browser you use for Excel and accept the certificate (Advanced → Proceed to localhost)
  2. Excel 网页版 → 开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项 / Excel on the web → Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in
  3. 选择 / choose ${manifest}
  4. 在单元格输入 / type in a cell: =MINE.RECOVERY(67.5, 100)  → 0.675
按 Ctrl+C 停止 / Ctrl+C stops the server.`;
}

async function main() {
  const busy = await portInUse(PORT);
  if (busy) {
    console.error(busy);
    process.exit(1);
  }
  const tls = await localhostCertificate();
  let server;
  try {
    server = await start(PORT, { tls });
  } catch (error) {
    console.error(
      (await portInUse(PORT)) ?? `无法在端口 ${PORT} 提供服务 / cannot serve on port ${PORT}: ${error.message}`,
    );
    process.exit(1);
  }
  run("npx", ["webpack", "--mode", "production"]);
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
    console.log(linuxSteps(server.url, tls));
  }
}

module.exports = { PORT, portInUse, localhostCertificate, reusableCertificate };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
