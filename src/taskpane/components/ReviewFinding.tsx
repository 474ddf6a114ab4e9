import { Badge, Button, Caption1 } from "@fluentui/react-components";
import * as React from "react";
import { Finding } from "../../core/review";
import { Language, pick } from "../../core/text";
import { Strings } from "../strings";
import { Marked } from "./Marked";
import { percentDigits, percentUpTo } from "./format";

/** A stated or recomputed value for the eye: rates as percent, quantities with their unit, "—" for none. */
export function shownValue(v: number | string | null, format: Finding["format"], unit: string, digits = 2): string {
  if (v === null || v === "") return "—";
  if (typeof v === "string") return v;
  if (format === "percent") return percentUpTo(v, digits);
  const n = String(Number(v.toPrecision(10)));
  return unit ? `${n} ${unit}` : n;
}

export interface ReviewFindingProps {
  readonly finding: Finding;
  readonly index: number;
  readonly language: Language;
  readonly text: Strings["review"];
  /** Shows the finding's cell in Excel; absent when there is no cell to go to. */
  readonly onGoTo?: (sheet: string, cell: string) => void;
}

/**
 * One finding: its cell as a button that selects the cell in Excel, its severity, the stated and recomputed
 * values, the rule in the current language, and a button that shows the basis and the formula. The rule's id is
 * for the reviewer: it is the tooltip of the rule, and a column of the report sheet.
 */
export function ReviewFinding({ finding: f, index, language, text, onGoTo }: ReviewFindingProps): React.JSX.Element {
  const [open, setOpen] = React.useState(false);
  const where = f.cell ? `${f.sheet}!${f.cell}` : `${f.sheet} ${text.workbookLevel}`;
  const note = f.note && pick(f.note, language);
  const numbers = (v: Finding["stated"]) => (typeof v === "number" ? v : null);
  const digits = f.format === "percent" ? percentDigits(numbers(f.stated), numbers(f.recomputed)) : 2;
  return (
    <li data-testid={`review-finding-${index}`} className="finding">
      <div className="row">
        {f.cell && onGoTo ? (
          <Button
            size="small"
            appearance="subtle"
            aria-label={text.goTo(where)}
            data-testid={`review-finding-cell-${index}`}
            onClick={() => onGoTo(f.sheet, f.cell)}
          >
            {where}
          </Button>
        ) : (
          <Caption1 data-testid={`review-finding-cell-${index}`}>{where}</Caption1>
        )}
        <Badge
          className="nowrap"
          appearance={f.severity === "fail" ? "filled" : "tint"}
          color={f.severity === "fail" ? "danger" : "warning"}
          data-testid={`review-finding-severity-${index}`}
        >
          {text.severity[f.severity]}
        </Badge>
        <Caption1 className="grow" data-testid={`review-finding-values-${index}`}>
          {text.stated} {shownValue(f.stated, f.format, f.unit, digits)} · {text.recomputed}{" "}
          {shownValue(f.recomputed, f.format, f.unit, digits)}
        </Caption1>
      </div>
      <Caption1 as="p" block title={f.rule}>
        <Marked text={pick(f, language)} language={language} />
        {note ? (
          <>
            {language === "zh" ? "(" : " ("}
            <Marked text={note} language={language} />)
          </>
        ) : null}
      </Caption1>
      <Button
        size="small"
        appearance="transparent"
        aria-expanded={open}
        data-testid={`review-finding-details-${index}`}
        onClick={() => setOpen(!open)}
      >
        {text.details}
      </Button>
      {open && (
        <Caption1 as="p" block className="hint" data-testid={`review-finding-basis-${index}`}>
          {text.basis}
          <Marked text={pick(f.source, language)} language={language} />
          {f.formula ? ` · ${text.formula}${f.formula}` : ""}
        </Caption1>
      )}
    </li>
  );
}
