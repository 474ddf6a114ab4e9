import * as React from "react";
import { Language, pick } from "../../core/text";
import { SheetPlan } from "../../core/workbook/sheetPlan";
import { writePlanAsking } from "../host";
import { Strings } from "../strings";
import { useConfirm } from "./ConfirmDialog";

/**
 * The one write path of every tab: `write(plan)` writes a plan; if cells under it are not empty it asks (render
 * `dialog`; test ids `overwrite-dialog`, `overwrite-confirm`, `overwrite-cancel`) and writes over them only on
 * confirmation: the add-in never overwrites silently (design.md §4). Resolves to what the spreadsheet could not write
 * as planned, in `language` (empty when everything was written; the tab says it with `withNotes`), or null when the
 * user declined; other failures reject.
 */
export function useAskingWriter(
  text: Strings["write"],
  language: Language,
): {
  write: (plan: SheetPlan) => Promise<string[] | null>;
  dialog: React.JSX.Element;
} {
  const { confirm, dialog } = useConfirm("overwrite");
  const write = React.useCallback(
    async (plan: SheetPlan) => {
      const notes = await writePlanAsking(plan, (refused) =>
        confirm({
          title: text.overwriteTitle,
          body: [text.overwriteBody(refused.sheetName, refused.occupied)],
          confirm: text.overwrite,
          cancel: text.cancel,
        }),
      );
      return notes && notes.map((note) => pick(note, language));
    },
    [confirm, text, language],
  );
  return { write, dialog };
}
