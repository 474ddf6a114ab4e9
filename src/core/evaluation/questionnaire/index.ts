/** Expert questionnaires: one sheet per expert planned from the assessment (plan.ts) and read back (read.ts). */
export type { QuestionnaireLayout, QuestionnaireShape } from "./layout";
export { QUESTIONNAIRE_MARKER, VOTE_COLUMN, questionnaireLayout, questionnaireShape } from "./layout";
export { JUDGEMENT_CHOICES, planQuestionnaire, questionnaireSheetName, reciprocalFormula } from "./plan";
export type { FailedQuestionnaire, QuestionnaireReading, ReadQuestionnaire } from "./read";
export { applyQuestionnaires, readQuestionnaire } from "./read";
export { QUESTIONNAIRE_WORDS } from "./words";
