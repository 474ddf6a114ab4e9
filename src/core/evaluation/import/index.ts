/** Data brought in from the workbook: a selection or pasted text read into the pane's tables (see each module). */
export type { CellReading, SourceGrid } from "./cells";
export { cellAt, cellName, failAt, halfWidth, isLabel, parsePastedText, pastedGrid, readCell, sizeOf } from "./cells";
export type { ImportedMatrix, MatrixForm } from "./matrix";
export { IMPORT_TOLERANCE, formMessage, importMatrix, judgementText, scaleValueOf } from "./matrix";
export type { DataBlock, ImportedList, ImportedVotes, ListRules } from "./tables";
export { dataBlock, importList, importVotes } from "./tables";
