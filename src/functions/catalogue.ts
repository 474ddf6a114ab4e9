/**
 * Every `=MINE.*` function and its parameters, in order, as declared once in src/core/parameters. Each host's
 * runner reads the arguments through these declarations; the build writes the zh-CN metadata names from them and
 * fails when a function's JSDoc names other parameters. What the functions and parameters are, in words, is
 * metadata only: English in each function's JSDoc, Chinese in ./descriptions.ts (neither is in the runtime bundle).
 *
 * The signatures are the exports of ./signatures, one per function ID, gathered here as the namespace FUNCTIONS
 * rather than written as one object literal: a bundler then refers to each by a short local name instead of
 * spelling out every ID where a function runs (functions.js carries the IDs once, in its associate calls).
 */
import * as FUNCTIONS from "./signatures";

export { FUNCTIONS };
export type { FunctionDeclaration } from "./signatures";
export type FunctionId = keyof typeof FUNCTIONS;
