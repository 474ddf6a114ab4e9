/** Where the project is, for the review tools' defaults (they may run from build/review/tools or from src/tools). */
import { existsSync, readFileSync, realpathSync, statSync } from "fs";
import { dirname, isAbsolute, join, resolve } from "path";

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
 * The directory the user ran the command from. `npm run` starts a script in the project root and keeps the
 * directory it was run from in INIT_CWD (also for `npm --prefix <project> run …` from elsewhere); run directly with
 * node, it is the working directory.
 */
export function invocationDir(env: NodeJS.ProcessEnv = process.env): string {
  const from = env.INIT_CWD;
  return from && isAbsolute(from) ? from : process.cwd();
}

/** A path the user typed, made absolute against the directory they ran the command from ({@link invocationDir}). */
export function userPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(invocationDir(env), path);
}

/**
 * Whether two paths name one file: the same path, or (when both exist) the same device and inode, so a hard link,
 * a symbolic link or another spelling of the name on a case-insensitive disk (Windows, macOS) is caught too. The
 * inode is compared as a bigint: Windows' 64-bit file ids do not fit a double. Where a disk reports no inode (0: some
 * network and FAT disks), the real paths are compared, ignoring case on Windows and macOS.
 */
export function isSameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    if (!existsSync(a) || !existsSync(b)) return false;
    const [sa, sb] = [statSync(a, { bigint: true }), statSync(b, { bigint: true })];
    if (sa.ino !== 0n || sb.ino !== 0n) return sa.dev === sb.dev && sa.ino === sb.ino;
    const [ra, rb] = [realpathSync.native(a), realpathSync.native(b)];
    return process.platform === "win32" || process.platform === "darwin"
      ? ra.toLowerCase() === rb.toLowerCase()
      : ra === rb;
  } catch {
    return false;
  }
}
