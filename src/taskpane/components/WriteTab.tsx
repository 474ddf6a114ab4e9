import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import { Assessment, AssessmentResult } from "../../core/evaluation/assessment";
import { caveatMessages, caveatsOf } from "../../core/evaluation/caveats";
import { pick } from "../../core/text";
import { ASSESSMENT_MARKER, planAssessmentSheet, readAssessmentSheet } from "../../core/evaluation/assessmentSheet";
import { Language } from "../../core/text";
import { FormulaMode } from "../../core/workbook/native";
import { defaultFormulaMode, findMarkedSheets, readSheetGrid, suggestSheetName } from "../host";
import { portableEvaluationSheet } from "../portableSheet";
import { Strings } from "../strings";
import { useAction, withNotes } from "../useAction";
import { useConfirm } from "./ConfirmDialog";
import { FormulaModeChoice } from "./FormulaModeChoice";
import { useAskingWriter } from "./OverwriteDialog";
import { StatusBar } from "./StatusBar";
import { YearsWriter } from "./YearsWriter";
import { VERSION, today } from "./stamp";

export interface WriteTabProps {
  readonly assessment: Assessment;
  /** Its evaluation, null when it cannot be computed: what the written sheet will show, caveats included. */
  readonly result: AssessmentResult | null;
  /** The assessment holds edits that are in no sheet yet (re-opening one would lose them). */
  readonly unsaved: boolean;
  /** Called with the assessment once it is in a sheet. */
  readonly onWritten: (assessment: Assessment) => void;
  /** Whether the page runs in Excel with the API the adapter needs; outside it everything here is disabled. */
  readonly canWrite: boolean;
  /** Replaces the assessment with one re-opened from `sheet`. */
  readonly onReplace: (assessment: Assessment, sheet: string) => void;
  readonly language: Language;
  readonly text: Strings["write"];
  readonly modeText: Strings["formulaMode"];
}

/**
 * Writes the assessment to a new sheet, live or portable (asking before overwriting anything), and re-opens one
 * written earlier.
 */
export function WriteTab({
  assessment,
  result,
  unsaved,
  onWritten,
  canWrite,
  onReplace,
  language,
  text,
  modeText,
}: WriteTabProps): React.JSX.Element {
  const [typedName, setTypedName] = React.useState<string>(text.sheetBase);
  // Outside Excel the field is disabled and shows the base name in the UI language; in Excel, the suggested or
  // typed one.
  const sheetName = canWrite ? typedName : text.sheetBase;
  const [named, setNamed] = React.useState(false); // the user typed a name: stop suggesting
  const { busy, status, run, report } = useAction(language, text.failed);
  const asking = useAskingWriter(text, language);
  const asked = useConfirm();
  const [sheets, setSheets] = React.useState<{ name: string }[] | null>(null);
  const [formulas, setFormulas] = React.useState<FormulaMode>(defaultFormulaMode);
  const date = today();

  const suggest = React.useCallback(() => {
    if (!canWrite) return;
    suggestSheetName(text.sheetBase).then(setTypedName, report);
  }, [canWrite, text.sheetBase, report]);

  const refresh = React.useCallback(() => {
    if (!canWrite) return;
    findMarkedSheets(ASSESSMENT_MARKER).then(setSheets, report);
  }, [canWrite, report]);

  React.useEffect(() => {
    if (!named) suggest();
  }, [named, suggest]);
  React.useEffect(refresh, [refresh]);

  const write = async () => {
    // what the sheet will show as failing or missing is said before writing and again once written
    const caveats = result
      ? caveatMessages(assessment, caveatsOf(assessment, result)).map((m) => pick(m, language))
      : [];
    if (
      caveats.length > 0 &&
      !(await asked.confirm({
        title: text.caveatsTitle,
        body: caveats,
        confirm: text.writeAnyway,
        cancel: text.cancel,
      }))
    ) {
      return;
    }
    const written = await run(async () => {
      const live = planAssessmentSheet(assessment, { sheetName: sheetName.trim(), language, version: VERSION, date });
      let said: string;
      let notes: string[] | null;
      if (formulas === "live") {
        notes = await asking.write(live);
        said = text.written(live.sheetName);
      } else {
        const { plan, valueRanges } = portableEvaluationSheet(live, language);
        notes = await asking.write(plan);
        said = text.writtenPortable(plan.sheetName, valueRanges);
      }
      if (notes === null) return null;
      onWritten(assessment);
      if (caveats.length === 0) return withNotes(said, notes);
      const despite = said + text.writtenDespite + caveats.join(language === "zh" ? "" : " ");
      return withNotes({ text: despite, warning: true }, notes);
    });
    if (written === null) return;
    setNamed(false);
    suggest(); // the name is taken now
    refresh();
  };

  const reopen = async (name: string) => {
    if (
      unsaved &&
      !(await asked.confirm({
        title: text.reopenTitle,
        body: [text.reopenUnsaved(name)],
        confirm: text.reopenAnyway,
        cancel: text.cancel,
      }))
    ) {
      return;
    }
    await run(async () => {
      onReplace(readAssessmentSheet(await readSheetGrid(name)), name);
      return text.opened(name);
    });
  };

  return (
    <section className="write" data-testid="write-panel">
      {!canWrite && (
        <MessageBar intent="warning" data-testid="write-note">
          <MessageBarBody>{text.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
      <div className="row end">
        <Field label={text.sheetName} className="grow">
          <Input
            data-testid="sheet-name"
            value={sheetName}
            disabled={!canWrite}
            onChange={(_, data) => {
              setTypedName(data.value);
              setNamed(true);
            }}
          />
        </Field>
        <Button
          appearance="primary"
          data-testid="write"
          disabled={!canWrite || busy || sheetName.trim() === ""}
          onClick={() => void write()}
        >
          {text.write}
        </Button>
      </div>
      <FormulaModeChoice
        value={formulas}
        onChange={setFormulas}
        disabled={!canWrite}
        text={modeText}
        hint={text.portableHint}
      />
      <Caption1 as="p" block>
        {text.version(VERSION, date)}
      </Caption1>
      {busy && <Spinner size="tiny" label={text.writing} />}
      <StatusBar status={status} testId="write-status" />
      <div className="row">
        <Text weight="semibold" className="grow">
          {text.reopen}
        </Text>
        <Button size="small" data-testid="refresh-sheets" disabled={!canWrite || busy} onClick={refresh}>
          {text.refresh}
        </Button>
      </div>
      <ul className="sheets" data-testid="reopen-list">
        {sheets?.map((s, x) => (
          <li key={s.name}>
            <Button
              size="small"
              data-testid={`reopen-${x}`}
              disabled={!canWrite || busy}
              onClick={() => void reopen(s.name)}
            >
              {s.name}
            </Button>
          </li>
        ))}
      </ul>
      {canWrite && sheets?.length === 0 && <Caption1>{text.noSheets}</Caption1>}
      {asking.dialog}
      {asked.dialog}
      <YearsWriter assessment={assessment} canWrite={canWrite} language={language} text={text} />
    </section>
  );
}
