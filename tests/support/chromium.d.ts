/** Types of chromium.js (plain JavaScript, so the taskpane bench can require it too). */
export declare const CHROMIUM_ARGS: readonly string[];
export declare function findChromium(): string;
