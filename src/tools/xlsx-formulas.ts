/**
 * Formula text as an .xlsx file stores it. A function newer than Excel 2007 is stored with the prefix Excel itself
 * writes (`_xlfn.IFNA`, `_xlfn._xlws.FILTER`): Excel, WPS and LibreOffice read the name back only with it (checked:
 * LibreOffice 7.4 reads an unprefixed IFNA in a file as an unknown function).
 */
import { CallNode, functionName, mapCalls, parseFormula, printFormula } from "../core/workbook/evaluate";

/** Stored names of the newer functions a sheet may hold, from Excel's list of `_xlfn.` functions. */
const STORED_AS: Readonly<Record<string, string>> = {
  IFNA: "_xlfn.IFNA",
  IFS: "_xlfn.IFS",
  SWITCH: "_xlfn.SWITCH",
  MAXIFS: "_xlfn.MAXIFS",
  MINIFS: "_xlfn.MINIFS",
  CONCAT: "_xlfn.CONCAT",
  TEXTJOIN: "_xlfn.TEXTJOIN",
  XLOOKUP: "_xlfn.XLOOKUP",
  XMATCH: "_xlfn.XMATCH",
  LET: "_xlfn.LET",
  SEQUENCE: "_xlfn.SEQUENCE",
  UNIQUE: "_xlfn.UNIQUE",
  FILTER: "_xlfn._xlws.FILTER",
  SORT: "_xlfn._xlws.SORT",
};

/** The text to store for a formula written "=…" (without the "="), newer functions prefixed. */
export function savedFormula(formula: string): string {
  const prefixed = mapCalls(parseFormula(formula), (call): CallNode => {
    const stored = STORED_AS[functionName(call.name)] as string | undefined;
    return stored ? { ...call, name: stored } : call;
  });
  return printFormula(prefixed).replace(/^=/, "");
}
