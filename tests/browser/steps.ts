// Reading the assessment pages, and the steps several flows take to reach the state they test.
import { expect, type Page } from "@playwright/test";
import { CONFIDENCE_WORDS, type ConfidenceMark } from "../../src/core/confidence";
import { EXPECTED_COUNT, type FunctionMetadata, type Site } from "./fixtures";

/** Vote counts per grade (优 良 中 差) of the nine Table 1 indicators, category by category. */
export const VOTES = [
  [
    [5, 3, 2, 0],
    [2, 5, 2, 1],
    [4, 4, 1, 1],
  ],
  [
    [1, 3, 4, 2],
    [3, 4, 2, 1],
    [2, 2, 4, 2],
  ],
  [
    [6, 3, 1, 0],
    [3, 3, 3, 1],
    [2, 5, 2, 1],
  ],
];

/** Each indicator's vote shares (its membership row), in the order of the global weights. */
export const voteShares = (): number[][] => VOTES.flat().map((v) => v.map((n) => n / v.reduce((x, y) => x + y, 0)));

/** B under M(·,+): Σ global weight × membership row. */
export const weightedSum = (globals: number[], rows: number[][]): number[] =>
  [0, 1, 2, 3].map((j) => rows.reduce((acc, r, i) => acc + globals[i] * r[j], 0));

/**
 * Opens a page of the pane by its tab; a tab that does not fit in the row (the pane at 320–350 px) is reached
 * through the "more" menu, after which it stands in the row as the open page's tab.
 */
export async function openTab(page: Page, id: string): Promise<void> {
  const tab = page.getByTestId(`tab-${id}`);
  if (!(await tab.isVisible())) {
    await page.getByTestId("tab-more").click();
    await page.getByTestId(`tab-menu-${id}`).click();
  } else await tab.click();
  await expect(tab, `the tab ${id} did not open`).toHaveAttribute("aria-selected", "true");
}

export const textOf = async (page: Page, testId: string): Promise<string> =>
  (await page.getByTestId(testId).textContent()) || "";

export const numberAt = async (page: Page, testId: string): Promise<number> => Number(await textOf(page, testId));

/** Text of every header cell of the judgement matrix shown on the weights page. */
export const matrixLabels = (page: Page): Promise<(string | null)[]> =>
  page.$$eval("[data-testid=judgement-matrix] thead th", (ths) => ths.slice(1, -1).map((th) => th.textContent));

/** The global weights shown on the weights page. */
export const globalWeights = (page: Page): Promise<number[]> =>
  page.$$eval("[data-testid^=global-weight-]", (tds) => tds.map((td) => Number(td.textContent)));

/** The overall evaluation vector B shown on the fuzzy page. */
export const overallB = (page: Page): Promise<number[]> =>
  page.$$eval("[data-testid=b-overall] td", (tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));

/** Waits until the number shown in `testId` moves away from `was`. */
export const waitForChange = (page: Page, testId: string, was: number) =>
  page.waitForFunction(
    ({ selector, was }) => Math.abs(Number(document.querySelector(selector)!.textContent) - was) > 1e-4,
    { selector: `[data-testid="${testId}"]`, was },
  );

/**
 * The group the assessment flows work with, as the weights flow leaves it: a second expert who judges the first two
 * categories differently and weighs 3. Ends on the weights page.
 */
export async function addSecondExpert(page: Page): Promise<void> {
  await openTab(page, "weights");
  await page.getByTestId("matrix-select").selectOption("categories");
  await page.getByTestId("add-expert").click();
  const group = await numberAt(page, "group-weight-0");
  const judgement = await page.getByTestId("judgement-0-1").inputValue();
  await page.getByTestId("judgement-0-1").selectOption(judgement === "5" ? "7" : "5");
  await waitForChange(page, "group-weight-0", group);
  const moved = await numberAt(page, "group-weight-0");
  await page.getByTestId("expert-weight").fill("3");
  await waitForChange(page, "group-weight-0", moved);
}

/** Enters VOTES on the fuzzy page and waits for the verdict. */
export async function enterVotes(page: Page): Promise<void> {
  await openTab(page, "fuzzy");
  await page.getByTestId("fuzzy-panel").waitFor();
  for (let k = 0; k < 3; k++)
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 4; j++) await page.getByTestId(`vote-${k}-${i}-${j}`).fill(String(VOTES[k][i][j]));
  await page.getByTestId("verdict").waitFor();
}

/** Runs the Monte-Carlo sensitivity on the fuzzy page and waits for its summary. */
export async function runSensitivity(page: Page): Promise<void> {
  await page.getByTestId("run-sensitivity").click();
  await page.getByTestId("sensitivity-summary").waitFor();
}

export interface ListEntry {
  term: string;
  description: string;
}

/** The function list (#functions): each term with the description after it. */
export const functionEntries = (page: Page): Promise<ListEntry[]> =>
  page.$$eval("#functions dt", (dts) =>
    dts.map((dt) => {
      const dd = dt.nextElementSibling && dt.nextElementSibling.tagName === "DD" ? dt.nextElementSibling : null;
      return { term: dt.textContent || "", description: dd ? dd.textContent || "" : "" };
    }),
  );

/**
 * The list shows every function of `metadata`, in order, each with the description of the metadata, its confidence
 * marks shown as their words (src/core/confidence.ts).
 */
export function expectList(entries: ListEntry[], site: Site, metadata: FunctionMetadata[], language: string): void {
  const words = (text: string) =>
    text.replace(
      /✅|🔶|❓/gu,
      (mark) => CONFIDENCE_WORDS[mark as ConfidenceMark][language === "English" ? "en" : "zh"],
    );
  expect(site.ids.length, `dist-test/functions.json has ${site.ids.length} functions, expected ${EXPECTED_COUNT}`).toBe(
    EXPECTED_COUNT,
  );
  expect(entries.length, `#functions lists ${entries.length} functions, expected ${EXPECTED_COUNT}`).toBe(
    EXPECTED_COUNT,
  );
  metadata.forEach((fn, i) => {
    const { term, description } = entries[i];
    expect(term.startsWith(`MINE.${fn.id}(`), `entry ${i + 1} is "${term}", expected MINE.${fn.id}(…)`).toBe(true);
    expect(description.trim(), `MINE.${fn.id} has no description`).not.toBe("");
    expect(
      description.startsWith(words(fn.description)),
      `MINE.${fn.id}: ${language} description "${description.slice(0, 60)}…" does not match the metadata`,
    ).toBe(true);
  });
}
