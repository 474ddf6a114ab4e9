import { Button, Caption1, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import * as React from "react";
import { SourceGrid, pastedGrid } from "../../core/evaluation/import";
import { Bilingual, Language, pick } from "../../core/text";
import { readSelectionValues } from "../host";
import { Strings } from "../strings";
import { errorText } from "../useAction";

export interface DataInProps<T> {
  /** Prefix of the test ids: `${id}-from-selection`, `${id}-paste`, `${id}-preview`, `${id}-apply`, … */
  readonly id: string;
  /** What will be filled, as the preview names it ("「资源类」的投票表"). */
  readonly target: string;
  /** Inside Excel: the selection can be read. Pasting works everywhere. */
  readonly canRead: boolean;
  /** The core reader: the value to fill, or a MineError naming the first wrong cell. */
  readonly read: (grid: SourceGrid) => T;
  readonly notes: (value: T) => readonly Bilingual[];
  /** What will go where, before anything changes. */
  readonly preview: (value: T) => React.ReactNode;
  readonly onApply: (value: T) => void;
  readonly language: Language;
  readonly text: Strings["dataIn"];
  /** What this row fills, when the heading above does not say it (several rows under one heading). */
  readonly label?: string;
}

type State<T> =
  | { readonly kind: "idle" }
  | { readonly kind: "preview"; readonly value: T; readonly source: string }
  | { readonly kind: "failed"; readonly error: unknown }
  | { readonly kind: "applied" };

/**
 * Fills one table of the pane from the Excel selection or from cells pasted into a text box: the core reader checks
 * every cell, a preview says what will go where (and what the reader did, e.g. which triangle it read), and nothing
 * changes until "fill in". A wrong cell is named in the message, never skipped.
 */
export function DataIn<T>(props: DataInProps<T>): React.JSX.Element {
  const { id, target, canRead, read, notes, preview, onApply, language, text, label } = props;
  const [state, setState] = React.useState<State<T>>({ kind: "idle" });
  const [pasting, setPasting] = React.useState(false);
  const [pasted, setPasted] = React.useState("");
  const [busy, setBusy] = React.useState(false);

  const attempt = (grid: SourceGrid, source: string) => {
    try {
      setState({ kind: "preview", value: read(grid), source });
    } catch (error) {
      setState({ kind: "failed", error });
    }
  };

  const fromSelection = async () => {
    setBusy(true);
    try {
      const selection = await readSelectionValues();
      attempt({ values: selection.values, origin: selection }, selection.address);
    } catch (error) {
      setState({ kind: "failed", error });
    }
    setBusy(false);
  };

  const onPaste = (value: string) => {
    setPasted(value);
    if (value.trim() === "") setState({ kind: "idle" });
    else attempt(pastedGrid(value), text.pasted);
  };

  return (
    <div className="data-in" data-testid={`${id}-data-in`}>
      <div className="row">
        <Caption1 className="grow">{label ?? text.label}</Caption1>
        <Button
          size="small"
          data-testid={`${id}-from-selection`}
          disabled={!canRead || busy}
          title={canRead ? undefined : text.needsExcel}
          onClick={() => void fromSelection()}
        >
          {text.fromSelection}
        </Button>
        <Button
          size="small"
          data-testid={`${id}-paste`}
          aria-expanded={pasting}
          onClick={() => {
            setPasting(!pasting);
            if (pasting) onPaste("");
          }}
        >
          {text.paste}
        </Button>
      </div>
      {pasting && (
        <Textarea
          className="paste"
          aria-label={text.pasteLabel}
          data-testid={`${id}-paste-text`}
          placeholder={text.pasteHint}
          value={pasted}
          resize="vertical"
          onChange={(_, data) => onPaste(data.value)}
        />
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" data-testid={`${id}-data-error`}>
          <MessageBarBody>{errorText(state.error, language)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "preview" && (
        <div className="preview" data-testid={`${id}-preview`}>
          <Caption1 as="p" block>
            {text.preview(target, state.source)}
          </Caption1>
          <div className="scroll">{preview(state.value)}</div>
          {notes(state.value).length > 0 && (
            <ul data-testid={`${id}-notes`}>
              {notes(state.value).map((note, k) => (
                <li key={k}>
                  <Caption1>{pick(note, language)}</Caption1>
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            <Button
              size="small"
              appearance="primary"
              data-testid={`${id}-apply`}
              onClick={() => {
                onApply(state.value);
                setState({ kind: "applied" });
                setPasted("");
                setPasting(false);
              }}
            >
              {text.apply}
            </Button>
            <Button size="small" data-testid={`${id}-cancel`} onClick={() => setState({ kind: "idle" })}>
              {text.cancel}
            </Button>
          </div>
        </div>
      )}
      {state.kind === "applied" && (
        <Caption1 as="p" block data-testid={`${id}-applied`}>
          {text.applied(target)}
        </Caption1>
      )}
    </div>
  );
}
