/** What every sheet the taskpane writes is stamped with (version, date), and how a failure is shown. */
import { MineError } from "../../core/errors";
import { Language } from "../strings";

/** The package version (DefinePlugin); "dev" when the code runs unbundled. */
export const VERSION = typeof __ADDIN_VERSION__ === "string" ? __ADDIN_VERSION__ : "dev";

/** Today's date in the user's time zone, ISO form: the date an engineer would write on the sheet. */
export function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The engine's message in the UI language, else the error's own text (the adapter's are bilingual already). */
export function describe(error: unknown, language: Language): string {
  if (error instanceof MineError) return language === "zh" ? error.zh : error.en;
  return error instanceof Error ? error.message : String(error);
}
