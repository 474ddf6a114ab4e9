/** National minimum "三率" indicators (design.md §3.5): the built-in table, the lookup and the compliance check. */
export { ROWS, DOCUMENTS, GAPS, BANDS, DOCUMENT_URLS, PAGES, ROW_PAGES } from "./table";
export type { StandardRow, StandardDocument, DocumentId, IndicatorId, MethodId, Gap, Band, Unit } from "./table";
export { findMinimum, isUnverified, conditionText, minimumChoices } from "./lookup";
export type { Minimum, MinimumQuery } from "./lookup";
export { minRate, meetsMin, minRateSource, sourceText } from "./minimum";
