/** Where the project is, for the review tools' defaults (they may run from build/review/tools or from src/tools). */
import { existsSync, readFileSync, statSync } from "fs";
import { dirname, join, resolve } from "path";

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

/** The add-in's version, as the sheets and reports name it (package.json's; "dev" where it cannot be read). */
export function addinVersion(): string {
  try {
    const json = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version?: string };
    return json.version ?? "dev";
  } catch {
    return "dev";
  }
}

/** The sample `npm run review` reads when given no file: the one with the planted mistakes. */
export function defaultSample(): string {
  return join(projectRoot(), "assets", "samples", "review-bad.xlsx");
}

/**
 * Whether two paths name one file: the same path, or (when both exist) the same device and inode, so a hard link,
 * a symbolic link or another spelling of the name on a case-insensitive disk is caught too.
 */
export function isSameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    if (!existsSync(a) || !existsSync(b)) return false;
    const [sa, sb] = [statSync(a), statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
