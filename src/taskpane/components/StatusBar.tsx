import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { Status } from "../useAction";

/**
 * An action's status line (see `useAction`): a success or error message bar inside a polite live region, so a
 * screen reader announces it when it appears. The region is always there (an empty one when there is no status):
 * a region added together with its text is not announced.
 */
export function StatusBar({ status, testId }: { status: Status | null; testId: string }): React.JSX.Element {
  return (
    <div aria-live="polite" aria-atomic="true" className="live" data-testid={`${testId}-live`}>
      {status && (
        <MessageBar intent={status.intent} data-testid={testId}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
