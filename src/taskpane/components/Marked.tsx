import { Badge } from "@fluentui/react-components";
import * as React from "react";
import { CONFIDENCE_WORDS, ConfidenceMark, splitMarks } from "../../core/confidence";
import { Language, pick } from "../../core/text";

const COLORS: Readonly<Record<ConfidenceMark, "success" | "warning" | "informative">> = {
  "✅": "success",
  "🔶": "warning",
  "❓": "informative",
};

/** A confidence mark as a text badge (已核对 / 二手来源 / 未核实): a mark itself needs an emoji font to show. */
export function ConfidenceBadge({ mark, language }: { mark: ConfidenceMark; language: Language }): React.JSX.Element {
  return (
    <Badge size="small" appearance="tint" color={COLORS[mark]} className="confidence" data-confidence={mark}>
      {pick(CONFIDENCE_WORDS[mark], language)}
    </Badge>
  );
}

/** A text from the engine (a source, a note, a message) with each confidence mark in it shown as its badge. */
export function Marked({ text, language }: { text: string; language: Language }): React.JSX.Element {
  return (
    <>
      {splitMarks(text).map((part, i) =>
        typeof part === "string" ? (
          <React.Fragment key={i}>{part}</React.Fragment>
        ) : (
          <ConfidenceBadge key={i} mark={part.mark} language={language} />
        ),
      )}
    </>
  );
}
