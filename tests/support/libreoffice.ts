/**
 * LibreOffice Calc as the real spreadsheet program a portable workbook must recalculate in (toolchain.md: it keeps
 * an .xlsx's saved values unless told to recalculate on load, so a private profile sets OOXMLRecalcMode and
 * ODFRecalcMode to 0, "always"). Without `soffice` the tests that need it skip with the install command, but in CI
 * (CI set, as .ci/run sets it) they fail: there it is installed and must be used.
 */
import { execFile } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { promisify } from "util";
import { LIBREOFFICE_PACKAGE, findSoffice } from "../../src/tools/review-convert";

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The `soffice` to use; undefined (with a line saying how to install it) where the tests may skip. */
export function sofficeForTests(): string | undefined {
  const soffice = findSoffice();
  if (soffice) return soffice;
  const why = `LibreOffice (soffice) not found: ${LIBREOFFICE_PACKAGE}`;
  if (process.env.CI) throw new Error(`${why} (.ci/run installs it; in CI this test must run)`);
  console.warn(`SKIPPED: the LibreOffice recalculation tests (${why})`);
  return undefined;
}

/**
 * Opens each file in LibreOffice Calc headless, recalculates every formula, and saves it as .xlsx into `outDir`
 * under the same name: one soffice run for all of them (it starts in seconds, converts in a fraction of one).
 */
export async function recalculateInLibreOffice(
  soffice: string,
  files: readonly string[],
  workDir: string,
): Promise<string> {
  const profile = join(workDir, "lo-profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  const outDir = join(workDir, "recalculated");
  mkdirSync(outDir, { recursive: true });
  await promisify(execFile)(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--calc",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...files,
    ],
    { timeout: 300_000 },
  );
  return outDir;
}
