import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import { Assessment } from "../../core/evaluation/assessment";
import {
  QUESTIONNAIRE_MARKER,
  QuestionnaireReading,
  applyQuestionnaires,
  planQuestionnaire,
  questionnaireSheetName,
  readQuestionnaire,
} from "../../core/evaluation/questionnaire";
import { MineError } from "../../core/errors";
import { messages } from "../../core/messages";
import { Language, pick } from "../../core/text";
import { findMarkedSheets, readSheetGrid } from "../host";
import { Strings } from "../strings";
import { useAction, withNotes } from "../useAction";
import { useAskingWriter } from "./OverwriteDialog";
import { StatusBar } from "./StatusBar";
import { fixed } from "./format";
import { VERSION, today } from "./stamp";

export interface QuestionnairePanelProps {
  readonly assessment: Assessment;
  readonly canWrite: boolean;
  readonly onEdit: (edit: (a: Assessment) => Assessment) => void;
  readonly language: Language;
  readonly text: Strings["dataIn"];
  readonly weightsText: Strings["weights"];
  readonly writeText: Strings["write"];
}

/** `name`, or `name (2)`, … when an earlier expert of the same write took it. */
function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, 26)} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * One questionnaire sheet per expert (planned in core, written through the adapter, asking before overwriting a
 * sheet that has content), and reading them back: each expert's CR per matrix, each problem by sheet!cell. Nothing
 * is imported while any questionnaire has a problem, unless the user chooses to import only the good ones.
 */
export function QuestionnairePanel(props: QuestionnairePanelProps): React.JSX.Element {
  const { assessment, canWrite, onEdit, language, text, weightsText, writeText } = props;
  const { busy, status, run } = useAction(language, text.failed);
  const asking = useAskingWriter(writeText, language);
  const [readings, setReadings] = React.useState<QuestionnaireReading[] | null>(null);
  const matrixNames = [
    weightsText.categoryMatrix,
    ...assessment.categories.map((c) => weightsText.indicatorMatrix(c.name)),
  ];

  const generate = () =>
    run(async () => {
      const taken = new Set<string>();
      const written: string[] = [];
      const notes = new Set<string>();
      for (let e = 0; e < assessment.experts.length; e++) {
        const name = assessment.experts[e].name || weightsText.expertName(e + 1);
        const sheetName = unique(questionnaireSheetName(name, language), taken);
        const plan = planQuestionnaire(assessment, e, { sheetName, language, version: VERSION, date: today() });
        const left = await asking.write(plan);
        if (left === null) continue;
        written.push(plan.sheetName);
        left.forEach((note) => notes.add(note));
      }
      return written.length > 0
        ? withNotes(text.generated(written.join(language === "zh" ? "、" : ", ")), [...notes])
        : null;
    });

  const readBack = () =>
    run(async () => {
      setReadings(null);
      const sheets = await findMarkedSheets(QUESTIONNAIRE_MARKER);
      if (sheets.length === 0) throw new MineError("na", messages.questionnaireNone);
      const read: QuestionnaireReading[] = [];
      for (const sheet of sheets) read.push(readQuestionnaire(sheet.name, await readSheetGrid(sheet.name), assessment));
      setReadings(read);
      return null;
    });

  const bringIn = (chosen: QuestionnaireReading[]) => {
    const experts = chosen.filter((r) => r.ok).length;
    onEdit((a) => applyQuestionnaires(a, chosen));
    setReadings(null);
    void run(() => Promise.resolve(text.imported(experts)));
  };

  const valid = readings?.filter((r) => r.ok).length ?? 0;
  const invalid = (readings?.length ?? 0) - valid;
  return (
    <fieldset className="questionnaires" data-testid="questionnaires">
      <legend>{text.questionnaires}</legend>
      <Caption1 as="p" block>
        {text.questionnaireIntro}
      </Caption1>
      {!canWrite && (
        <MessageBar intent="warning" layout="multiline" data-testid="questionnaire-note">
          <MessageBarBody>{text.needsExcelQuestionnaires}</MessageBarBody>
        </MessageBar>
      )}
      <div className="row">
        <Button
          size="small"
          data-testid="questionnaire-generate"
          disabled={!canWrite || busy}
          onClick={() => void generate()}
        >
          {text.generate}
        </Button>
        <Button
          size="small"
          data-testid="questionnaire-read"
          disabled={!canWrite || busy}
          onClick={() => void readBack()}
        >
          {text.readBack}
        </Button>
      </div>
      {busy && <Spinner size="tiny" />}
      <StatusBar status={status} testId="questionnaire-status" />
      {readings && (
        <div data-testid="questionnaire-readings">
          <Text weight="semibold">{text.found(readings.length)}</Text>
          <ul className="readings">
            {readings.map((r, x) => (
              <li key={r.sheet} data-testid={`questionnaire-${x}`}>
                <Text weight="semibold">{r.ok ? `${r.sheet}：${r.expert.name}` : r.sheet}</Text>{" "}
                <Caption1 className={r.ok ? undefined : "error"}>{r.ok ? text.valid : text.invalid}</Caption1>
                {r.ok ? (
                  <table className="grid">
                    <tbody>
                      {r.consistency.map((c, m) => (
                        <tr key={m}>
                          <th scope="row">{matrixNames[m]}</th>
                          <td data-testid={`questionnaire-cr-${x}-${m}`} className={c.passes ? "pass" : "fail"}>
                            CR = {fixed(c.cr)} {c.passes ? "✓" : "✗"}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <ul data-testid={`questionnaire-problems-${x}`}>
                    {r.problems.map((p, k) => (
                      <li key={k}>
                        <Caption1 className="error">{pick(p, language)}</Caption1>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <Caption1 as="p" block>
            {text.importRule}
          </Caption1>
          <div className="row">
            {invalid === 0 && (
              <Button
                size="small"
                appearance="primary"
                data-testid="questionnaire-import"
                onClick={() => bringIn(readings)}
              >
                {text.importAll(valid)}
              </Button>
            )}
            {invalid > 0 && valid > 0 && (
              <Button size="small" data-testid="questionnaire-import-valid" onClick={() => bringIn(readings)}>
                {text.importValid(valid, invalid)}
              </Button>
            )}
          </div>
        </div>
      )}
      {asking.dialog}
    </fieldset>
  );
}
