/**
 * Selections and pasted text as engineers bring them in: the values Excel reports for a selection (numbers for
 * typed numbers and formulas such as =1/3, text for cells formatted as text) and the text Excel puts on the
 * clipboard (tab-separated rows, CRLF, as shown: 0.333333 for =1/3 in a General cell).
 */
import { SourceGrid } from "../../../../src/core/evaluation/import";

export const selection = (values: unknown[][], address = "B2", sheet = "判断"): SourceGrid => {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { values, origin: { sheet, row: Number(match[2]) - 1, column } };
};

/** The BPMSG sample matrix (Goepel): weights 0.279 / 0.072 / 0.649, CR 0.0559. */
export const BPMSG = [
  [1, 5, 1 / 3],
  [1 / 5, 1, 1 / 7],
  [3, 7, 1],
];

/** The same matrix copied from Excel with its labels, =1/3 shown as 0.333333 in General format. */
export const BPMSG_PASTED_FULL =
  "\t资源类\t环境类\t社会类\r\n资源类\t1\t5\t0.333333\r\n环境类\t0.2\t1\t0.142857\r\n社会类\t3\t7\t1\r\n";

/** Only its upper triangle, fractions as typed in text cells and in full-width. */
export const BPMSG_PASTED_UPPER = "1\t5\t1/3\n\t1\t１／７\n\t\t1\n";

/** Votes of ten experts over 优/良/中/差 for three indicators, with the header row and label column. */
export const VOTES_TABLE = [
  ["指标", "优", "良", "中", "差"],
  ["资源储量", 5, 3, 2, ""],
  ["开采回采率", 2, 5, 2, 1],
  ["综合利用率", 4, 4, 1, 1],
];
