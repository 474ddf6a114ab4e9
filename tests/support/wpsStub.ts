/**
 * A fake `wps` global, written from docs/wps.md only (nothing here was seen in a real WPS): `AddCustomFunction`
 * (namespace, name, fn, metadata?) recording every call (1.6), and `Application`, the same object (3.4). Loads the
 * built dist-wps/functions.wps.js the way WPS's hidden main page would, in a fresh Node context with no DOM.
 */
import { execSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";

export const ROOT = join(__dirname, "..", "..");
export const DIST_WPS = join(ROOT, "dist-wps");

/** COM's "parameter not found", which WPS is reported to pass for an omitted argument (docs/wps.md 2.4). */
export const WPS_MISSING = -2147352572;

export type WpsFunction = (...args: unknown[]) => unknown;

export interface Registration {
  namespace: string;
  name: string;
  fn: WpsFunction;
  argumentCount: number;
}

export interface FakeWps {
  AddCustomFunction?: (namespace: string, name: string, fn: WpsFunction, metadata?: unknown) => void;
  Application?: FakeWps;
  registrations: Registration[];
}

export function createFakeWps({ customFunctions = true } = {}): FakeWps {
  const wps: FakeWps = { registrations: [] };
  if (customFunctions) {
    wps.AddCustomFunction = (namespace, name, fn, ...rest) =>
      void wps.registrations.push({ namespace, name, fn, argumentCount: 3 + rest.length });
  }
  wps.Application = wps;
  return wps;
}

/** dist-wps/ as `npm run build:wps` writes it (built here when missing; `npm test` builds it first). */
export function distWps(file: string): string {
  if (!existsSync(join(DIST_WPS, "functions.wps.js"))) execSync("npm run -s build:wps", { cwd: ROOT, stdio: "ignore" });
  return readFileSync(join(DIST_WPS, file), "utf8");
}

/** Runs the WPS bundle with `globals` as its only globals (no window, document, self, Office or CustomFunctions). */
export function loadWpsBundle(globals: Record<string, unknown>): void {
  runInNewContext(distWps("functions.wps.js"), globals, { filename: "functions.wps.js" });
}
