import { Caption1, Field, Select, Text } from "@fluentui/react-components";
import * as React from "react";
import { Assessment, AssessmentResult, setMethods } from "../../core/evaluation/assessment";
import { FUZZY_OPERATORS, FuzzyOperator, OPERATOR_INFO } from "../../core/evaluation/fuzzy";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";
import { FuzzyResults } from "./FuzzyResults";
import { GradesEditor } from "./GradesEditor";
import { MembershipEditor } from "./MembershipEditor";
import { SensitivityPanel } from "./SensitivityPanel";

export interface FuzzyTabProps {
  readonly assessment: Assessment;
  readonly result: AssessmentResult | null;
  readonly onEdit: (edit: (a: Assessment) => Assessment) => void;
  readonly language: Language;
  readonly text: Strings["fuzzy"];
}

/** Grades, each indicator's membership input, the operator, and what is missing or the result. */
export function FuzzyTab({ assessment, result, onEdit, language, text }: FuzzyTabProps): React.JSX.Element {
  const place = (k?: number, i?: number): string =>
    k === undefined
      ? ""
      : i === undefined
        ? `${assessment.categories[k].name}: `
        : `${assessment.categories[k].name} / ${assessment.categories[k].indicators[i].name}: `;
  return (
    <section className="fuzzy" data-testid="fuzzy-panel">
      <GradesEditor assessment={assessment} onEdit={onEdit} text={text} />
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
      {assessment.categories.map((category, k) => (
        <fieldset key={k} className="category">
          <legend>{category.name}</legend>
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
            language={language}
            text={text}
          />
          <SensitivityPanel assessment={assessment} result={result} language={language} text={text} />
        </>
      )}
    </section>
  );
}
