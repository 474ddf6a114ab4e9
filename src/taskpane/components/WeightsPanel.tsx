import { Badge, Button, Caption1, Select, Text, Subtitle1 } from "@fluentui/react-components";
import * as React from "react";
import {
  Consistency,
  Matrix,
  RiTableId,
  SCALE_VALUES,
  describeJudgement,
  inconsistentJudgements,
  ordinalCycles,
  snapToScale,
} from "../../core/evaluation/ahp";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";
import { fixed } from "./format";

/** A judgement as a user types it: 3, or 1/3. */
export function formatJudgement(value: number): string {
  const snapped = snapToScale(value);
  return snapped >= 1 ? String(snapped) : `1/${Math.round(1 / snapped)}`;
}

export interface WeightsPanelProps {
  readonly heading: string;
  readonly labels: readonly string[];
  readonly matrix: Matrix;
  /** This matrix's weights and consistency as the assessment computes them; null when it could not. */
  readonly solved: { readonly weights: readonly number[]; readonly consistency: Consistency } | null;
  readonly riTable: RiTableId;
  /** Judgement a[row][column] = value (row < column); the model keeps the reciprocal. */
  readonly onJudgement: (row: number, column: number, value: number) => void;
  /** The doctor's suggestion applied, as an edit that can be undone (`words`: what changed). */
  readonly onAdvice: (row: number, column: number, value: number, words: string) => void;
  readonly language: Language;
  readonly text: Strings["weights"];
  /** Filling this matrix from the Excel selection or pasted cells, under the heading. */
  readonly dataIn?: React.ReactNode;
}

/** The doctor needs an RI for the matrix's size; when the table has none, the panel says so via `solved` instead. */
function safely<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch {
    return fallback;
  }
}

/** CR with a pass/fail badge; the CR text ends in "= value" so a reader (and the browser test) can parse it. */
export function ConsistencyLine({
  consistency,
  language,
  text,
  testId,
}: {
  consistency: Consistency;
  language: Language;
  text: Strings["weights"];
  testId: string;
}): React.JSX.Element {
  const tableName = pick(consistency.riTableName, language);
  return (
    <p className="consistency" aria-live="polite">
      <Text>
        {text.lambda} = {fixed(consistency.lambdaMax)}, {text.ci} = {fixed(consistency.ci)},{" "}
        <span data-testid={testId}>
          {text.cr(tableName)} = {fixed(consistency.cr)}
        </span>
      </Text>{" "}
      <Badge data-testid={`${testId}-badge`} color={consistency.passes ? "success" : "danger"} appearance="filled">
        {consistency.passes ? text.passes(consistency.threshold) : text.fails(consistency.threshold)}
      </Badge>
    </p>
  );
}

/**
 * Pairwise comparison of one matrix on the 1–9 scale with its live weights, λmax, CI, CR and pass/fail badge, and
 * the consistency doctor's suggestions one click away. All arithmetic comes from src/core/evaluation.
 */
export function WeightsPanel(props: WeightsPanelProps): React.JSX.Element {
  const { heading, labels, matrix, solved, riTable, onJudgement, onAdvice, language, text, dataIn } = props;
  const advice = safely(() => inconsistentJudgements(matrix, 3, riTable), []).filter(
    (a) => a.suggestedValue !== a.value,
  );
  const cycles = ordinalCycles(matrix);
  return (
    <section className="weights">
      <Subtitle1 as="h2" block>
        {heading}
      </Subtitle1>
      {dataIn}
      <div className="scroll">
        <table className="matrix" data-testid="judgement-matrix">
          <thead>
            <tr>
              <th title={text.rowOverColumn}>↓ / →</th>
              {labels.map((label, j) => (
                <th key={j}>{label}</th>
              ))}
              <th>{text.weight}</th>
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={i}>
                <th scope="row">{label}</th>
                {labels.map((_, j) => (
                  <td key={j}>
                    {j > i ? (
                      <Select
                        aria-label={text.judgementOf(label, labels[j])}
                        data-testid={`judgement-${i}-${j}`}
                        value={formatJudgement(matrix[i][j])}
                        title={pick(describeJudgement(matrix[i][j]), language)}
                        onChange={(_, data) => {
                          const value = SCALE_VALUES.find((v) => formatJudgement(v) === data.value);
                          if (value !== undefined) onJudgement(i, j, value);
                        }}
                      >
                        {SCALE_VALUES.map((v) => (
                          <option key={v} value={formatJudgement(v)}>
                            {formatJudgement(v)}
                          </option>
                        ))}
                      </Select>
                    ) : (
                      <Text className="reciprocal">{formatJudgement(matrix[i][j])}</Text>
                    )}
                  </td>
                ))}
                <td data-testid={`weight-${i}`}>{solved ? fixed(solved.weights[i]) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {labels.length === 1 && (
        <Caption1 as="p" block>
          {text.single}
        </Caption1>
      )}
      {solved && <ConsistencyLine consistency={solved.consistency} language={language} text={text} testId="cr" />}
      {advice.length > 0 && (
        <div className="doctor" data-testid="doctor">
          <Text weight="semibold">{text.doctor}</Text>
          <ul>
            {advice.map((a) => {
              const pair = `${labels[a.row]} / ${labels[a.column]}`;
              const from = formatJudgement(a.value);
              const to = formatJudgement(a.suggestedValue);
              // a suggestion on the other side of 1 says the opposite of what the expert judged: said as such
              const reverses = (a.value - 1) * (a.suggestedValue - 1) < 0;
              return (
                <li key={`${a.row}-${a.column}`} data-testid={`advice-${a.row}-${a.column}`}>
                  <Text>
                    {pair}: {text.suggestion(from, to, fixed(a.crAfter))}
                  </Text>{" "}
                  {reverses && (
                    <Badge color="danger" data-testid={`reverses-${a.row}-${a.column}`}>
                      {text.reverses}
                    </Badge>
                  )}
                  <Caption1 as="p" block className="hint">
                    {text.judged(
                      pick(describeJudgement(a.value), language),
                      pick(describeJudgement(a.suggestedValue), language),
                    )}
                  </Caption1>
                  <Button
                    size="small"
                    data-testid={`apply-${a.row}-${a.column}`}
                    onClick={() => onAdvice(a.row, a.column, a.suggestedValue, text.changed(pair, from, to))}
                  >
                    {reverses ? text.applyReversal : text.apply}
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <Caption1 as="p" block>
        {text.cycles}
        {cycles.length === 0
          ? text.none
          : // the whole cycle, back to where it starts: A ≻ B ≻ C ≻ A
            cycles.map((c) => [...c, c[0]].map((k) => labels[k]).join(" ≻ ")).join("；")}
      </Caption1>
    </section>
  );
}
