import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import { TABLES, TableKind } from "../../core/templates/columns";
import { TEMPLATE_KINDS, planTemplate } from "../../core/templates/templates";
import { suggestSheetName } from "../excel";
import { Language, Strings } from "../strings";
import { useAskingWriter } from "./OverwriteDialog";
import { VERSION, describe, today } from "./stamp";

export interface TemplatesTabProps {
  /** Whether the page runs in Excel with the API the adapter needs; outside it the buttons are disabled. */
  readonly canWrite: boolean;
  readonly language: Language;
  readonly text: Strings["templates"];
  /** The overwrite question's words, shared with the workbook tab. */
  readonly writeText: Strings["write"];
}

type Status = { readonly intent: "success" | "error"; readonly text: string } | null;

/** The six drafting templates, each inserted into a new sheet named after its table (asking before overwriting). */
export function TemplatesTab({ canWrite, language, text, writeText }: TemplatesTabProps): React.JSX.Element {
  const [busy, setBusy] = React.useState<TableKind | null>(null);
  const [status, setStatus] = React.useState<Status>(null);
  const asking = useAskingWriter(writeText);

  const insert = async (kind: TableKind) => {
    setBusy(kind);
    setStatus(null);
    try {
      const sheetName = await suggestSheetName(TABLES[kind].zh);
      const plan = planTemplate(kind, { sheetName, language, version: VERSION, date: today() });
      if (await asking.write(plan)) setStatus({ intent: "success", text: text.inserted(plan.sheetName) });
    } catch (e) {
      setStatus({ intent: "error", text: text.failed + describe(e, language) });
    } finally {
      setBusy(null);
    }
  };

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
      <ul className="template-list" data-testid="template-list">
        {TEMPLATE_KINDS.map((kind) => (
          <li key={kind} data-testid={`template-${kind}`}>
            <div className="row">
              <Text weight="semibold" className="grow">
                {language === "zh" ? TABLES[kind].zh : `${TABLES[kind].en} (${TABLES[kind].zh})`}
              </Text>
              <Button
                size="small"
                appearance="primary"
                data-testid={`insert-${kind}`}
                disabled={!canWrite || busy !== null}
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
      {busy && <Spinner size="tiny" label={text.inserting} />}
      {status && (
        <MessageBar intent={status.intent} data-testid="templates-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {asking.dialog}
    </section>
  );
}
