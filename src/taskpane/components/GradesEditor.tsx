import { Button, Caption1, Checkbox, Field, Input } from "@fluentui/react-components";
import * as React from "react";
import { Assessment, nameProblem, removeGrade, setGrades, setScores } from "../../core/evaluation/assessment";
import { ImportedList, importList } from "../../core/evaluation/import";
import { messages } from "../../core/messages";
import { Language } from "../../core/text";
import { Strings } from "../strings";
import { DataIn } from "./DataIn";
import { RowsPreview } from "./DataPreviews";
import { NumberInput } from "./NumberInput";
import { fieldProblem } from "./fieldProblem";
import { EditAssessment } from "../edits";

/** Descending 1-steps m…1: a neutral start for the scores, which the user overwrites. */
const startingScores = (m: number): number[] => Array.from({ length: m }, (_, j) => m - j);

export interface GradesEditorProps {
  readonly assessment: Assessment;
  readonly onEdit: EditAssessment;
  readonly text: Strings["fuzzy"];
  /** Inside Excel: the scores can be read from the selection. */
  readonly canRead: boolean;
  readonly language: Language;
  readonly dataText: Strings["dataIn"];
  readonly undoText: Strings["undo"];
}

/**
 * The grades (评语集), best first: renamed, added, removed (two at least), with optional scores, which can be
 * filled from the selection or pasted cells.
 */
export function GradesEditor({
  assessment,
  onEdit,
  text,
  canRead,
  language,
  dataText,
  undoText,
}: GradesEditorProps): React.JSX.Element {
  const { grades, scores } = assessment;
  // a score that is not a number stays in its field with the reason, until a number replaces it
  const [scoreProblem, setScoreProblem] = React.useState<number | null>(null);
  return (
    <fieldset className="grades" data-testid="grades">
      <legend>{text.grades}</legend>
      <ol>
        {grades.map((grade, j) => (
          <li key={j} className="row">
            <Field
              className="grow"
              {...fieldProblem(
                nameProblem(
                  grade,
                  grades.filter((_, x) => x !== j),
                ),
                language,
              )}
            >
              <Input
                aria-label={text.grade(j + 1)}
                data-testid={`grade-name-${j}`}
                value={grade}
                onChange={(_, data) => onEdit((a) => setGrades(a, replace(a.grades, j, data.value)))}
              />
            </Field>
            {scores && (
              <Field
                className="narrow"
                {...fieldProblem(scoreProblem === j ? messages.scoreNotNumber : null, language)}
              >
                <NumberInput
                  aria-label={`${text.score} ${grade}`}
                  data-testid={`score-${j}`}
                  value={scores[j]}
                  onValue={(v) => {
                    // the model keeps the last number; the field says why this text is not taken
                    setScoreProblem(v === null ? j : null);
                    if (v !== null) onEdit((a) => setScores(a, replace(a.scores ?? [], j, v)));
                  }}
                />
              </Field>
            )}
            <Button
              className="compact"
              size="small"
              data-testid={`remove-grade-${j}`}
              aria-label={`${text.removeGrade} ${grade}`}
              title={grades.length <= 2 ? text.minGrades : text.removeGrade}
              disabled={grades.length <= 2}
              onClick={() => onEdit((a) => removeGrade(a, j), undoText.removedGrade(grade))}
            >
              ×
            </Button>
          </li>
        ))}
      </ol>
      <div className="row">
        <Button
          size="small"
          data-testid="add-grade"
          onClick={() => onEdit((a) => setGrades(a, [...a.grades, text.grade(a.grades.length + 1)]))}
        >
          {text.addGrade}
        </Button>
        <Checkbox
          data-testid="use-scores"
          label={text.useScores}
          checked={scores !== null}
          onChange={(_, data) => onEdit((a) => setScores(a, data.checked ? startingScores(a.grades.length) : null))}
        />
      </div>
      {scores && (
        <DataIn<ImportedList>
          key={grades.length}
          id="scores"
          target={dataText.gradeScores}
          canRead={canRead}
          read={(grid) => importList(grid, grades.length, { percent: false, positive: false, blanks: false })}
          notes={(list) => list.notes}
          preview={(list) => (
            <RowsPreview
              testId="scores-table"
              names={grades}
              sourceLabels={list.rowLabels}
              columns={[text.score]}
              rows={list.values.map((v) => [v])}
              blank={dataText.notEntered}
            />
          )}
          // blanks are refused by the reader: every value is a number
          onApply={(list) =>
            onEdit((a) =>
              setScores(
                a,
                list.values.map((v) => v ?? 0),
              ),
            )
          }
          language={language}
          text={dataText}
        />
      )}
      {grades.length <= 2 && <Caption1>{text.minGrades}</Caption1>}
    </fieldset>
  );
}

function replace<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}
