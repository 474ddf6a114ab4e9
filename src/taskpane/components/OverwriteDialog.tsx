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
