/**
 * The review (复核) as document sections: the report (verdict, findings with their cell, stated and recomputed
 * values, rule and source, every check with why it was not done, the tables found) on landscape pages, then the
 * draft 专家审查意见书 in the 附件 七 form on portrait pages — both the very plans the annotated copy writes as
 * sheets (planReviewReport, planReviewOpinion), rendered as paragraphs and tables, so each text has one source.
 */
import { OPINION_MARKER, REVIEW_MARKER, ReviewReport } from "../../core/review/review";
import { planReviewOpinion, planReviewReport } from "../../core/review/plans";
import { Language } from "../../core/text";
import { Section } from "./model";
import { planBlocks } from "./sheetPlan";

export interface ReviewDocumentOptions {
  readonly lang: Language;
  /** What was reviewed (a file name). */
  readonly source?: string;
  /** When (ISO date). */
  readonly date?: string;
}

/** The report and the draft opinion, as two sections. */
export function reviewSections(report: ReviewReport, options: ReviewDocumentOptions): Section[] {
  const plans = {
    lang: options.lang,
    ...(options.source ? { source: options.source } : {}),
    ...(options.date ? { date: options.date } : {}),
  };
  const markers = [REVIEW_MARKER, OPINION_MARKER];
  return [
    {
      orientation: "landscape",
      blocks: planBlocks(planReviewReport(report, plans), { markers, titleStyle: "Heading1", fontSize: 8 }),
    },
    {
      orientation: "portrait",
      blocks: planBlocks(planReviewOpinion(report, report.facts, plans), { markers, fontSize: 9.5 }),
    },
  ];
}
