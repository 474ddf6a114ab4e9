/**
 * The one busy/status/error pattern of the taskpane: a tab runs an async action (write a sheet, review, re-open),
 * shows a spinner while it runs, then its success text or its failure. A failure is kept as the error itself and
 * worded when shown, in the UI language: an engine error in its own words, anything else as a bilingual internal
 * error ({@link messageOf}), so no bare English exception text reaches the Chinese UI.
 */
import * as React from "react";
import { messageOf } from "../core/errors";
import { Language, pick } from "../core/text";

/**
 * What a finished action says: its text, as a warning when it was done but left something to heed (a sheet written
 * while judgements fail their consistency check or inputs are missing).
 */
export type Said = string | { readonly text: string; readonly warning: true };

/**
 * `said` followed by what the spreadsheet could not write as planned (`notes`, in the UI language): then a warning,
 * so a sheet written without its charts never reads as a plain success.
 */
export function withNotes(said: Said, notes: readonly string[]): Said {
  if (notes.length === 0) return said;
  return { text: [typeof said === "string" ? said : said.text, ...notes].join(" "), warning: true };
}

/** How an action ended, as far as the pane is concerned: nothing to say, a success text, or a failure. */
export type Outcome =
  | null
  | { readonly kind: "done"; readonly text: string; readonly warning: boolean }
  /** `prefixed`: a failure of the action itself, shown after the tab's "failed:" words. */
  | { readonly kind: "failed"; readonly error: unknown; readonly prefixed: boolean };

/** The status line a tab shows (a message bar's intent and text). */
export interface Status {
  readonly intent: "success" | "warning" | "error";
  readonly text: string;
}

/** A caught error in the UI language: a MineError's own message, anything else as an internal error. */
export function errorText(error: unknown, language: Language): string {
  return pick(messageOf(error), language);
}

/** Runs `action` and says how it ended; never rejects. An action returning null (e.g. the user declined) says nothing. */
export async function settle(action: () => Promise<Said | null>): Promise<Outcome> {
  try {
    const said = await action();
    if (said === null) return null;
    return typeof said === "string"
      ? { kind: "done", text: said, warning: false }
      : { kind: "done", text: said.text, warning: true };
  } catch (error) {
    return { kind: "failed", error, prefixed: true };
  }
}

/** The status line of `outcome` in `language`; `failed` (e.g. "失败：") goes before a failure of the action itself. */
export function statusOf(outcome: Outcome, language: Language, failed = ""): Status | null {
  if (outcome === null) return null;
  if (outcome.kind === "done") return { intent: outcome.warning ? "warning" : "success", text: outcome.text };
  return { intent: "error", text: (outcome.prefixed ? failed : "") + errorText(outcome.error, language) };
}

export interface Action {
  /** True while an action started by {@link Action.run} is running (tabs disable their buttons and spin). */
  readonly busy: boolean;
  /** What to show under the buttons, or null. */
  readonly status: Status | null;
  /**
   * Clears the status, runs `action` while busy, then shows the text it resolves to (nothing for null) or its
   * failure. Resolves to that text, or null when the action returned null or failed; never rejects.
   */
  readonly run: (action: () => Promise<Said | null>) => Promise<string | null>;
  /** Shows the failure of a step run outside {@link Action.run} (a background refresh), without the "failed:" words. */
  readonly report: (error: unknown) => void;
}

/**
 * The busy flag and status line of one tab (or panel). `failed` is the tab's "failed:" words, put before the
 * message of an action that threw.
 */
export function useAction(language: Language, failed = ""): Action {
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  const run = React.useCallback(async (action: () => Promise<Said | null>) => {
    setBusy(true);
    setOutcome(null);
    const ended = await settle(action);
    setOutcome(ended);
    setBusy(false);
    return ended?.kind === "done" ? ended.text : null;
  }, []);
  const report = React.useCallback((error: unknown) => setOutcome({ kind: "failed", error, prefixed: false }), []);
  return { busy, status: statusOf(outcome, language, failed), run, report };
}
