/** What every sheet the taskpane writes is stamped with: the add-in's version and the date. */

/** The package version (DefinePlugin); "dev" when the code runs unbundled. */
export const VERSION = typeof __ADDIN_VERSION__ === "string" ? __ADDIN_VERSION__ : "dev";

/** Today's date in the user's time zone, ISO form: the date an engineer would write on the sheet. */
export function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
