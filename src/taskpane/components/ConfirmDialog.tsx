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

/** A question the pane asks before doing something that cannot be taken back or may mislead. */
export interface Question {
  readonly title: string;
  /** One paragraph each. */
  readonly body: readonly string[];
  readonly confirm: string;
  readonly cancel: string;
}

/**
 * `confirm(question)` opens a dialog (render `dialog`) and resolves true on its confirm button, false on cancel or
 * when it is dismissed: the pane's one way of asking. Test ids: `${testId}-dialog`, `${testId}-confirm`,
 * `${testId}-cancel`.
 */
export function useConfirm(testId = "ask"): {
  confirm: (question: Question) => Promise<boolean>;
  dialog: React.JSX.Element;
} {
  const [pending, setPending] = React.useState<{ question: Question; settle: (yes: boolean) => void } | null>(null);
  const confirm = React.useCallback(
    (question: Question) => new Promise<boolean>((settle) => setPending({ question, settle })),
    [],
  );
  const answer = (yes: boolean) => {
    pending?.settle(yes);
    setPending(null);
  };
  const question = pending?.question;
  const dialog = (
    <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && answer(false)}>
      <DialogSurface data-testid={`${testId}-dialog`}>
        <DialogBody>
          <DialogTitle>{question?.title}</DialogTitle>
          <DialogContent>
            {question?.body.map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid={`${testId}-confirm`} onClick={() => answer(true)}>
              {question?.confirm}
            </Button>
            <Button data-testid={`${testId}-cancel`} onClick={() => answer(false)}>
              {question?.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { confirm, dialog };
}
