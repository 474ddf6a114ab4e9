/**
 * The built-in table against domain.md §2, row by row: every row of tests/fixtures/min-rates.json (transcribed from
 * domain.md with its document and URL) is answered with its value and its document, every table row is reached by
 * exactly one fixture row, and nothing ❓ is in the table.
 */
import {
  DOCUMENTS,
  DocumentId,
  GAPS,
  MinimumQuery,
  ROWS,
  StandardDocument,
  StandardRow,
  findMinimum,
  isUnverified,
  minRate,
  minRateSource,
} from "../../../src/core/standards";
import { MIN_RATE_CASES, MIN_RATE_DOCUMENTS, MinRateCase, acknowledgedCondition } from "../../support/minRates";

const query = (c: MinRateCase, condition = acknowledgedCondition(c)): MinimumQuery => ({
  mineral: c.mineral,
  indicator: c.indicator,
  method: c.method || null,
  condition: condition || null,
});

describe.each(MIN_RATE_CASES)("$mineral $method $indicator “$condition”", (c) => {
  const document = MIN_RATE_DOCUMENTS[c.document];

  it(`is ${c.value} from ${document.cited} (${c.source})`, () => {
    expect(minRate(query(c))).toBeCloseTo(c.value, 12);
    const row = findMinimum(query(c)).row as StandardRow;
    expect(row.confidence).toBe(c.confidence);
    const doc: StandardDocument = DOCUMENTS[row.document];
    expect([row.url, ...doc.urls]).toContain(document.url);
  });

  it(`names ${document.identifies} and its mark in MIN_RATE_SOURCE`, () => {
    const text = minRateSource(query(c));
    expect(text).toContain(document.identifies);
    expect(text.startsWith(c.confidence === "✅" ? "✅ " : "🔶 待核实(")).toBe(true);
    expect(text).toContain(`≥${Math.round(c.value * 100)}%`);
  });

  if (c.confidence === "🔶") {
    it("answers without 待核实, and is flagged as unverified (issue 9 §3)", () => {
      expect(minRate(query(c, c.condition))).toBeCloseTo(c.value, 12);
      expect(isUnverified(findMinimum(query(c, c.condition)))).toBe(true);
    });
  }
});

describe("the built-in table", () => {
  it("has exactly the rows of domain.md §2 in the fixture, each reached by one fixture row", () => {
    const reached = new Set(MIN_RATE_CASES.map((c) => findMinimum(query(c)).row));
    expect(reached.size).toBe(MIN_RATE_CASES.length);
    expect(ROWS.length).toBe(MIN_RATE_CASES.length);
    for (const row of ROWS) expect(reached.has(row)).toBe(true);
  });

  it("holds printed percentages, and a reason for every 🔶 row", () => {
    for (const row of ROWS) {
      expect(Number.isInteger(row.percent) && row.percent > 0 && row.percent <= 100).toBe(true);
      if (row.confidence === "🔶") expect(row.doubt?.zh.length).toBeGreaterThan(5);
    }
  });

  it("gives every document that may have to be named a word that names it", () => {
    const groups = new Map<string, Set<DocumentId>>();
    for (const row of ROWS) {
      const key = `${row.mineral}|${row.indicator}|${row.method}`;
      groups.set(key, (groups.get(key) ?? new Set()).add(row.document));
    }
    for (const documents of groups.values()) {
      for (const id of documents) {
        const doc: StandardDocument = DOCUMENTS[id];
        if (documents.size > 1 || !doc.sanlvNotice) expect(doc.words?.length).toBeGreaterThan(0);
      }
    }
  });

  it("leaves out what domain.md marks ❓ (gold underground and processing, 水晶, 石煤, 钛矿, copper underground)", () => {
    const has = (mineral: string, indicator?: string, method?: string) =>
      ROWS.some(
        (r) =>
          r.mineral === mineral &&
          (indicator === undefined || r.indicator === indicator) &&
          (method === undefined || r.method === method),
      );
    expect(has("金", "PROCESS")).toBe(false);
    expect(has("金", "RECOVERY", "UNDERGROUND")).toBe(false);
    expect(has("铜", "RECOVERY", "UNDERGROUND")).toBe(false);
    expect(has("铅锌", "RECOVERY", "UNDERGROUND")).toBe(false);
    for (const mineral of ["水晶", "石煤", "钛矿", "钨", "锰"]) expect(has(mineral)).toBe(false);
    expect(GAPS.filter((g) => g.note.zh.includes("❓")).length).toBeGreaterThan(10);
  });
});
