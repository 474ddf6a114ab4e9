/**
 * The sections of the message catalogue (./index), in the engine's order. A new message goes into the section of the
 * part of the engine that gives it; a message only the taskpane gives goes into ./assessment, which functions.js
 * never names.
 */
export * from "./input";
export * from "./mining";
export * from "./ahp";
export * from "./fuzzy";
export * from "./assessment";
export * from "./dataIn";
export * from "./workbook";
export * from "./standards";
