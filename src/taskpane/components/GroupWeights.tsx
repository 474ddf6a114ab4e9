import { Text } from "@fluentui/react-components";
import * as React from "react";
import { SolvedMatrix } from "../../core/evaluation/assessment";
import { Language } from "../../core/text";
import { Strings } from "../strings";
import { fixed } from "./format";
import { ConsistencyLine } from "./WeightsPanel";

export interface GroupWeightsProps {
  readonly experts: number;
  readonly labels: readonly string[];
  readonly own: SolvedMatrix;
  readonly group: SolvedMatrix;
  readonly language: Language;
  readonly text: Strings["weights"];
}

/** The chosen matrix's weights for this expert beside the group's (AIJ), and the group's CR. */
export function GroupWeights({ experts, labels, own, group, language, text }: GroupWeightsProps): React.JSX.Element {
  return (
    <section className="group" data-testid="group">
      <Text as="h3" weight="semibold" block className="subheading">
        {text.group(experts)}
      </Text>
      <div className="scroll">
        <table className="grid">
          <thead>
            <tr>
              <th />
              <th>{text.thisExpert}</th>
              <th>{text.groupWeight}</th>
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={i}>
                <th scope="row">{label}</th>
                <td>{fixed(own.weights[i])}</td>
                <td data-testid={`group-weight-${i}`}>{fixed(group.weights[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConsistencyLine consistency={group.consistency} language={language} text={text} testId="group-cr" />
    </section>
  );
}
