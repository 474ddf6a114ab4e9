/**
 * src/core is pure TypeScript: it imports only other core modules and never touches Excel, Office,
 * CustomFunctions or the DOM, so it runs in Node, in the browser and in the headless review alike.
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { join, relative, resolve } from "path";

const CORE = resolve(__dirname, "../../src/core");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const files = sources(CORE);
const FORBIDDEN_GLOBALS =
  /\b(Excel|Office|OfficeExtension|CustomFunctions|document|window|navigator|localStorage)\s*[.([]/;

describe("src/core", () => {
  it("has sources to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))("%s imports only core modules", (_, file) => {
    const imports = [...readFileSync(file, "utf8").matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g)].map(
      (m) => m[1],
    );
    for (const specifier of imports) {
      expect(specifier.startsWith(".")).toBe(true);
      expect(resolve(file, "..", specifier).startsWith(CORE)).toBe(true);
    }
  });

  it.each(files.map((f) => [relative(CORE, f), f]))("%s uses no Office or DOM global", (_, file) => {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(FORBIDDEN_GLOBALS);
  });
});
