/**
 * Issue 11 §4, `npm start` (src/tools/start.js and serve.js): a second start says in one line that the port is in
 * use, before building anything; https://localhost:3000/ leads to the task pane instead of a 404; the development
 * certificate is made once and reused while valid (on Linux office-addin-dev-certs would remake it at every start).
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { request } from "http";
import { createServer, Server } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { ROOT } from "../support/reviewCli";

// plain JavaScript modules of the tools
// eslint-disable-next-line @typescript-eslint/no-require-imports
const startJs = require("../../src/tools/start.js") as {
  localhostCertificate(options: object): Promise<{ key: Buffer; cert: Buffer; ca: Buffer; made?: boolean }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serve = require("../../src/tools/serve.js") as {
  start(port: number, options: { root: string }): Promise<{ port: number; close(): Promise<void> }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCertificates } = require("office-addin-dev-certs/lib/generate") as {
  generateCertificates(this: void, ca: string, cert: string, key: string, days: number): Promise<void>;
};

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), "mine-start-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function get(port: number, path: string): Promise<{ status?: number; location?: string }> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path }, (res) => {
      res.resume();
      resolve({ status: res.statusCode, location: res.headers.location });
    })
      .on("error", reject)
      .end();
  });
}

describe("npm start", () => {
  it("says in one line that the port is in use, and exits 1 without building", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const started = Date.now();
      const r = spawnSync(process.execPath, [join(ROOT, "src/tools/start.js")], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, npm_package_config_dev_server_port: String(port) },
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split("\n")).toEqual([
        `端口 ${port} 已被占用(npm start 可能已在运行，先在那个终端按 Ctrl+C 停止) / port ${port} is in use (npm start may already be running: stop it with Ctrl+C there first)`,
      ]);
      expect(r.stdout).toBe("");
      expect(Date.now() - started).toBeLessThan(20_000); // no webpack build before it
    } finally {
      blocker.close();
    }
  }, 70_000);

  it("answers / with a redirect to the task pane, and serves an index.html where there is one", async () => {
    const root = join(tmp, "dist");
    mkdirSync(root);
    writeFileSync(join(root, "taskpane.html"), "<p>pane</p>");
    const server = await serve.start(0, { root });
    try {
      expect(await get(server.port, "/")).toMatchObject({ status: 302, location: "/taskpane.html" });
      expect(await get(server.port, "/taskpane.html")).toMatchObject({ status: 200 });
      expect(await get(server.port, "/nothing.html")).toMatchObject({ status: 404 });
      writeFileSync(join(root, "index.html"), "<p>index</p>");
      expect(await get(server.port, "/")).toMatchObject({ status: 200 });
    } finally {
      await server.close();
    }
  });

  it("on Linux makes the certificate once and reuses it at the next start, remaking it only when expired", async () => {
    const dir = join(tmp, "certs");
    let made = 0;
    const generate = async (ca: string, cert: string, key: string, days: number) => {
      made++;
      await generateCertificates(ca, cert, key, days);
    };
    const first = await startJs.localhostCertificate({ dir, platform: "linux", generate });
    expect(first).toMatchObject({ made: true });
    const second = await startJs.localhostCertificate({ dir, platform: "linux", generate });
    expect(second).toMatchObject({ made: false });
    expect(made).toBe(1);
    expect(second.cert.equals(first.cert)).toBe(true);
    expect(readFileSync(join(dir, "localhost.crt")).equals(first.cert)).toBe(true);
    // an expired one (valid 0 days) is remade
    await generateCertificates(join(tmp, "ca0.crt"), join(tmp, "c0.crt"), join(tmp, "k0.key"), 0);
    for (const [from, to] of [
      ["ca0.crt", "ca.crt"],
      ["c0.crt", "localhost.crt"],
      ["k0.key", "localhost.key"],
    ]) {
      writeFileSync(join(dir, to), readFileSync(join(tmp, from)));
    }
    const third = await startJs.localhostCertificate({ dir, platform: "linux", generate });
    expect(third).toMatchObject({ made: true });
    expect(made).toBe(2);
  }, 60_000);
});
