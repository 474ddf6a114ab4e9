import { Caption1, Radio, RadioGroup } from "@fluentui/react-components";
import * as React from "react";
import { FormulaMode } from "../../core/workbook/native";
import { workbookHost } from "../host";
import { Strings } from "../strings";

export interface FormulaModeChoiceProps {
  readonly value: FormulaMode;
  readonly onChange: (mode: FormulaMode) => void;
  readonly disabled?: boolean;
  readonly text: Strings["formulaMode"];
  /** What portable means for the sheets this choice writes. */
  readonly hint: string;
}

/**
 * Live =MINE.* formulas or portable native ones, for a workbook sent to someone without the add-in (the default in
 * WPS 表格, where what is not written as planned is said below the choice).
 */
export function FormulaModeChoice({
  value,
  onChange,
  disabled,
  text,
  hint,
}: FormulaModeChoiceProps): React.JSX.Element {
  return (
    <>
      <RadioGroup
        aria-label={text.label}
        data-testid="formula-mode"
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value as FormulaMode)}
      >
        <Radio value="live" label={text.live} data-testid="formula-mode-live" />
        <Radio value="portable" label={text.portable} data-testid="formula-mode-portable" />
      </RadioGroup>
      <Caption1 as="p" block className="hint">
        {hint}
      </Caption1>
      {workbookHost() === "wps" && (
        <Caption1 as="p" block className="hint" data-testid="formula-mode-wps">
          {text.wps}
        </Caption1>
      )}
    </>
  );
}
