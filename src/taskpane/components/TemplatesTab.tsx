import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import { planMeasuresSheet } from "../../core/evaluation/measures";
import { TABLES, TableKind } from "../../core/templates/columns";
import { TEMPLATE_KINDS, planTemplate } from "../../core/templates/templates";
import { Language } from "../../core/text";
import { FormulaMode } from "../../core/workbook/native";
import { defaultFormulaMode, suggestSheetName } from "../host";
import { Strings } from "../strings";
import { useAction, withNotes } from "../useAction";
import { FormulaModeChoice } from "./FormulaModeChoice";
import { useAskingWriter } from "./OverwriteDialog";
import { StatusBar } from "./StatusBar";
import { VERSION, today } from "./stamp";
import { Marked } from "./Marked";

export interface TemplatesTabProps {
  /** Whether the page runs in Excel with the API the adapter needs; outside it the buttons are disabled. */
  readonly canWrite: boolean;
  readonly language: Language;
  readonly text: Strings["templates"];
  /** The overwrite question's words, shared with the workbook tab. */
  readonly writeText: Strings["write"];
  readonly modeText: Strings["formulaMode"];
}

/**
 * The six drafting templates, each inserted into a new sheet named after its table, live (=MINE.*) or portable
 * (native formulas, for workbooks sent to recipients without the add-in), and the evaluator's reference sheet of
 * T/XZBX 0088—2025 Tables 2–4 (asking before overwriting, as every write does).
 */
export function TemplatesTab({ canWrite, language, text, writeText, modeText }: TemplatesTabProps): React.JSX.Element {
  const { busy, status, run } = useAction(language, text.failed);
  const asking = useAskingWriter(writeText, language);
  const [formulas, setFormulas] = React.useState<FormulaMode>(defaultFormulaMode);

  const insert = (kind: TableKind) =>
    run(async () => {
      const sheetName = await suggestSheetName(TABLES[kind].zh);
      const plan = planTemplate(kind, { sheetName, language, version: VERSION, date: today(), formulas });
      const notes = await asking.write(plan);
      return notes && withNotes(text.inserted(plan.sheetName), notes);
    });

  const insertMeasures = () =>
    run(async () => {
      const sheetName = await suggestSheetName(text.measuresSheet);
      const plan = planMeasuresSheet({ sheetName, language, version: VERSION, date: today() });
      const notes = await asking.write(plan);
      return notes && withNotes(text.inserted(plan.sheetName), notes);
    });

  return (
    <section className="templates" data-testid="templates-panel">
      {!canWrite && (
        <MessageBar intent="warning" data-testid="templates-note">
          <MessageBarBody>{text.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 as="p" block className="hint">
        {text.intro}
      </Caption1>
      <FormulaModeChoice value={formulas} onChange={setFormulas} text={modeText} hint={text.formulasHint} />
      <ul className="template-list" data-testid="template-list">
        {TEMPLATE_KINDS.map((kind) => (
          <li key={kind} data-testid={`template-${kind}`}>
            <div className="row">
              <Text weight="semibold" className="grow">
                {text.tableName(TABLES[kind])}
              </Text>
              <Button
                size="small"
                appearance="primary"
                data-testid={`insert-${kind}`}
                disabled={!canWrite || busy}
                onClick={() => void insert(kind)}
              >
                {text.insert}
              </Button>
            </div>
            <Caption1 as="p" block className="hint">
              {text.descriptions[kind]}
            </Caption1>
          </li>
        ))}
      </ul>
      <section className="reference" data-testid="measures-reference">
        <Text as="h2" weight="semibold" block>
          {text.referenceHeading}
        </Text>
        <div className="row">
          <Text className="grow">{text.measuresName}</Text>
          <Button
            size="small"
            appearance="primary"
            data-testid="insert-measures"
            disabled={!canWrite || busy}
            onClick={() => void insertMeasures()}
          >
            {text.insert}
          </Button>
        </div>
        <Caption1 as="p" block className="hint">
          <Marked text={text.measuresDescription} language={language} />
        </Caption1>
      </section>
      {busy && <Spinner size="tiny" label={text.inserting} />}
      <StatusBar status={status} testId="templates-status" />
      {asking.dialog}
    </section>
  );
}
