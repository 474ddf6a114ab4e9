import { Text } from "@fluentui/react-components";
import * as React from "react";
import { Assessment, WeightsResult } from "../../core/evaluation/assessment";
import { Strings } from "../strings";
import { fixed } from "./format";

/** Every indicator's category weight, local weight and global weight (the group's, as the evaluation uses them). */
export function GlobalWeightsTable({
  assessment,
  weights,
  text,
}: {
  assessment: Assessment;
  weights: WeightsResult;
  text: Strings["weights"];
}): React.JSX.Element {
  // global[] runs category by category, so the k-th category's indicators start after the earlier categories'.
  const offsets = assessment.categories.map((_, k) =>
    assessment.categories.slice(0, k).reduce((n, c) => n + c.indicators.length, 0),
  );
  return (
    <section>
      <Text as="h3" weight="semibold" block className="subheading">
        {text.global}
      </Text>
      <div className="scroll">
        <table className="grid" data-testid="global-weights">
          <thead>
            <tr>
              <th>{text.indicator}</th>
              <th>{text.categoryWeight}</th>
              <th>{text.localWeight}</th>
              <th>{text.globalWeight}</th>
            </tr>
          </thead>
          <tbody>
            {assessment.categories.map((category, k) =>
              category.indicators.map((indicator, i) => (
                <tr key={`${k}-${i}`}>
                  <th scope="row">
                    {category.name} / {indicator.name}
                  </th>
                  <td>{fixed(weights.categories.weights[k])}</td>
                  <td>{fixed(weights.indicators[k].weights[i])}</td>
                  <td data-testid={`global-weight-${k}-${i}`}>{fixed(weights.global[offsets[k] + i])}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
