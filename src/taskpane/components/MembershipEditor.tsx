import { Caption1, Field, Select } from "@fluentui/react-components";
import * as React from "react";
import { Message } from "../../core/errors";
import { Assessment, MembershipInput, setMembership, voteProblem } from "../../core/evaluation/assessment";
import { DIRECTION_WORDS, Direction } from "../../core/evaluation/fuzzy";
import { Indicator } from "../../core/evaluation/indicators";
import { messages } from "../../core/messages";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";
import { ConfidenceBadge, Marked } from "./Marked";
import { NumberInput } from "./NumberInput";
import { fieldProblem } from "./fieldProblem";
import { table1Indicator } from "./table1Hints";

export interface MembershipEditorProps {
  readonly assessment: Assessment;
  readonly k: number;
  readonly i: number;
  readonly onEdit: (edit: (a: Assessment) => Assessment) => void;
  readonly language: Language;
  readonly text: Strings["fuzzy"];
}

/** Table 1's direction when all its measured items agree (a direction is a property, not a threshold). */
export function table1Direction(hint: Indicator | undefined): Direction {
  const directions = new Set(hint?.measured.map((m) => m.direction));
  return directions.size === 1 ? [...directions][0] : "benefit";
}

/** Table 1's measured items with their reference boundaries, basis and confidence: shown, never filled in. */
function ReferenceHint({ hint, language, text }: { hint: Indicator; language: Language; text: Strings["fuzzy"] }) {
  return (
    <div className="hint">
      <Caption1 as="p" block>
        <Marked text={text.reference} language={language} />
      </Caption1>
      <ul>
        {hint.measured.map((item, x) => (
          <li key={x}>
            <Caption1>
              {text.measuredItem(
                pick(item.name, language),
                item.unitWords ? pick(item.unitWords, language) : item.unit,
                pick(DIRECTION_WORDS[item.direction], language),
              )}
              {language === "zh" ? "：" : ": "}b1/b2/b3 ={" "}
              {item.boundaries ? item.boundaries.join(" / ") : text.noBoundaries}{" "}
              <ConfidenceBadge mark={item.confidence} language={language} /> {text.basis}
              <Marked text={pick(item.basis, language)} language={language} />
            </Caption1>
          </li>
        ))}
      </ul>
      <Caption1 as="p" block>
        <Marked text={text.confidence} language={language} />
      </Caption1>
    </div>
  );
}

/** One indicator's membership input: vote counts per grade, or a measured value with one breakpoint per grade. */
export function MembershipEditor(props: MembershipEditorProps): React.JSX.Element {
  const { assessment, k, i, onEdit, language, text } = props;
  const indicator = assessment.categories[k].indicators[i];
  const membership = indicator.membership;
  const grades = assessment.grades;
  const hint = table1Indicator(indicator.name);
  const set = (m: MembershipInput) => onEdit((a) => setMembership(a, k, i, m));
  // per grade: why the count typed there was not taken (null once a valid one replaces it)
  const [voteProblems, setVoteProblems] = React.useState<Record<number, Message | null>>({});
  const id = `${k}-${i}`;
  // What a screen reader says of each input: which indicator, and which grade.
  const named = `${assessment.categories[k].name} / ${indicator.name}`;
  return (
    <div className="membership" data-testid={`membership-${id}`}>
      <div className="row">
        <span className="grow indicator-name">{indicator.name}</span>
        <Select
          aria-label={text.modeLabel(named)}
          data-testid={`mode-${id}`}
          value={membership.kind}
          onChange={(_, data) =>
            set(
              data.value === "measured"
                ? {
                    kind: "measured",
                    value: null,
                    breakpoints: grades.map(() => null),
                    direction: table1Direction(hint),
                  }
                : { kind: "votes", votes: grades.map(() => 0) },
            )
          }
        >
          <option value="votes">{text.votes}</option>
          <option value="measured">{text.measured}</option>
        </Select>
      </div>
      {membership.kind === "votes" ? (
        <div className="cells" role="group" aria-label={`${named}: ${text.voteHint}`}>
          {grades.map((grade, j) => (
            <Field key={j} label={grade} {...fieldProblem(voteProblems[j] ?? null, language)}>
              <NumberInput
                min={0}
                blankValue={0}
                aria-label={text.voteLabel(named, grade)}
                data-testid={`vote-${id}-${j}`}
                value={membership.votes[j]}
                onValue={(v) => {
                  // a count the model would not take stays in the field with the reason; the old count is kept
                  const problem = v === null ? messages.voteNotNumber : voteProblem(v);
                  setVoteProblems((shown) => ({ ...shown, [j]: problem }));
                  if (v !== null && problem === null) {
                    set({ kind: "votes", votes: membership.votes.map((x, y) => (y === j ? v : x)) });
                  }
                }}
              />
            </Field>
          ))}
        </div>
      ) : (
        <>
          <div className="row">
            <Field label={text.value} className="grow">
              <NumberInput
                aria-label={text.measuredLabel(named)}
                data-testid={`measured-${id}`}
                value={membership.value}
                onValue={(value) => set({ ...membership, value })}
              />
            </Field>
            <Field label={text.direction} className="grow">
              <Select
                aria-label={text.directionLabel(named)}
                data-testid={`direction-${id}`}
                value={membership.direction}
                onChange={(_, data) => set({ ...membership, direction: data.value as Direction })}
              >
                {(["benefit", "cost"] as const).map((d) => (
                  <option key={d} value={d}>
                    {pick(DIRECTION_WORDS[d], language)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Caption1 as="p" block>
            {text.breakpoints}
          </Caption1>
          <div className="cells">
            {grades.map((grade, j) => (
              <label key={j}>
                <span>{grade}</span>
                <NumberInput
                  aria-label={text.breakpointLabel(named, grade)}
                  data-testid={`breakpoint-${id}-${j}`}
                  value={membership.breakpoints[j]}
                  onValue={(v) =>
                    set({ ...membership, breakpoints: membership.breakpoints.map((x, y) => (y === j ? v : x)) })
                  }
                />
              </label>
            ))}
          </div>
          {hint && <ReferenceHint hint={hint} language={language} text={text} />}
        </>
      )}
    </div>
  );
}
