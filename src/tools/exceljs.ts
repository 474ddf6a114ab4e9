/**
 * exceljs, loaded the first time a workbook is written rather than when a tool starts: a review without `--out`
 * never needs it, and loading its ~400 modules costs each process, and each worker of a batch, about 0.3 s.
 * Modules import its types with `import type` and call {@link loadExcelJS} where they build a workbook.
 */
import type ExcelJS from "exceljs";

let loaded: Promise<typeof ExcelJS> | undefined;

export function loadExcelJS(): Promise<typeof ExcelJS> {
  loaded ??= import("exceljs").then((module) => module.default);
  return loaded;
}
