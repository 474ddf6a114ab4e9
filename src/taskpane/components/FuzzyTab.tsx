import { Caption1, Field, Select, Text } from "@fluentui/react-components";
import * as React from "react";
import {
  Assessment,
  AssessmentResult,
  MembershipInput,
  setMembership,
  setMethods,
} from "../../core/evaluation/assessment";
import { ImportedList, ImportedVotes, importList, importVotes } from "../../core/evaluation/import";
import { FUZZY_OPERATORS, FuzzyOperator, OPERATOR_INFO } from "../../core/evaluation/fuzzy";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";
import { DataIn } from "./DataIn";
import { RowsPreview } from "./DataPreviews";
import { caveatMessages, caveatsOf } from "../../core/evaluation/caveats";
import { FuzzyResults } from "./FuzzyResults";
import { GradesEditor } from "./GradesEditor";
import { MembershipEditor, table1Direction } from "./MembershipEditor";
import { table1Indicator } from "./table1Hints";
import { SensitivityPanel } from "./SensitivityPanel";
import { EditAssessment } from "../edits";

export interface FuzzyTabProps {
  readonly assessment: Assessment;
  readonly result: AssessmentResult | null;
  readonly onEdit: EditAssessment;
  readonly undoText: Strings["undo"];
  readonly language: Language;
  readonly text: Strings["fuzzy"];
  /** Inside Excel: tables can be filled from the selection. */
  readonly canRead: boolean;
  readonly dataText: Strings["dataIn"];
}

/** Indicator (k, i) of every category, in the order of the global weights. */
function flatIndicators(a: Assessment): { k: number; i: number; name: string }[] {
  return a.categories.flatMap((c, k) => c.indicators.map((indicator, i) => ({ k, i, name: indicator.name })));
}

/** Sets each listed indicator's votes (it becomes vote-graded). */
function fillVotes(a: Assessment, items: readonly { k: number; i: number }[], votes: readonly number[][]): Assessment {
  return items.reduce((next, { k, i }, r) => setMembership(next, k, i, { kind: "votes", votes: [...votes[r]] }), a);
}

/**
 * Sets each indicator's measured value (it becomes measured), with the breakpoints read beside it, else those it
 * had, else none yet; the direction it had, else Table 1's.
 */
function fillMeasured(a: Assessment, list: ImportedList): Assessment {
  return flatIndicators(a).reduce((next, { k, i, name }, r) => {
    const old = next.categories[k].indicators[i].membership;
    const membership: MembershipInput = {
      kind: "measured",
      value: list.values[r],
      breakpoints: list.breakpoints
        ? list.breakpoints[r]
        : old.kind === "measured"
          ? old.breakpoints
          : a.grades.map(() => null),
      direction: old.kind === "measured" ? old.direction : table1Direction(table1Indicator(name)),
    };
    return setMembership(next, k, i, membership);
  }, a);
}

/** Grades, each indicator's membership input, the operator, and what is missing or the result. */
export function FuzzyTab(props: FuzzyTabProps): React.JSX.Element {
  const { assessment, result, onEdit, language, text, canRead, dataText, undoText } = props;
  const all = flatIndicators(assessment);
  const grades = assessment.grades;
  const changes = (items: readonly { k: number; i: number }[], kind: "votes" | "measured") =>
    items.map(({ k, i }) => {
      const indicator = assessment.categories[k].indicators[i];
      const note =
        indicator.membership.kind === kind ? "" : kind === "votes" ? dataText.becomesVotes : dataText.becomesMeasured;
      return indicator.name + note;
    });
  const votesIn = (id: string, target: string, items: readonly { k: number; i: number }[], label?: string) => (
    <DataIn<ImportedVotes>
      label={label}
      key={`${id}-${items.length}-${grades.length}`}
      id={id}
      target={target}
      canRead={canRead}
      read={(grid) => importVotes(grid, items.length, grades.length)}
      notes={(v) => v.notes}
      preview={(v) => (
        <RowsPreview
          testId={`${id}-table`}
          names={changes(items, "votes")}
          sourceLabels={v.rowLabels}
          columns={grades}
          rows={v.votes}
          blank={dataText.notEntered}
        />
      )}
      onApply={(v) => onEdit((a) => fillVotes(a, items, v.votes))}
      language={language}
      text={dataText}
    />
  );
  const place = (k?: number, i?: number): string =>
    k === undefined
      ? ""
      : i === undefined
        ? `${assessment.categories[k].name}: `
        : `${assessment.categories[k].name} / ${assessment.categories[k].indicators[i].name}: `;
  return (
    <section className="fuzzy" data-testid="fuzzy-panel">
      <GradesEditor
        assessment={assessment}
        onEdit={onEdit}
        text={text}
        canRead={canRead}
        language={language}
        dataText={dataText}
        undoText={undoText}
      />
      <Field label={text.operator}>
        <Select
          data-testid="operator"
          value={assessment.operator}
          onChange={(_, data) => onEdit((a) => setMethods(a, { operator: data.value as FuzzyOperator }))}
        >
          {FUZZY_OPERATORS.map((op) => (
            <option key={op} value={op}>
              {op} {pick(OPERATOR_INFO[op], language)}
            </option>
          ))}
        </Select>
      </Field>
      <Text as="h3" weight="semibold" block>
        {text.membership}
      </Text>
      {votesIn("votes-all", dataText.votesAll, all, dataText.votesLabel)}
      <DataIn<ImportedList>
        key={`measured-${all.length}-${grades.length}`}
        id="measured-all"
        label={dataText.measuredLabel}
        target={dataText.measuredAll}
        canRead={canRead}
        read={(grid) =>
          importList(grid, all.length, { percent: true, positive: false, blanks: true, breakpoints: grades.length })
        }
        notes={(list) => list.notes}
        preview={(list) => (
          <RowsPreview
            testId="measured-all-table"
            names={changes(all, "measured")}
            sourceLabels={list.rowLabels}
            columns={list.breakpoints ? [text.value, ...grades] : [text.value]}
            rows={list.values.map((v, r) => (list.breakpoints ? [v, ...list.breakpoints[r]] : [v]))}
            blank={dataText.notEntered}
          />
        )}
        onApply={(list) => onEdit((a) => fillMeasured(a, list))}
        language={language}
        text={dataText}
      />
      {assessment.categories.map((category, k) => (
        <fieldset key={k} className="category">
          <legend>{category.name}</legend>
          {votesIn(
            `votes-${k}`,
            dataText.votesOf(category.name),
            category.indicators.map((_, i) => ({ k, i })),
          )}
          {category.indicators.map((_, i) => (
            <MembershipEditor
              key={i}
              assessment={assessment}
              k={k}
              i={i}
              onEdit={onEdit}
              language={language}
              text={text}
            />
          ))}
        </fieldset>
      ))}
      {result && result.problems.length > 0 && (
        <div className="problems" data-testid="problems">
          <Text weight="semibold">{text.problems}</Text>
          <ul>
            {result.problems.map((p, x) => (
              <li key={x}>
                <Caption1>
                  {place(p.category, p.indicator)}
                  {pick(p.message, language)}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && result.fuzzy && result.byOperator && (
        <>
          <Text as="h3" weight="semibold" block>
            {text.result}
          </Text>
          <FuzzyResults
            assessment={assessment}
            fuzzy={result.fuzzy}
            byOperator={result.byOperator}
            warnings={caveatMessages(assessment, caveatsOf(assessment, result)).map((m) => pick(m, language))}
            language={language}
            text={text}
          />
          <SensitivityPanel assessment={assessment} result={result} language={language} text={text} />
        </>
      )}
    </section>
  );
}
