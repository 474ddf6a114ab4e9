/**
 * `npm run review` as a user runs it, for the CLI tests: compiled as `npm run review:build` compiles it (the batch's
 * worker module beside it) into a private directory, and run in a child process from the project root.
 */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "../..");
export const GOOD = join(ROOT, "assets/samples/review-good.xlsx");
export const BAD = join(ROOT, "assets/samples/review-bad.xlsx");

/** Compiles the review tools into `dir`/build; the path of the compiled CLI. */
export function compileReviewCli(dir: string): string {
  const build = join(dir, "build");
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "src/tools/review.tsconfig.json", "--outDir", build],
    { cwd: ROOT, stdio: "pipe" },
  );
  return join(build, "tools/review.js");
}

/** Runs the compiled CLI with `args`: its exit code and what it printed. */
export function runReviewCli(cli: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, NODE_PATH: join(ROOT, "node_modules") };
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A file's SHA-256, to show an input is left byte-identical. */
export const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");
