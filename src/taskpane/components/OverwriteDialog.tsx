import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import * as React from "react";
import { SheetPlan } from "../../core/workbook/sheetPlan";
import { OverwriteRefused, writePlanAsking } from "../excel";
import { Strings } from "../strings";

export interface OverwriteDialogProps {
  /** The refused write, or null when no question is pending. */
  readonly refused: { readonly sheetName: string; readonly occupied: number } | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly text: Strings["write"];
}

/** Asks before overwriting non-empty cells: the add-in never does so silently (design.md §4). */
export function OverwriteDialog({ refused, onConfirm, onCancel, text }: OverwriteDialogProps): React.JSX.Element {
  return (
    <Dialog open={refused !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface data-testid="overwrite-dialog">
        <DialogBody>
          <DialogTitle>{text.overwriteTitle}</DialogTitle>
          <DialogContent>{refused && text.overwriteBody(refused.sheetName, refused.occupied)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="overwrite-confirm" onClick={onConfirm}>
              {text.overwrite}
            </Button>
            <Button data-testid="overwrite-cancel" onClick={onCancel}>
              {text.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** A pending question: the refused write and how to answer the caller waiting on it. */
interface Pending {
  readonly error: OverwriteRefused;
  readonly settle: (confirmed: boolean) => void;
}

/**
 * The one write path of every tab: `write(plan)` writes a plan; if cells under it are not empty it asks with the
 * dialog (render `dialog`) and writes over them only on confirmation. Resolves true when written, false when the
 * user declined; other failures reject.
 */
export function useAskingWriter(text: Strings["write"]): {
  write: (plan: SheetPlan) => Promise<boolean>;
  dialog: React.JSX.Element;
} {
  const [pending, setPending] = React.useState<Pending | null>(null);
  const write = React.useCallback(
    (plan: SheetPlan) =>
      writePlanAsking(plan, (error) => new Promise<boolean>((settle) => setPending({ error, settle }))),
    [],
  );
  const answer = (confirmed: boolean) => {
    pending?.settle(confirmed);
    setPending(null);
  };
  const dialog = (
    <OverwriteDialog
      refused={pending && pending.error}
      text={text}
      onCancel={() => answer(false)}
      onConfirm={() => answer(true)}
    />
  );
  return { write, dialog };
}
