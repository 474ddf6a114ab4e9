/** Where the project is, for the review tools' defaults (they may run from build/review/tools or from src/tools). */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";

/** The nearest directory above this file holding this project's package.json. */
export function projectRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "mine-sanlv-excel-addin") return dir;
      } catch {
        // not ours; keep looking
      }
    }
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** The sample `npm run review` reads when given no file: the one with the planted mistakes. */
export function defaultSample(): string {
  return join(projectRoot(), "assets", "samples", "review-bad.xlsx");
}
