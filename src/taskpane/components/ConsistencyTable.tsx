import { Text } from "@fluentui/react-components";
import * as React from "react";
import { Assessment, SolvedMatrix, WeightsResult } from "../../core/evaluation/assessment";
import { Strings } from "../strings";
import { fixed } from "./format";

export interface ConsistencyTableProps {
  readonly assessment: Assessment;
  readonly weights: WeightsResult;
  readonly text: Strings["weights"];
}

function Cell({ solved, text, testId }: { solved: SolvedMatrix; text: Strings["weights"]; testId: string }) {
  const { cr, passes } = solved.consistency;
  return (
    <td className={passes ? "pass" : "fail"} data-testid={testId}>
      {fixed(cr, 3)} {passes ? `✓ ${text.pass}` : `✗ ${text.fail}`}
    </td>
  );
}

/** CR of every matrix (rows) for every expert and, with several experts, the group (columns). */
export function ConsistencyTable({ assessment, weights, text }: ConsistencyTableProps): React.JSX.Element {
  const group = assessment.experts.length > 1;
  const rows = [text.categoryMatrix, ...assessment.categories.map((c) => text.indicatorMatrix(c.name))];
  const solvedOf = (solved: { categories: SolvedMatrix; indicators: readonly SolvedMatrix[] }, r: number) =>
    r === 0 ? solved.categories : solved.indicators[r - 1];
  return (
    <section>
      <Text as="h3" weight="semibold" block className="subheading">
        {text.crTable}
      </Text>
      <div className="scroll">
        <table className="grid" data-testid="cr-table">
          <thead>
            <tr>
              <th>{text.matrix}</th>
              {assessment.experts.map((e, x) => (
                <th key={x}>{e.name || text.expertName(x + 1)}</th>
              ))}
              {group && <th>{text.groupCr}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((label, r) => (
              <tr key={r}>
                <th scope="row">{label}</th>
                {weights.perExpert.map((own, x) => (
                  <Cell key={x} solved={solvedOf(own, r)} text={text} testId={`cr-${r}-${x}`} />
                ))}
                {group && <Cell solved={solvedOf(weights, r)} text={text} testId={`cr-${r}-group`} />}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
