import * as React from "react";
import { SheetPlan } from "../../core/workbook/sheetPlan";
import { writePlanAsking } from "../excel";
import { Strings } from "../strings";
import { useConfirm } from "./ConfirmDialog";

/**
 * The one write path of every tab: `write(plan)` writes a plan; if cells under it are not empty it asks (render
 * `dialog`; test ids `overwrite-dialog`, `overwrite-confirm`, `overwrite-cancel`) and writes over them only on
 * confirmation: the add-in never overwrites silently (design.md §4). Resolves true when written, false when the user
 * declined; other failures reject.
 */
export function useAskingWriter(text: Strings["write"]): {
  write: (plan: SheetPlan) => Promise<boolean>;
  dialog: React.JSX.Element;
} {
  const { confirm, dialog } = useConfirm("overwrite");
  const write = React.useCallback(
    (plan: SheetPlan) =>
      writePlanAsking(plan, (refused) =>
        confirm({
          title: text.overwriteTitle,
          body: [text.overwriteBody(refused.sheetName, refused.occupied)],
          confirm: text.overwrite,
          cancel: text.cancel,
        }),
      ),
    [confirm, text],
  );
  return { write, dialog };
}
