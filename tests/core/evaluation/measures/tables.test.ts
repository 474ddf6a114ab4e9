/**
 * Tables 2–4 of T/XZBX 0088—2025 as transcribed: every cell against the standard's text (when the team's copy of it
 * sits beside this clone), the row counts, and the rule that a link is the standard's (✅) exactly when the row's own
 * words name the Table 1 indicator, and our reading (🔶) otherwise.
 */
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { TABLE1 } from "../../../../src/core/evaluation/indicators";
import { MEASURE_TABLES, MeasureTable, table1Indicator } from "../../../../src/core/evaluation/measures";

const SEED = resolve(__dirname, "../../../../..", "shared", "seeds", "000_bcbb91e60e5b583c.txt");

/**
 * A table of the seed text: after the line holding its caption, each cell is a line starting with a tab and rows
 * are separated by an empty line; the table ends at the first line that is neither. The first row is the header.
 */
function seedTable(text: string, caption: string): { lines: string[]; header: string[]; rows: string[][] } {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === caption);
  if (start < 0) throw new Error(`caption "${caption}" not found in the seed`);
  const rows: string[][] = [];
  let row: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("\t")) row.push(line.slice(1).trim());
    else if (line.trim() === "") {
      if (row.length > 0) rows.push(row);
      row = [];
    } else break;
  }
  if (row.length > 0) rows.push(row);
  return { lines: lines.slice(0, start), header: rows[0], rows: rows.slice(1) };
}

const HAN = /[\u3400-\u9fff]/;
const allIndicators = TABLE1.flatMap((c) => c.indicators);

describe("Tables 2–4 against the standard's text", () => {
  if (!existsSync(SEED)) {
    it.skip(`skipped: the standard's text is not at ${SEED} (it ships in the team's shared/ folder, beside this clone)`, () => {});
    return;
  }
  const text = readFileSync(SEED, "utf8");

  it.each(MEASURE_TABLES.map((t) => [t.number, t] as const))(
    "表%i: caption, headers and every cell verbatim",
    (_, table) => {
      const seed = seedTable(text, table.caption.zh);
      expect(seed.header).toEqual(table.columns.map((c) => c.zh));
      expect(table.rows.map((r) => r.cells.map((c) => c.zh))).toEqual(seed.rows);
      // The paragraph just before the caption refers to the table by its number ("…见表2。").
      const before = seed.lines.filter((line) => line.trim() !== "").pop();
      expect(before).toContain(`见表${table.number}`);
    },
  );

  it("counts 4, 5 and 4 rows in the seed (表2 管理环节, 表3 数据类别, 表4 修复类型)", () => {
    expect(MEASURE_TABLES.map((t) => seedTable(text, t.caption.zh).rows.length)).toEqual([4, 5, 4]);
  });
});

describe("MEASURE_TABLES", () => {
  it("are 表2, 表3 and 表4 with 4, 5 and 4 rows, each row as wide as its header", () => {
    expect(MEASURE_TABLES.map((t) => [t.number, t.rows.length])).toEqual([
      [2, 4],
      [3, 5],
      [4, 4],
    ]);
    for (const table of MEASURE_TABLES) {
      for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
    }
  });

  const rows = MEASURE_TABLES.flatMap((table) => table.rows.map((row) => ({ table, row })));
  const label = ({ table, row }: { table: MeasureTable; row: MeasureTable["rows"][number] }) =>
    `表${table.number} ${row.cells[0].zh}`;

  it("link only Table 1 indicators that exist, each at most once per row", () => {
    for (const entry of rows) {
      const ids = entry.row.links.map((l) => l.indicator);
      for (const id of ids) expect(allIndicators.map((i) => i.id)).toContain(id);
      expect([label(entry), new Set(ids).size]).toEqual([label(entry), ids.length]);
    }
  });

  it("mark a link as the standard's exactly when the row's own cell names the Table 1 indicator", () => {
    for (const entry of rows) {
      const words = entry.row.cells.map((c) => c.zh).join("｜");
      for (const indicator of allIndicators) {
        const link = entry.row.links.find((l) => l.indicator === indicator.id);
        const named = words.includes(indicator.name.zh);
        expect([label(entry), indicator.id, named]).toEqual([label(entry), indicator.id, link?.basis === "standard"]);
        if (link?.basis === "standard") expect(entry.row.cells[link.column].zh).toContain(indicator.name.zh);
      }
    }
  });

  it("give the standard's links where its tables name Table 1 indicators, and every other link a reason", () => {
    const standard = rows.flatMap((entry) =>
      entry.row.links.filter((l) => l.basis === "standard").map((l) => `${label(entry)} → ${l.indicator}`),
    );
    expect(standard).toEqual([
      "表2 资源节约利用 → utilization",
      "表3 资源类数据 → reserve-change",
      "表3 资源类数据 → utilization",
    ]);
    for (const link of rows.flatMap((entry) => entry.row.links)) {
      if (link.basis === "reading") expect(link.reason.zh.length * link.reason.en.length).toBeGreaterThan(0);
    }
  });

  it("say why a row has no Table 1 indicator, and only then", () => {
    for (const entry of rows)
      expect([label(entry), entry.row.unlinked !== undefined]).toEqual([label(entry), entry.row.links.length === 0]);
    expect(rows.filter((e) => e.row.links.length === 0).map(label)).toEqual(["表2 安全与职业健康", "表3 管理类数据"]);
    // No Table 1 indicator concerns safety, which is why 安全与职业健康 has none.
    expect(allIndicators.some((i) => /安全|健康/.test(i.name.zh + i.items.zh + i.purpose.zh))).toBe(false);
  });

  it("gloss every cell and reason in English (no Chinese left in the English half)", () => {
    for (const table of MEASURE_TABLES) {
      for (const pair of [table.caption, table.clause, ...table.columns]) expect(pair.en).not.toMatch(HAN);
      for (const row of table.rows) {
        for (const pair of row.cells) expect(pair.en).not.toMatch(HAN);
        for (const link of row.links) if (link.basis === "reading") expect(link.reason.en).not.toMatch(HAN);
        if (row.unlinked) expect(row.unlinked.en).not.toMatch(HAN);
      }
    }
  });

  it("throw for an id Table 1 does not have", () => {
    expect(() => table1Indicator("safety")).toThrow(RangeError);
    expect(table1Indicator("utilization").category.zh).toBe("资源类");
  });
});
