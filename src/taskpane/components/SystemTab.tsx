import { Button, Caption1, Field, Input, Subtitle1 } from "@fluentui/react-components";
import * as React from "react";
import {
  Assessment,
  addCategory,
  addIndicator,
  removeCategory,
  removeIndicator,
  renameCategory,
  nameProblem,
  renameIndicator,
} from "../../core/evaluation/assessment";
import { Language } from "../../core/text";
import { Strings } from "../strings";
import { fieldProblem } from "./fieldProblem";
import { table1Indicator } from "./table1Hints";
import { EditAssessment } from "../edits";

export interface SystemTabProps {
  readonly assessment: Assessment;
  readonly onEdit: EditAssessment;
  readonly text: Strings["system"];
  readonly undoText: Strings["undo"];
  readonly language: Language;
}

/** The indicator system: categories and their indicators, renamed, added and removed with the model's edits. */
export function SystemTab({ assessment, onEdit, text, undoText, language }: SystemTabProps): React.JSX.Element {
  const categories = assessment.categories;
  return (
    <section className="system" data-testid="system-panel">
      <Subtitle1 as="h2" block>
        {text.heading}
      </Subtitle1>
      <Caption1 as="p" block>
        {text.source}
      </Caption1>
      {categories.map((category, k) => (
        <fieldset key={k} className="category" data-testid={`category-${k}`}>
          <legend>{text.category(k + 1)}</legend>
          <div className="row">
            <Field
              label={text.categoryName}
              className="grow"
              {...fieldProblem(
                nameProblem(
                  category.name,
                  categories.filter((_, x) => x !== k).map((c) => c.name),
                ),
                language,
              )}
            >
              <Input
                data-testid={`category-name-${k}`}
                value={category.name}
                onChange={(_, data) => onEdit((a) => renameCategory(a, k, data.value))}
              />
            </Field>
            <Button
              size="small"
              data-testid={`remove-category-${k}`}
              disabled={categories.length === 1}
              title={categories.length === 1 ? text.lastOne : undefined}
              onClick={() => onEdit((a) => removeCategory(a, k), undoText.removedCategory(category.name))}
            >
              {text.removeCategory}
            </Button>
          </div>
          <ol className="indicators">
            {category.indicators.map((indicator, i) => {
              const hint = table1Indicator(indicator.name);
              return (
                <li key={i}>
                  <div className="row">
                    <Field
                      className="grow"
                      {...fieldProblem(
                        nameProblem(
                          indicator.name,
                          category.indicators.filter((_, x) => x !== i).map((other) => other.name),
                        ),
                        language,
                      )}
                    >
                      <Input
                        aria-label={`${category.name}：${text.indicatorName(i + 1)}`}
                        data-testid={`indicator-name-${k}-${i}`}
                        value={indicator.name}
                        onChange={(_, data) => onEdit((a) => renameIndicator(a, k, i, data.value))}
                      />
                    </Field>
                    <Button
                      className="compact"
                      size="small"
                      data-testid={`remove-indicator-${k}-${i}`}
                      disabled={category.indicators.length === 1}
                      title={category.indicators.length === 1 ? text.lastOne : text.removeIndicator}
                      aria-label={text.removeIndicator}
                      onClick={() => onEdit((a) => removeIndicator(a, k, i), undoText.removedIndicator(indicator.name))}
                    >
                      ×
                    </Button>
                  </div>
                  {hint && (
                    <Caption1 as="p" block className="hint" data-testid={`indicator-hint-${k}-${i}`}>
                      {text.hint(hint.items, hint.purpose)}
                    </Caption1>
                  )}
                </li>
              );
            })}
          </ol>
          <Button
            size="small"
            data-testid={`add-indicator-${k}`}
            onClick={() => onEdit((a) => addIndicator(a, k, text.newIndicator(a.categories[k].indicators.length + 1)))}
          >
            {text.addIndicator}
          </Button>
        </fieldset>
      ))}
      <Button
        data-testid="add-category"
        onClick={() => onEdit((a) => addCategory(a, text.newCategory(a.categories.length + 1), text.newIndicator(1)))}
      >
        {text.addCategory}
      </Button>
    </section>
  );
}
