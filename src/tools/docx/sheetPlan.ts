/**
 * A {@link SheetPlan} (what the add-in writes into a sheet) as document blocks, so that a report written as a sheet
 * and the same report filed as a Word document say the same words from one source. Read row by row:
 * - a title cell: the document's title (a sheet's marker in it — the text that identifies the sheet — is left out);
 * - a heading cell: a heading;
 * - a row of two or more labels: a table's header; the rows under it, up to a blank row or a heading, its body;
 * - rows whose first cell is a label and which hold more (a label and its value): a two- or three-column table;
 * - a lone input cell (where the expert group writes): an empty box to write in;
 * - any other row: a paragraph (a label alone in bold).
 * Numbers are shown as their number format shows them; each table's columns are as wide as their longest text
 * (within bounds), the sheet's column widths being made for the sheet's columns, not for each table of it.
 */
import { CellRole, PlannedCell, SheetPlan } from "../../core/workbook/sheetPlan";
import { Block, Inline, ParagraphStyle, TableCell, paragraph } from "./model";

/** A number as an Excel number format of the plans shows it (percent, fixed decimals, thousands, fractions). */
export function formatNumber(value: number, format?: string): string {
  if (!format || format === "General") return String(Number(value.toPrecision(12)));
  const percent = format.endsWith("%");
  const shown = percent ? value * 100 : value;
  if (format.includes("?/?")) return fraction(value);
  const decimals = /\.([0#]+)/.exec(format)?.[1] ?? "";
  const fixed = decimals.replace(/#/g, "").length;
  const optional = decimals.length - fixed;
  const grouped = format.includes(",");
  let text = shown.toLocaleString("en-US", {
    minimumFractionDigits: fixed,
    maximumFractionDigits: fixed + optional,
    useGrouping: grouped,
  });
  if (text === "-0") text = "0";
  return percent ? `${text}%` : text;
}

/** A judgement as "1/3" or "5", as the fraction format "# ?/?" shows it. */
function fraction(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const inverse = 1 / value;
  if (Math.abs(inverse - Math.round(inverse)) < 1e-9) return `1/${Math.round(inverse)}`;
  return String(Number(value.toPrecision(6)));
}

interface Shown {
  readonly column: number;
  readonly role: CellRole;
  readonly text: string;
}

function shownOf(cell: PlannedCell): Shown {
  const value = cell.value;
  const text = typeof value === "number" ? formatNumber(value, cell.numberFormat) : (value ?? "");
  return { column: cell.column, role: cell.role, text };
}

/** The plan's cells by row, each row by column. */
function rowsOf(plan: SheetPlan): Shown[][] {
  const rows: Shown[][] = [];
  for (const cell of plan.cells) (rows[cell.row] ??= []).push(shownOf(cell));
  return Array.from({ length: rows.length }, (_, r) => (rows[r] ?? []).sort((a, b) => a.column - b.column));
}

const isBlankRow = (row: readonly Shown[]) => row.every((cell) => cell.text === "" && cell.role !== "input");
const isHeaderRow = (row: readonly Shown[]) => row.filter((cell) => cell.role === "label").length >= 2;
const isPairRow = (row: readonly Shown[]) => row.length >= 2 && row[0].column === 0 && row[0].role === "label";

export interface PlanBlocksOptions {
  /** Text that identifies a sheet (its A1 marker): left out of a title that starts with it. */
  readonly markers?: readonly string[];
  /** The style the plan's first title takes (later titles are titles). */
  readonly titleStyle?: ParagraphStyle;
  /** Font size of the tables, in points. */
  readonly fontSize?: number;
}

/** A title without the sheet's marker; "" when nothing else is left. */
function withoutMarker(text: string, markers: readonly string[]): string {
  const marker = markers.find((m) => text.startsWith(m));
  return marker ? text.slice(marker.length).replace(/^[\s:：]+/, "") : text;
}

function tableCells(row: readonly Shown[], columns: number): TableCell[] {
  const cells: TableCell[] = Array.from({ length: columns }, () => ({ content: "" }));
  for (const shown of row) {
    if (shown.column < columns) cells[shown.column] = { content: shown.text, bold: shown.role === "label" };
  }
  return cells;
}

/** How wide a text shows, in Latin characters: a CJK character (or a full-width one) counts two. */
function displayWidth(text: string): number {
  let longest = 0;
  for (const line of text.split("\n")) {
    let width = 0;
    for (const ch of line) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
    longest = Math.max(longest, width);
  }
  return longest;
}

/** A cell's content as plain text. */
const plainText = (content: TableCell["content"]): string =>
  typeof content === "string" ? content : content.map((run) => (typeof run === "string" ? run : run.text)).join("");

/** Relative widths of a table's columns: each column's widest text (at least 4 and at most 30 characters) and its margins. */
function contentWidths(rows: readonly (readonly TableCell[])[]): number[] {
  const columns = Math.max(...rows.map((row) => row.length));
  return Array.from({ length: columns }, (_, j) => {
    const widest = Math.max(0, ...rows.map((row) => displayWidth(plainText(row[j]?.content ?? ""))));
    return 3 + Math.min(30, Math.max(4, widest)); // 3 for the cell's margins
  });
}

/** The blocks of the plan, in the order of its rows. */
export function planBlocks(plan: SheetPlan, options: PlanBlocksOptions = {}): Block[] {
  const rows = rowsOf(plan);
  const blocks: Block[] = [];
  let titles = 0;
  let r = 0;
  while (r < rows.length) {
    const row = rows[r];
    if (isBlankRow(row)) {
      r++;
      continue;
    }
    const first = row[0];
    if (first.role === "title") {
      const text = withoutMarker(first.text, options.markers ?? []);
      const next = rows.slice(r + 1).find((later) => !isBlankRow(later));
      // a marker's line followed by the real title says nothing the title does not
      if (text && !(text !== first.text && next?.[0]?.role === "title")) {
        blocks.push(paragraph(titles === 0 ? (options.titleStyle ?? "Title") : "Title", text));
        titles++;
      }
      r++;
    } else if (first.role === "heading") {
      blocks.push(paragraph("Heading2", first.text));
      r++;
    } else if (isHeaderRow(row)) {
      const columns = row[row.length - 1].column + 1;
      const body: TableCell[][] = [];
      r++;
      while (r < rows.length && !isBlankRow(rows[r]) && !["heading", "title"].includes(rows[r][0].role)) {
        // a new header, a label alone, or a lone cell under rows (a line under the table) ends the table; a lone
        // cell as the first row ("none") is the table's
        if (isHeaderRow(rows[r]) && rows[r].every((c) => c.role === "label")) break;
        if (rows[r].length === 1 && (rows[r][0].role === "label" || body.length > 0)) break;
        body.push(tableCells(rows[r], columns));
        r++;
      }
      blocks.push({
        kind: "table",
        header: [tableCells(row, columns)],
        rows: body,
        widths: contentWidths([tableCells(row, columns), ...body]),
        fontSize: options.fontSize ?? 9,
      });
    } else if (isPairRow(row)) {
      const pairs: Shown[][] = [];
      while (r < rows.length && isPairRow(rows[r]) && !isHeaderRow(rows[r])) pairs.push(rows[r++]);
      const columns = Math.max(...pairs.map((pair) => pair[pair.length - 1].column + 1));
      blocks.push({
        kind: "table",
        header: [],
        rows: pairs.map((pair) => tableCells(pair, columns).map((c, j) => (j === 0 ? { ...c, shade: "F2F2F2" } : c))),
        widths: contentWidths(pairs.map((pair) => tableCells(pair, columns))),
        fontSize: options.fontSize ?? 9,
      });
    } else if (row.length === 1 && first.role === "input") {
      blocks.push({ kind: "table", header: [], rows: [[{ content: "" }]], minHeight: 2 });
      r++;
    } else {
      const runs: Inline[] = row
        .filter((c) => c.text !== "")
        .map((c, i) => ({ text: i > 0 ? `  ${c.text}` : c.text, bold: c.role === "label" }));
      blocks.push(paragraph("Normal", ...runs));
      r++;
    }
  }
  return blocks;
}
