import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { Status } from "../useAction";

/** An action's status line (see `useAction`): a success or error message bar, nothing when there is none. */
export function StatusBar({ status, testId }: { status: Status | null; testId: string }): React.JSX.Element | null {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} data-testid={testId}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
