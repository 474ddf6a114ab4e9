/**
 * The sheet of a dynamic assessment over years or mines (T/XZBX 0088—2025 §5.2–5.3): the assessment's weight model
 * written as labelled values, a table of every indicator's unit, direction and breakpoints with one column of
 * values per subject, and per subject the memberships (=MINE.MEMBERSHIP), the two-level evaluation
 * (=MINE.FUZZY_EVAL), the verdict (=MINE.FUZZY_GRADE) and the score (=MINE.FUZZY_SCORE), summed up in a trend table
 * and a line chart.
 *
 * Weights: written as values computed by the engine from the assessment's judgement matrices (AIJ aggregate, its
 * weight method) and labelled so; the judgement matrices and their consistency live in the evaluation sheet, and the
 * notes say how to recompute. Incomplete subjects: while a subject misses a value, its memberships and B are "" and
 * its verdict says 数据不全, and its trend cell is #N/A so the line chart shows a gap rather than a false zero. A
 * missing or disordered breakpoint is a configuration error and shows the function's own error message.
 *
 * layout.ts says where everything is; words.ts holds the sheet's words; plan.ts writes the header and the category
 * weights, indicators.ts the indicator table, subjects.ts each subject's block and trend.ts the trend.
 */
export { DYNAMIC_COLUMNS, DYNAMIC_MARKER, dynamicLayoutOf } from "./layout";
export type { DynamicLayout, SubjectBlock } from "./layout";
export { planDynamicSheet } from "./plan";
