import { Button, Caption1, Field, Input, Select } from "@fluentui/react-components";
import * as React from "react";
import { Message } from "../../core/errors";
import {
  Assessment,
  addBlankExpert,
  addExpert,
  nameProblem,
  removeExpert,
  updateExpert,
} from "../../core/evaluation/assessment";
import { messages } from "../../core/messages";
import { ImportedList, importList } from "../../core/evaluation/import";
import { Language } from "../../core/text";
import { Strings } from "../strings";
import { DataIn } from "./DataIn";
import { RowsPreview } from "./DataPreviews";
import { NumberInput } from "./NumberInput";
import { fieldProblem } from "./fieldProblem";
import { EditAssessment } from "../edits";

export interface ExpertsBarProps {
  readonly assessment: Assessment;
  readonly expert: number;
  readonly onSelect: (expert: number) => void;
  readonly onEdit: EditAssessment;
  readonly canRead: boolean;
  readonly language: Language;
  readonly text: Strings["weights"];
  readonly dataText: Strings["dataIn"];
  readonly undoText: Strings["undo"];
}

/** Which expert's judgements are edited, and that expert's name and weight; experts are added and removed here. */
export function ExpertsBar(props: ExpertsBarProps): React.JSX.Element {
  const { assessment, expert, onSelect, onEdit, canRead, language, text, dataText, undoText } = props;
  const experts = assessment.experts;
  const current = experts[expert];
  const names = experts.map((e, i) => e.name || text.expertName(i + 1));
  // a weight the model refuses stays in the field with the reason beside it, until a valid one replaces it
  const [weightProblem, setWeightProblem] = React.useState<{ expert: number; problem: Message } | null>(null);
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
            onEdit((a) => addBlankExpert(a, text.expertName(a.experts.length + 1)));
            onSelect(experts.length);
          }}
        >
          +
        </Button>
        <Button
          size="small"
          data-testid="copy-expert"
          title={text.copyExpert(names[expert])}
          onClick={() => {
            onEdit((a) => addExpert(a, text.copyName(names[expert]), expert));
            onSelect(experts.length);
          }}
        >
          {text.copy}
        </Button>
        <Button
          size="small"
          className="compact"
          data-testid="remove-expert"
          title={text.removeExpert}
          aria-label={text.removeExpert}
          disabled={experts.length === 1}
          onClick={() => {
            onEdit((a) => removeExpert(a, expert), undoText.removedExpert(names[expert]));
            onSelect(Math.max(0, expert - 1));
          }}
        >
          ×
        </Button>
      </div>
      <div className="row">
        <Field
          label={text.name}
          className="grow"
          {...fieldProblem(
            nameProblem(
              current.name,
              experts.filter((_, x) => x !== expert).map((e) => e.name),
            ),
            language,
          )}
        >
          <Input
            data-testid="expert-name"
            value={current.name}
            onChange={(_, data) => onEdit((a) => updateExpert(a, expert, { name: data.value }))}
          />
        </Field>
        <Field
          label={text.expertWeight}
          className="narrow"
          {...fieldProblem(weightProblem?.expert === expert ? weightProblem.problem : null, language)}
        >
          <NumberInput
            key={expert}
            data-testid="expert-weight"
            min={0}
            value={current.weight}
            onValue={(weight) => {
              // the model keeps its last positive weight; the field says why this one is not taken
              if (weight !== null && weight > 0) {
                setWeightProblem(null);
                onEdit((a) => updateExpert(a, expert, { weight }));
              } else {
                const problem = weight === null ? messages.expertWeightBlank : messages.expertWeightNotPositive(weight);
                setWeightProblem({ expert, problem });
              }
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
