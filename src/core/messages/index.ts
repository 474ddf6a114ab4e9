/**
 * The catalogue: every message the engine can give, Chinese first, built here and nowhere else. Inputs are named by
 * their declaration (../parameters), so a message says `采出纯矿石量(extracted)第 3 行` exactly as autocomplete
 * names the argument. Callers write `messages.blank(…)`.
 *
 * One catalogue in a few files, one per part of the engine (./catalogue lists them), each message an export of its
 * own. `messages` is the namespace of those exports rather than one object literal because a bundler keeps only the
 * exports a bundle names: functions.js, which every workbook using =MINE.* downloads, then carries the messages of
 * its formulas and none of the taskpane's.
 */
export * as messages from "./catalogue";
export { cellPosition, describePosition, show, showList } from "./wording";
export type { CellPosition, DirectionWords, Subject } from "./wording";
