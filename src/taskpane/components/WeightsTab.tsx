import { Caption1, Field, Select } from "@fluentui/react-components";
import * as React from "react";
import { RI_TABLES, RiTableId, WEIGHT_METHODS, WeightMethod } from "../../core/evaluation/ahp";
import {
  Assessment,
  MatrixRef,
  WeightsResult,
  matrixOf,
  setJudgement,
  setMethods,
} from "../../core/evaluation/assessment";
import { ImportedMatrix, formMessage, importMatrix } from "../../core/evaluation/import";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";
import { DataIn } from "./DataIn";
import { MatrixPreview } from "./DataPreviews";
import { QuestionnairePanel } from "./QuestionnairePanel";
import { ConsistencyTable } from "./ConsistencyTable";
import { ExpertsBar } from "./ExpertsBar";
import { GlobalWeightsTable } from "./GlobalWeightsTable";
import { GroupWeights } from "./GroupWeights";
import { WeightsPanel } from "./WeightsPanel";
import { EditAssessment } from "../edits";

export interface WeightsSelection {
  readonly expert: number;
  readonly matrix: MatrixRef;
}

export interface WeightsTabProps {
  readonly assessment: Assessment;
  /** The assessment's weights, or null when the engine refused them (the error is shown above the tabs). */
  readonly weights: WeightsResult | null;
  /** Always within range: the App clamps it after removals. */
  readonly selection: WeightsSelection;
  readonly onSelect: (selection: WeightsSelection) => void;
  readonly onEdit: EditAssessment;
  readonly undoText: Strings["undo"];
  readonly language: Language;
  readonly text: Strings["weights"];
  /** Inside Excel with the adapter's API: the selection can be read and questionnaires written. */
  readonly canRead: boolean;
  readonly dataText: Strings["dataIn"];
  readonly writeText: Strings["write"];
}

const CATEGORIES = "categories";

/** Experts, the matrix being judged, its weights and consistency, the group's, and the tables of every matrix. */
export function WeightsTab(props: WeightsTabProps): React.JSX.Element {
  const { assessment, weights, selection, onSelect, onEdit, language, text, canRead, dataText, writeText, undoText } =
    props;
  const { expert, matrix: ref } = selection;
  const labels =
    ref.level === "categories"
      ? assessment.categories.map((c) => c.name)
      : assessment.categories[ref.category].indicators.map((i) => i.name);
  const chosen = <T,>(solved: { categories: T; indicators: readonly T[] }): T =>
    ref.level === "categories" ? solved.categories : solved.indicators[ref.category];
  const own = weights && chosen(weights.perExpert[expert]);
  const heading =
    ref.level === "categories"
      ? text.headingCategories
      : text.headingIndicators(assessment.categories[ref.category].name);
  const expertName = assessment.experts[expert].name || text.expertName(expert + 1);
  const fillMatrix = (m: number[][]) =>
    onEdit((a) => {
      let next = a;
      for (let i = 0; i < m.length; i++)
        for (let j = i + 1; j < m.length; j++) next = setJudgement(next, expert, ref, i, j, m[i][j]);
      return next;
    });
  return (
    <section className="weights-tab">
      <ExpertsBar
        assessment={assessment}
        expert={expert}
        onSelect={(e) => onSelect({ ...selection, expert: e })}
        onEdit={onEdit}
        canRead={canRead}
        language={language}
        text={text}
        dataText={dataText}
        undoText={undoText}
      />
      <div className="row">
        <Field label={text.matrix} className="grow">
          <Select
            data-testid="matrix-select"
            value={ref.level === "categories" ? CATEGORIES : String(ref.category)}
            onChange={(_, data) =>
              onSelect({
                ...selection,
                matrix:
                  data.value === CATEGORIES
                    ? { level: "categories" }
                    : { level: "indicators", category: Number(data.value) },
              })
            }
          >
            <option value={CATEGORIES}>{text.categoryMatrix}</option>
            {assessment.categories.map((c, k) => (
              <option key={k} value={String(k)}>
                {text.indicatorMatrix(c.name)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="row">
        <Field label={text.method} className="grow">
          <Select
            data-testid="weight-method"
            value={assessment.weightMethod}
            onChange={(_, data) => onEdit((a) => setMethods(a, { weightMethod: data.value as WeightMethod }))}
          >
            {(Object.keys(WEIGHT_METHODS) as WeightMethod[]).map((m) => (
              <option key={m} value={m}>
                {m} {pick(WEIGHT_METHODS[m], language)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text.riTable} className="grow">
          <Select
            data-testid="ri-table"
            value={assessment.riTable}
            onChange={(_, data) => onEdit((a) => setMethods(a, { riTable: data.value as RiTableId }))}
          >
            {(Object.keys(RI_TABLES) as RiTableId[]).map((id) => (
              <option key={id} value={id}>
                {pick(RI_TABLES[id].name, language)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Caption1 as="p" block>
        {text.sample}
      </Caption1>
      <WeightsPanel
        heading={heading}
        dataIn={
          <DataIn<ImportedMatrix>
            key={`${expert}-${ref.level === "categories" ? "c" : ref.category}-${labels.length}`}
            id="matrix"
            target={`${expertName} ${dataText.matrixOf(heading)}`}
            canRead={canRead}
            read={(grid) => importMatrix(grid, labels.length)}
            notes={(m) => [formMessage(m.form), ...m.notes]}
            preview={(m) => <MatrixPreview labels={labels} matrix={m.matrix} />}
            onApply={(m) => fillMatrix(m.matrix)}
            language={language}
            text={dataText}
          />
        }
        labels={labels}
        matrix={matrixOf(assessment.experts[expert], ref)}
        solved={own}
        riTable={assessment.riTable}
        onJudgement={(row, column, value) => onEdit((a) => setJudgement(a, expert, ref, row, column, value))}
        onAdvice={(row, column, value, words) => onEdit((a) => setJudgement(a, expert, ref, row, column, value), words)}
        language={language}
        text={text}
      />
      {weights && own && assessment.experts.length > 1 && (
        <GroupWeights
          experts={assessment.experts.length}
          labels={labels}
          own={own}
          group={chosen(weights)}
          language={language}
          text={text}
        />
      )}
      {weights && <ConsistencyTable assessment={assessment} weights={weights} text={text} />}
      {weights && <GlobalWeightsTable assessment={assessment} weights={weights} text={text} />}
      <QuestionnairePanel
        assessment={assessment}
        canWrite={canRead}
        onEdit={onEdit}
        language={language}
        text={dataText}
        weightsText={text}
        writeText={writeText}
      />
    </section>
  );
}
