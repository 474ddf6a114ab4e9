// Tiny static server for `npm start`, tests and offline previews (no dependencies, 127.0.0.1 only; http, or
// https when given a certificate):
//   /            -> /taskpane.html (a redirect, unless dist/ has an index.html)
//   /…           -> dist/                                  (run `npx webpack --mode production --env localOfficeJs`)
//   /office-js/  -> node_modules/@microsoft/office-js/dist/ (what the localOfficeJs build of taskpane.html loads)
// Usage: `node src/tools/serve.js [port]` (default 3000), or `require("./serve").start(0)` from a test.
"use strict";
const http = require("http");
const https = require("https");
const fs = require("fs");
const path = require("path");

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(PROJECT_ROOT, "dist");
const OFFICE_JS_DIST = path.join(PROJECT_ROOT, "node_modules", "@microsoft", "office-js", "dist");
const HOST = "127.0.0.1";
const OFFICE_JS_PREFIX = "/office-js/";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Maps a URL path to a file under `base`, or null if it is malformed or would leave `base`. */
function resolveUnder(base, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const file = path.resolve(base, "." + path.posix.normalize("/" + decoded));
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers });
  res.end(body);
}

function handler(root, officeJsRoot) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "Method Not Allowed\n", { Allow: "GET, HEAD" });
    const urlPath = (req.url || "/").split(/[?#]/, 1)[0];
    // the root has no page of its own: it leads to the task pane (what the manifest opens) instead of a 404
    if (urlPath === "/" && !fs.existsSync(path.join(root, "index.html"))) {
      return send(res, 302, "Found: /taskpane.html\n", { Location: "/taskpane.html" });
    }
    const [base, rest] = urlPath.startsWith(OFFICE_JS_PREFIX)
      ? [officeJsRoot, urlPath.slice(OFFICE_JS_PREFIX.length)]
      : [root, urlPath];
    let file = resolveUnder(base, rest);
    if (file === null) return send(res, 404, "Not Found\n");
    fs.stat(file, (err, stats) => {
      if (!err && stats.isDirectory()) {
        file = path.join(file, "index.html");
        stats = fs.existsSync(file) ? fs.statSync(file) : null;
      }
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()];
      if (err || !stats || !stats.isFile() || !type) return send(res, 404, "Not Found\n");
      res.writeHead(200, {
        "Content-Type": type,
        "Content-Length": stats.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
    });
  };
}

/**
 * Starts the server on 127.0.0.1:`port` (0 = any free port); over https when `tls` ({ key, cert, ca }) is given.
 * Resolves to { server, port, url, close() }; `url` ends with "/".
 */
function start(port = 0, { root = DIST, officeJsRoot = OFFICE_JS_DIST, tls } = {}) {
  const handle = handler(path.resolve(root), path.resolve(officeJsRoot));
  const server = tls ? https.createServer(tls, handle) : http.createServer(handle);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      server.off("error", reject);
      const actualPort = server.address().port;
      resolve({
        server,
        port: actualPort,
        url: `${tls ? "https://localhost" : `http://${HOST}`}:${actualPort}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

module.exports = { start, DIST, OFFICE_JS_DIST };

if (require.main === module) {
  const port = process.argv[2] === undefined ? 3000 : Number(process.argv[2]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Usage: node src/tools/serve.js [port]   (got "${process.argv[2]}")`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.warn("dist/taskpane.html is missing: run `npx webpack --mode production --env localOfficeJs` first.");
  }
  start(port).then(
    ({ url }) => console.log(`Serving dist/ at ${url} (office.js at ${url}office-js/): open ${url}taskpane.html`),
    (error) => {
      console.error(`Could not listen on ${HOST}:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
