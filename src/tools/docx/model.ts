/**
 * A Word document as plain data, for the small WordprocessingML writer (write.ts): sections of A4 pages, each a list
 * of blocks — paragraphs (headings, notes), tables with header rows, borders and merged cells, and native charts
 * (chart.ts). Reports are built as this model (report content in evaluation.ts, review.ts) and written in one go.
 */

/** A run of text with its emphasis; a plain string is a run without any. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Hex RGB without '#', e.g. "C00000". */
  readonly color?: string;
}

export type Inline = string | Run;

/** The paragraph styles of styles.ts. */
export type ParagraphStyle = "Title" | "Heading1" | "Heading2" | "Heading3" | "Normal" | "Note" | "Caption";

export interface Paragraph {
  readonly kind: "paragraph";
  readonly style?: ParagraphStyle;
  readonly runs: readonly Inline[];
  readonly align?: "left" | "center" | "right";
}

export interface TableCell {
  /** Text (lines split on "\n") or runs. */
  readonly content: string | readonly Inline[];
  /** Columns this cell spans (gridSpan). */
  readonly span?: number;
  /** Vertical merge: "restart" opens a merged cell, "continue" is covered by the one above. */
  readonly vMerge?: "restart" | "continue";
  readonly align?: "left" | "center" | "right";
  readonly bold?: boolean;
  /** Hex RGB fill without '#'. */
  readonly shade?: string;
}

export interface Table {
  readonly kind: "table";
  /** Header rows: repeated on every page, shaded and bold. */
  readonly header: readonly (readonly TableCell[])[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Relative column widths (any unit); equal when absent. */
  readonly widths?: readonly number[];
  /** Font size in points (default 9). */
  readonly fontSize?: number;
  /** Minimum row height in centimetres (an empty box to write in). */
  readonly minHeight?: number;
  /** A caption paragraph over the table. */
  readonly caption?: string;
}

export interface ChartSeries {
  readonly name: string;
  /** One value per category; null leaves a gap (a line chart breaks there). */
  readonly values: readonly (number | null)[];
}

export interface Chart {
  readonly kind: "chart";
  /** bar: horizontal bars; column: vertical bars; line: a line with markers. */
  readonly type: "bar" | "column" | "line";
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Excel number format of the values (axis and labels), e.g. "0.0000". */
  readonly numberFormat?: string;
  /** Size in centimetres (default 16 × 9). */
  readonly width?: number;
  readonly height?: number;
}

export type Block = Paragraph | Table | Chart;

export interface Section {
  readonly orientation: "portrait" | "landscape";
  readonly blocks: readonly Block[];
}

export interface DocxDocument {
  /** The document's title (core properties). */
  readonly title: string;
  /** The language of its text: sets w:lang so spelling and fonts follow it. */
  readonly language: "zh" | "en";
  readonly sections: readonly Section[];
  readonly creator?: string;
}

/** A paragraph of `style` with the given runs. */
export function paragraph(style: ParagraphStyle, ...runs: Inline[]): Paragraph {
  return { kind: "paragraph", style, runs };
}

/** A cell of plain text. */
export function cell(content: string | number, options: Omit<TableCell, "content"> = {}): TableCell {
  return { content: String(content), ...options };
}
