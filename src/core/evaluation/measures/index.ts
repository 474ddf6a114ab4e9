/**
 * T/XZBX 0088—2025 Tables 2–4 (management measures, data management, restoration measures): the tables as
 * transcribed, each row linked to the Table 1 indicators it supports (tables.ts), and the reference sheet the
 * evaluator fills in with each measure's status (sheet.ts).
 */
export { MEASURE_TABLES, READING_MARK, STANDARD_CODE, STANDARD_MARK, table1Indicator } from "./tables";
export type { IndicatorLink, MeasureRow, MeasureTable, MeasureTableId } from "./tables";
export {
  COUNT_COLUMNS,
  MEASURES_MARKER,
  MEASURE_COLUMNS,
  STATUSES,
  indicatorLabel,
  linkBasis,
  measuresLayout,
  planMeasuresSheet,
  MEASURES_SHEET_NAME,
  withGloss,
} from "./sheet";
export type { MeasuresLayout } from "./sheet";
