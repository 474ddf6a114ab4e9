/**
 * Workbooks the review cannot read itself (.xls, WPS 表格's .et, .ods), converted to .xlsx with LibreOffice
 * (`soffice --headless --convert-to xlsx`) into a private temporary directory, then read as any .xlsx. Node only.
 *
 * - Which file it is comes from its first bytes, not its name ({@link sniff}): an Excel 97–2003 or WPS file is an
 *   OLE2 compound file; .ods, .xlsx and .docx are zip packages told apart by what they hold. An .xlsx saved under
 *   an .xls or .et name is read directly, without LibreOffice.
 * - The input is copied into the temporary directory and converted from there, under a plain ASCII name: LibreOffice
 *   never opens, locks or writes next to the user's file, and a file name starting with "-" or holding spaces is no
 *   command-line argument. Each conversion runs with its own LibreOffice profile (`-env:UserInstallation`), so
 *   conversions running at the same time, or a LibreOffice the user has open, do not meet.
 * - LibreOffice does not recalculate on load (toolchain.md): the converted workbook holds the results the file was
 *   saved with, as Excel would show them.
 * - `soffice` is found on PATH (and where the installers put it on Windows and macOS); the environment variable
 *   {@link SOFFICE_ENV} names another one, or a missing one (the tests use that to see the message for a machine
 *   without LibreOffice).
 */
import { spawn } from "child_process";
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "fs";
import { open, readFile } from "fs/promises";
import JSZip from "jszip";
import { tmpdir } from "os";
import { delimiter, extname, join } from "path";
import { pathToFileURL } from "url";
import { Bilingual } from "../core/text";

/** The environment variable naming the `soffice` to use (a path); set to a missing path, no LibreOffice is used. */
export const SOFFICE_ENV = "MINE_SOFFICE";

