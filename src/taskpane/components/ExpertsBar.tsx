import { Button, Caption1, Field, Input, Select } from "@fluentui/react-components";
import * as React from "react";
import { Assessment, addExpert, removeExpert, updateExpert } from "../../core/evaluation/assessment";
import { ImportedList, importList } from "../../core/evaluation/import";
import { Language } from "../../core/text";
import { Strings } from "../strings";
import { DataIn } from "./DataIn";
import { RowsPreview } from "./DataPreviews";
import { NumberInput } from "./NumberInput";

export interface ExpertsBarProps {
  readonly assessment: Assessment;
  readonly expert: number;
  readonly onSelect: (expert: number) => void;
  readonly onEdit: (edit: (a: Assessment) => Assessment) => void;
  readonly canRead: boolean;
  readonly language: Language;
  readonly text: Strings["weights"];
  readonly dataText: Strings["dataIn"];
}

/** Which expert's judgements are edited, and that expert's name and weight; experts are added and removed here. */
export function ExpertsBar(props: ExpertsBarProps): React.JSX.Element {
  const { assessment, expert, onSelect, onEdit, canRead, language, text, dataText } = props;
  const experts = assessment.experts;
  const current = experts[expert];
  const names = experts.map((e, i) => e.name || text.expertName(i + 1));
  return (
    <div className="experts">
      <div className="row">
        <Field label={text.expert} className="grow">
          <Select
            data-testid="expert-select"
            value={String(expert)}
            onChange={(_, data) => onSelect(Number(data.value))}
          >
            {experts.map((e, i) => (
              <option key={i} value={String(i)}>
                {e.name || text.expertName(i + 1)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          size="small"
          className="compact"
          data-testid="add-expert"
          title={text.addExpert}
          aria-label={text.addExpert}
          onClick={() => {
            onEdit((a) => addExpert(a, text.expertName(a.experts.length + 1), expert));
            onSelect(experts.length);
          }}
        >
          +
        </Button>
        <Button
          size="small"
          className="compact"
          data-testid="remove-expert"
          title={text.removeExpert}
          aria-label={text.removeExpert}
          disabled={experts.length === 1}
          onClick={() => {
            onEdit((a) => removeExpert(a, expert));
            onSelect(Math.max(0, expert - 1));
          }}
        >
          ×
        </Button>
      </div>
      <div className="row">
        <Field label={text.name} className="grow">
          <Input
            data-testid="expert-name"
            value={current.name}
            onChange={(_, data) => onEdit((a) => updateExpert(a, expert, { name: data.value }))}
          />
        </Field>
        <Field label={text.expertWeight} className="narrow">
          <NumberInput
            data-testid="expert-weight"
            min={0}
            value={current.weight}
            onValue={(weight) => {
              // Blank, zero or negative is left unapplied: the model requires a positive weight.
              if (weight !== null && weight > 0) onEdit((a) => updateExpert(a, expert, { weight }));
            }}
          />
        </Field>
      </div>
      <Caption1 as="p" block>
        {text.expertWeightHint}
      </Caption1>
      {experts.length > 1 && (
        <DataIn<ImportedList>
          key={experts.length}
          id="expert-weights"
          target={dataText.expertWeights}
          canRead={canRead}
          read={(grid) => importList(grid, experts.length, { percent: true, positive: true, blanks: false })}
          notes={(list) => list.notes}
          preview={(list) => (
            <RowsPreview
              testId="expert-weights-table"
              names={names}
              sourceLabels={list.rowLabels}
              columns={[text.expertWeight]}
              rows={list.values.map((v) => [v])}
              blank={dataText.notEntered}
            />
          )}
          onApply={(list) =>
            onEdit((a) => list.values.reduce((next, weight, e) => updateExpert(next, e, { weight: weight ?? 1 }), a))
          }
          language={language}
          text={dataText}
        />
      )}
    </div>
  );
}
