import { Button, Caption1, Field, Input, Text } from "@fluentui/react-components";
import * as React from "react";
import { Assessment } from "../../core/evaluation/assessment";
import { defaultPanel, panelSubjects } from "../../core/evaluation/dynamic";
import { planDynamicSheet } from "../../core/evaluation/dynamicSheet";
import { Language } from "../../core/text";
import { suggestSheetName } from "../host";
import { Strings } from "../strings";
import { useAction, withNotes } from "../useAction";
import { useAskingWriter } from "./OverwriteDialog";
import { StatusBar } from "./StatusBar";
import { VERSION, today } from "./stamp";

export interface YearsWriterProps {
  readonly assessment: Assessment;
  readonly canWrite: boolean;
  readonly language: Language;
  readonly text: Strings["write"];
}

/**
 * Writes the same weight model as a multi-year sheet (T/XZBX 0088—2025 §5.2–5.3): one column of values per year,
 * left blank for the engineer, and the yearly verdicts and trend chart as live formulas.
 */
export function YearsWriter({ assessment, canWrite, language, text }: YearsWriterProps): React.JSX.Element {
  const [years, setYears] = React.useState(() => String(new Date().getFullYear() - 3) + "-" + new Date().getFullYear());
  const { busy, status, run } = useAction(language, text.failed);
  const asking = useAskingWriter(text, language);
  // indicators graded by votes have no measured value to evaluate per year: named before and after writing
  const voted = assessment.categories.flatMap((c) =>
    c.indicators.filter((i) => i.membership.kind === "votes").map((i) => `${c.name} / ${i.name}`),
  );

  const write = () =>
    run(async () => {
      const subjects = panelSubjects(years, language);
      const sheetName = await suggestSheetName(text.yearsSheetBase);
      const plan = planDynamicSheet(assessment, defaultPanel(assessment, subjects), {
        sheetName,
        language,
        version: VERSION,
        date: today(),
      });
      const notes = await asking.write(plan);
      if (notes === null) return null;
      return withNotes(
        voted.length > 0
          ? { text: `${text.yearsWritten(sheetName)} ${text.yearsVotesNote(voted)}`, warning: true }
          : text.yearsWritten(sheetName),
        notes,
      );
    });

  return (
    <section className="years" data-testid="years-writer">
      <Text weight="semibold" block>
        {text.yearsHeading}
      </Text>
      <Caption1 as="p" block>
        {text.yearsHint}
      </Caption1>
      {voted.length > 0 && (
        <Caption1 as="p" block data-testid="years-votes-note">
          {text.yearsVotesNote(voted)}
        </Caption1>
      )}
      <div className="row end">
        <Field label={text.yearsLabel} className="grow">
          <Input data-testid="years" value={years} disabled={!canWrite} onChange={(_, d) => setYears(d.value)} />
        </Field>
        <Button data-testid="write-years" disabled={!canWrite || busy} onClick={() => void write()}>
          {text.yearsWrite}
        </Button>
      </div>
      <StatusBar status={status} testId="years-status" />
      {asking.dialog}
    </section>
  );
}