/** What a file is, from its bytes: a zip package by what it holds, an OLE2 compound file (.xls, .et, .doc), or other. */
export type FileKind = "xlsx" | "docx" | "ods" | "ole2" | "zip" | "other";

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** What `path` holds, read from its first bytes (and a zip's entries). */
export async function sniff(path: string): Promise<FileKind> {
  const handle = await open(path, "r");
  const head = Buffer.alloc(8);
  try {
    await handle.read(head, 0, 8, 0);
  } finally {
    await handle.close();
  }
  if (head.equals(OLE2)) return "ole2";
  if (!head.subarray(0, 4).equals(ZIP)) return "other";
  try {
    const zip = await JSZip.loadAsync(await readFile(path));
    if (zip.file("xl/workbook.xml")) return "xlsx";
    if (zip.file("word/document.xml")) return "docx";
    const mime = zip.file("mimetype");
    if (mime && (await mime.async("string")).trim() === ODS_MIME) return "ods";
    return "zip";
  } catch {
    return "other";
  }
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== "win32") accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where LibreOffice's installers put `soffice` when it is not on PATH. */
function installedPlaces(env: NodeJS.ProcessEnv): string[] {
  if (process.platform === "darwin") return ["/Applications/LibreOffice.app/Contents/MacOS/soffice"];
  if (process.platform === "win32") {
    return [env.ProgramFiles, env["ProgramFiles(x86)"]]
      .filter((dir): dir is string => Boolean(dir))
      .flatMap((dir) => ["soffice.com", "soffice.exe"].map((name) => join(dir, "LibreOffice", "program", name)));
  }
  return ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"];
}

/**
 * The `soffice` to convert with: {@link SOFFICE_ENV} when set (undefined when it names nothing executable), else
 * the first on PATH, else where the installers put it; undefined when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env[SOFFICE_ENV];
  if (configured !== undefined && configured !== "") return isExecutable(configured) ? configured : undefined;
  // on Windows soffice.com is the console program that waits for the conversion and passes its output on
  const names = process.platform === "win32" ? ["soffice.com", "soffice.exe"] : ["soffice", "libreoffice"];
  const onPath = (env.PATH ?? env.Path ?? "")
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => names.map((name) => join(dir, name)));
  return [...onPath, ...installedPlaces(env)].find(isExecutable);
}

/** The package to install, as the message for a machine without LibreOffice names it. */
export const LIBREOFFICE_PACKAGE = "apt-get install -y libreoffice-calc-nogui";

/** Why a workbook that needs LibreOffice cannot be read here: none is installed (or {@link SOFFICE_ENV} is wrong). */
export function sofficeMissing(file: string, env: NodeJS.ProcessEnv = process.env): Bilingual {
  const configured = env[SOFFICE_ENV];
  const wrong =
    configured !== undefined && configured !== ""
      ? {
          zh: `环境变量 ${SOFFICE_ENV} 所指的 ${configured} 不存在或不可执行；`,
          en: `${SOFFICE_ENV} names ${configured}, which does not exist or cannot be run; `,
        }
      : { zh: "", en: "" };
  const type = extname(file).toLowerCase() || "?";
  return {
    zh:
      `${wrong.zh}读取 ${type} 工作簿须先用 LibreOffice 转换为 .xlsx，但本机找不到 LibreOffice(soffice)：${file}。` +
      `请安装 LibreOffice：Debian/Ubuntu 上运行 ${LIBREOFFICE_PACKAGE}；Windows、macOS 上从 https://www.libreoffice.org 下载安装` +
      `(或设置环境变量 ${SOFFICE_ENV} 为 soffice 的路径)。也可在 Excel 或 WPS 中把它另存为 .xlsx 后再复核`,
    en:
      `${wrong.en}a ${type} workbook is converted to .xlsx with LibreOffice before the review, and no LibreOffice ` +
      `(soffice) was found: ${file}. Install LibreOffice: on Debian/Ubuntu run ${LIBREOFFICE_PACKAGE}; on Windows ` +
      `or macOS get it from https://www.libreoffice.org (or set ${SOFFICE_ENV} to the path of soffice). Or save it ` +
      `as .xlsx in Excel or WPS and review that`,
  };
}

/** An .xlsx converted from the input, in a temporary directory that {@link Converted.dispose} removes. */
export interface Converted {
  /** The converted .xlsx. */
  readonly path: string;
  /** How long LibreOffice took, in milliseconds. */
  readonly milliseconds: number;
  /** Removes the temporary directory (the input copy, the profile, the .xlsx). */
  readonly dispose: () => void;
}

/** A conversion that did not give an .xlsx: LibreOffice's own words, or the time limit. */
export class ConversionError extends Error {}

/** Runs `command`, its own process group killed at the time limit; resolves with its output and exit code. */
function runCommand(
  command: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // a process group of its own: soffice is a script starting oosplash starting soffice.bin, and the time limit
    // must end all of them
    const child = spawn(command, args, { detached: process.platform !== "win32", windowsHide: true, stdio: "pipe" });
    let output = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (process.platform !== "win32" && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

/**
 * Converts `file` (an OLE2 workbook, .xls or .et, or an .ods: `kind` as {@link sniff} read it) to .xlsx with
 * `soffice`. Throws {@link ConversionError} when LibreOffice gives no .xlsx (a damaged file, the time limit);
 * the temporary directory is then already removed.
 */
export async function convertToXlsx(
  file: string,
  kind: "ole2" | "ods",
  soffice: string,
  timeoutMs = 180_000,
): Promise<Converted> {
  const dir = mkdtempSync(join(tmpdir(), "mine-review-convert-"));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    const inDir = join(dir, "in");
    const outDir = join(dir, "out");
    mkdirSync(inDir);
    mkdirSync(outDir);
    // LibreOffice lists .et with its Excel 97 types; an OLE2 file under another name is read as .xls
    const extension = kind === "ods" ? ".ods" : extname(file).toLowerCase() === ".et" ? ".et" : ".xls";
    const input = join(inDir, `input${extension}`);
    copyFileSync(file, input);
    // the import filter is named: left to its detection, LibreOffice reads a damaged file as text. An OLE2 file is
    // read as Excel 97–2003 (BIFF8, also WPS 表格's .et), else as Excel 5.0/95 (BIFF5)
    const filters = kind === "ods" ? ["calc8"] : ["MS Excel 97", "MS Excel 95"];
    const path = join(outDir, "input.xlsx");
    const said: string[] = [];
    let code: number | null = null;
    const started = Date.now();
    for (const filter of filters) {
      const args = [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--invisible",
        "--nologo",
        "--norestore",
        "--nolockcheck",
        "--calc",
        `--infilter=${filter}`,
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        input,
      ];
      const ran = await runCommand(soffice, args, timeoutMs);
      if (ran.timedOut) throw new ConversionError(`LibreOffice: no result after ${Math.round(timeoutMs / 1000)} s`);
      if (existsSync(path)) break;
      code = ran.code;
      said.push(
        ...ran.output
          .split(/\r?\n/)
          .filter((line) => /error/i.test(line))
          .map((line) => `${filter}: ${line.trim()}`),
      );
    }
    const milliseconds = Date.now() - started;
    if (!existsSync(path)) {
      throw new ConversionError(`LibreOffice (exit ${code ?? "?"}): ${said.join("; ") || "no .xlsx written"}`);
    }
    return { path, milliseconds, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
