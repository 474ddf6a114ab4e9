/** Types of chromium.js (plain JavaScript, so the taskpane bench and tests/browser/run.js can require it too). */
export declare const CHROMIUM_ARGS: readonly string[];
export declare const SPARTICUZ_PATH: string;
export interface BrowserProbes {
  platform: string;
  arch: string;
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  onPath(command: string): string;
  sparticuz: boolean;
}
export type BrowserChoice =
  | { name: string; path: string; sparticuz?: undefined; error?: undefined }
  | { name: string; sparticuz: true; path?: undefined; error?: undefined }
  | { error: string; name?: undefined; path?: undefined; sparticuz?: undefined };
export declare function chooseBrowser(probes: BrowserProbes): BrowserChoice;
export declare function findChromium(): string;
export declare function prepareBrowser(): Promise<{ name: string; path: string }>;
