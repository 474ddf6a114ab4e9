import { Text } from "@fluentui/react-components";
import * as React from "react";
import { formatJudgement } from "./WeightsPanel";
import { fixed } from "./format";

/** A judgement matrix about to be filled in: its labels and values, the reciprocals greyed as in the panel. */
export function MatrixPreview({
  labels,
  matrix,
}: {
  labels: readonly string[];
  matrix: number[][];
}): React.JSX.Element {
  return (
    <table className="grid" data-testid="matrix-preview-table">
      <thead>
        <tr>
          <th />
          {labels.map((label, j) => (
            <th key={j}>{label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((label, i) => (
          <tr key={i}>
            <th scope="row">{label}</th>
            {matrix[i].map((x, j) => (
              <td key={j} className={j < i ? "reciprocal" : undefined}>
                {formatJudgement(x)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Rows about to be filled in, one per item of the pane: its name, the label the source gave it when different, and
 * its numbers (blank shown as `blank`).
 */
export function RowsPreview({
  names,
  sourceLabels,
  columns,
  rows,
  blank,
  testId,
}: {
  names: readonly string[];
  sourceLabels: readonly string[] | null;
  columns: readonly string[];
  rows: readonly (readonly (number | null)[])[];
  blank: string;
  testId: string;
}): React.JSX.Element {
  return (
    <table className="grid" data-testid={testId}>
      <thead>
        <tr>
          <th />
          {columns.map((c, j) => (
            <th key={j}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name, r) => (
          <tr key={r}>
            <th scope="row">
              {name}
              {sourceLabels && sourceLabels[r] !== name && (
                <Text size={200} className="source-label">
                  {" "}
                  ← {sourceLabels[r]}
                </Text>
              )}
            </th>
            {rows[r].map((x, j) => (
              <td key={j}>{x === null ? blank : Number.isInteger(x) ? String(x) : fixed(x)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
