import { Input, InputProps } from "@fluentui/react-components";
import * as React from "react";

export interface NumberInputProps extends Omit<InputProps, "value" | "onChange" | "type"> {
  readonly value: number | null;
  /** The parsed number; a blank field reports `blankValue`, anything unreadable null. */
  readonly onValue: (value: number | null) => void;
  /** What a blank field means (0 for vote counts; null by default). */
  readonly blankValue?: number | null;
}

/**
 * A number field that keeps what the user typed (so "0." or a blank survives re-rendering) and reports the parsed
 * number; it shows the model's value again only when the model changes to something the text does not already say.
 */
export function NumberInput({ value, onValue, blankValue = null, ...rest }: NumberInputProps): React.JSX.Element {
  const parse = (text: string): number | null => {
    if (text.trim() === "") return blankValue;
    const x = Number(text);
    return Number.isFinite(x) ? x : null;
  };
  const [text, setText] = React.useState(value === null ? "" : String(value));
  // The model value the text was last reconciled with: when the model changes, the text follows it during this
  // render (no effect, no extra paint) unless it already says the new value.
  const [shown, setShown] = React.useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    if (parse(text) !== value) setText(value === null ? "" : String(value));
  }
  return (
    <Input
      {...rest}
      type="number"
      value={text}
      onChange={(_, data) => {
        setText(data.value);
        onValue(parse(data.value));
      }}
    />
  );
}
