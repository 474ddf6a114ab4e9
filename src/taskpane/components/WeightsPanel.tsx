import { Badge, Button, Caption1, Select, Text, Title3 } from "@fluentui/react-components";
import * as React from "react";
import {
  SCALE_VALUES,
  consistency,
  ahpWeights,
  describeJudgement,
  inconsistentJudgements,
  ordinalCycles,
  snapToScale,
} from "../../core/evaluation/ahp";
import { Language, Strings } from "../strings";

/** A judgement as a user types it: 3, or 1/3. */
export function formatJudgement(value: number): string {
  const snapped = snapToScale(value);
  return snapped >= 1 ? String(snapped) : `1/${Math.round(1 / snapped)}`;
}

const round = (x: number, digits = 4): string => x.toFixed(digits);

export interface WeightsPanelProps {
  readonly labels: readonly string[];
  readonly matrix: readonly (readonly number[])[];
  readonly onChange: (matrix: number[][]) => void;
  readonly language: Language;
  readonly text: Strings["weights"];
}

/** With judgement a[row][column] set to `value` and its reciprocal kept. */
function withJudgement(a: readonly (readonly number[])[], row: number, column: number, value: number): number[][] {
  const next = a.map((r) => r.slice());
  next[row][column] = value;
  next[column][row] = 1 / value;
  return next;
}

/**
 * Pairwise comparison on the 1–9 scale with live weights, λmax, CI, CR (Saaty 1980 RI), a pass/fail badge, and
 * the consistency doctor's suggestions one click away. All arithmetic comes from src/core/evaluation/ahp.
 */
export function WeightsPanel({ labels, matrix, onChange, language, text }: WeightsPanelProps): React.JSX.Element {
  const weights = ahpWeights(matrix);
  const result = consistency(matrix);
  const advice = inconsistentJudgements(matrix, 3).filter((a) => a.suggestedValue !== a.value);
  const cycles = ordinalCycles(matrix);
  const tableName = language === "zh" ? result.riTableNameZh : result.riTableName;
  return (
    <section className="weights">
      <Title3 as="h2" block>
        {text.heading}
      </Title3>
      <Caption1 as="p" block>
        {text.sample}
      </Caption1>
      <table className="matrix" data-testid="judgement-matrix">
        <thead>
          <tr>
            <th title={text.rowOverColumn}>↓ / →</th>
            {labels.map((label) => (
              <th key={label}>{label}</th>
            ))}
            <th>{text.weight}</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {labels.map((_, j) => (
                <td key={j}>
                  {j > i ? (
                    <Select
                      aria-label={`${label} / ${labels[j]}`}
                      data-testid={`judgement-${i}-${j}`}
                      value={formatJudgement(matrix[i][j])}
                      title={describeJudgement(matrix[i][j])[language]}
                      onChange={(_, data) => {
                        const value = SCALE_VALUES.find((v) => formatJudgement(v) === data.value);
                        if (value !== undefined) onChange(withJudgement(matrix, i, j, value));
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
              <td data-testid={`weight-${i}`}>{round(weights[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="consistency">
        <Text>
          {text.lambda} = {round(result.lambdaMax)}, {text.ci} = {round(result.ci)},{" "}
          <span data-testid="cr">
            {text.cr(tableName)} = {round(result.cr)}
          </span>
        </Text>{" "}
        <Badge data-testid="cr-badge" color={result.passes ? "success" : "danger"} appearance="filled">
          {result.passes ? text.passes(result.threshold) : text.fails(result.threshold)}
        </Badge>
      </p>
      {advice.length > 0 && (
        <div className="doctor" data-testid="doctor">
          <Text weight="semibold">{text.doctor}</Text>
          <ul>
            {advice.map((a) => (
              <li key={`${a.row}-${a.column}`}>
                <Text>
                  {labels[a.row]} / {labels[a.column]}:{" "}
                  {text.suggestion(formatJudgement(a.value), formatJudgement(a.suggestedValue), round(a.crAfter))}
                </Text>{" "}
                <Button
                  size="small"
                  data-testid={`apply-${a.row}-${a.column}`}
                  onClick={() => onChange(withJudgement(matrix, a.row, a.column, a.suggestedValue))}
                >
                  {text.apply}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Caption1 as="p" block>
        {text.cycles}
        {cycles.length === 0 ? text.none : cycles.map((c) => c.map((k) => labels[k]).join(" ≻ ")).join("；")}
      </Caption1>
    </section>
  );
}
