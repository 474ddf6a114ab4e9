/**
 * Pieces of formula text every planner writes the same way: a text literal and a reference to another sheet.
 * Addresses themselves (A1, $A$1, column letters, ranges) are in sheetPlan.ts.
 */

/** Text as a formula's string literal: in double quotes, each double quote inside doubled (`"say ""hi"""`). */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A reference to `address` on the sheet `sheetName`: `'资源储量表'!B7` (the name quoted, its apostrophes doubled). */
export function sheetReference(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address}`;
}
