import { Assessment } from "../core/evaluation/assessment";

/**
 * How a page changes the assessment: a pure edit of the model; for an edit that removes or replaces what the user
 * entered (a category, an indicator, an expert, a grade, a judgement the consistency doctor changes, an
 * assessment re-opened from a sheet), `undoable` words the offer to take it back ("已删除类别「资源类」").
 */
export type EditAssessment = (edit: (a: Assessment) => Assessment, undoable?: string) => void;
