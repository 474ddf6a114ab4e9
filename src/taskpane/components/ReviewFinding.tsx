import { Button, Caption1, Text } from "@fluentui/react-components";
import * as React from "react";
import { Finding } from "../../core/review";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";

/** A stated or recomputed value for the eye: rates as percent, quantities with their unit, "—" for none. */
export function shownValue(v: number | string | null, format: Finding["format"], unit: string): string {
  if (v === null || v === "") return "—";
  if (typeof v === "string") return v;
  if (format === "percent") return `${Number((v * 100).toPrecision(8))}%`;
  const n = String(Number(v.toPrecision(10)));
  return unit ? `${n} ${unit}` : n;
}

export interface ReviewFindingProps {
  readonly finding: Finding;
  readonly index: number;
  readonly language: Language;
  readonly text: Strings["review"];
}

/**
 * One finding: its cell as a button (informative only: it shows or hides the basis and the formula, and does not
 * move the selection), the stated and recomputed values, and the rule in the current language.
 */
export function ReviewFinding({ finding: f, index, language, text }: ReviewFindingProps): React.JSX.Element {
  const [open, setOpen] = React.useState(false);
  const where = f.cell ? `${f.sheet}!${f.cell}` : `${f.sheet} ${text.workbookLevel}`;
  const note = f.note && pick(f.note, language);
  return (
    <li data-testid={`review-finding-${index}`}>
      <div className="row">
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          title={f.rule}
          data-testid={`review-finding-cell-${index}`}
          onClick={() => setOpen(!open)}
        >
          {where}
        </Button>
        <Text weight="semibold" className={f.severity === "fail" ? "error" : undefined}>
          {text.severity[f.severity]}
        </Text>
        <Caption1 className="grow">
          {text.stated} {shownValue(f.stated, f.format, f.unit)} · {text.recomputed}{" "}
          {shownValue(f.recomputed, f.format, f.unit)}
        </Caption1>
      </div>
      <Caption1 as="p" block>
        {pick(f, language)}
        {note ? `(${note})` : ""}
      </Caption1>
      {open && (
        <Caption1 as="p" block className="hint">
          {f.rule} · {text.basis}
          {pick(f.source, language)}
          {f.formula ? ` · ${text.formula}${f.formula}` : ""}
        </Caption1>
      )}
    </li>
  );
}
