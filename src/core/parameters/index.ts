/**
 * Every named input of the engine, declared once: its Chinese and English name (the English name is the `=MINE.*`
 * parameter name), what kind of number it is and so its bounds, and for the parameters of `=MINE.*` functions how
 * a spreadsheet argument is read (shape, blanks, default).
 *
 * The same object names the input in every message about it, is read by the one runner of each host
 * (src/functions/excel.ts), and is emitted as the zh-CN metadata name, so the three cannot disagree.
 * Modelled on HyperFormula's declared argument specs (../shared/reference/aesthetics.md).
 *
 * One module per group (./mining … ./standards, and ./assessment for the inputs only the assessment's evaluations
 * name), written with the builders of ./declare, each input an export of its own; callers write `MINING.extracted`.
 * The groups are namespaces rather than object literals because a bundler keeps only the exports a bundle names
 * and refers to each by a short local name: functions.js then carries neither the assessment's inputs nor every
 * input's key spelled out at each use.
 */
export type { NumberParameter, Parameter } from "./declare";
export * as MINING from "./mining";
export * as RESERVES from "./reserves";
export * as PROCESSING from "./processing";
export * as UTILIZATION from "./utilization";
export * as LICENCE from "./licence";
export * as AHP from "./ahp";
export * as FUZZY from "./fuzzy";
export * as ASSESSMENT_INPUTS from "./assessment";
export * as STANDARDS from "./standards";
export { PARAMETER_GROUPS } from "./groups";
