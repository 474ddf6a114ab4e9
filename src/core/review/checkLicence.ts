/**
 * 矿区范围拐点坐标表 (浙自然资规〔2025〕6号 附件 五(二).7 ✅): the area the corners enclose, by the engine's shoelace
 * formula (=MINE.LICENCE_AREA), against the 矿区面积 the plan states — over or under the table ("矿区面积：0.0750
 * km²"), or in a row of it labelled 面积. Units km², 平方公里, m², 公顷 (hm²) and 亩 are read; the stated figure is
 * trusted to the digits written.
 */
import { MineError } from "../errors";
import { licenceArea } from "../licence/area";
import { writtenHalfUnit } from "./grid";
import { TableRow } from "./locate";
import { RULES } from "./rules";
import { TableCheck, quantity } from "./tableCheck";

export interface LicenceFacts {
  readonly sheet: string;
  readonly range: string;
  readonly corners: number;
  /** The area the corners enclose, m², when they could be read and form a simple polygon. */
  readonly area?: number;
  /** The area the plan states, m², and where it was read. */
  readonly stated?: { readonly value: number; readonly text: string };
}

/** Square metres per unit of area as plans write it. */
const AREA_UNITS: readonly (readonly [RegExp, number])[] = [
  [/^(km2|km²|平方公里|平方千米)$/i, 1e6],
  [/^(hm2|hm²|公顷|ha)$/i, 1e4],
  [/^亩$/, 10_000 / 15],
  [/^(m2|m²|平方米)$/i, 1],
];

const AREA = /面积[^\d\n]{0,12}?(\d+(?:\.\d+)?)\s*(km2|km²|平方公里|平方千米|hm2|hm²|公顷|ha|亩|m2|m²|平方米)/i;

/** An area written in a text, in m², with how far its digits may be off. */
export function areaIn(text: string): { value: number; halfUnit: number; text: string } | undefined {
  const found = AREA.exec(text.replace(/\s+/g, " "));
  if (!found) return undefined;
  const [, digits, unit] = found;
  const perUnit = AREA_UNITS.find(([pattern]) => pattern.test(unit))?.[1];
  if (perUnit === undefined) return undefined;
  const number = Number(digits);
  return { value: number * perUnit, halfUnit: writtenHalfUnit(digits) * perUnit, text: found[0] };
}

/** Whether a row of the table states the area instead of a corner ("矿区面积 | 0.0750 | km²"). */
function isAreaRow(row: TableRow): boolean {
  return /面积/.test(row.label);
}

/** The 矿区范围拐点坐标表: its corners' area against the stated 矿区面积. */
export function checkCorners(check: TableCheck, around: readonly string[]): LicenceFacts {
  const { table, reader } = check;
  const cornerRows = table.rows.filter((row) => !isAreaRow(row));
  const areaRows = table.rows
    .filter(isAreaRow)
    .map((row) => Object.values(row.cells).map((cell) => String(cell.value)));
  const stated = [...areaRows.map((cells) => cells.join(" ")), ...around].map(areaIn).find((area) => area);
  const facts = { sheet: check.sheet, range: table.range, corners: cornerRows.length };
  const xs: number[] = [];
  const ys: number[] = [];
  for (const row of cornerRows) {
    const x = check.input(row, "x");
    const y = check.input(row, "y");
    if (x === undefined || y === undefined) {
      check.recorder.skip(RULES.licenceArea, check.scope, check.reasonFor(row, false));
      return facts;
    }
    xs.push(x);
    ys.push(y);
  }
  let area: number;
  try {
    area = licenceArea(xs, ys);
  } catch (error) {
    if (!(error instanceof MineError)) throw error;
    const first = reader.get(cornerRows[0], "x");
    check.invalid("x", first, error, table.range.split(":")[0]);
    return facts;
  }
  if (!stated) {
    check.recorder.inapplicable(RULES.licenceArea, check.scope, {
      zh: `拐点围成 ${quantity(area / 1e6, "km²")}；表上下未找到方案所写的矿区面积`,
      en: `the corners enclose ${quantity(area / 1e6, "km²")}; no stated licence area was found above or below the table`,
    });
    return { ...facts, area };
  }
  const slack = Math.max(stated.halfUnit, 1e-6 * area);
  if (Math.abs(stated.value - area) <= slack) check.recorder.pass(RULES.licenceArea, check.scope);
  else {
    check.recorder.flag(RULES.licenceArea, check.scope, {
      cell: table.range.split(":")[0],
      stated: stated.text,
      recomputed: quantity(area / 1e6, "km²"),
      format: "text",
      note: {
        zh: `方案写“${stated.text}”，${cornerRows.length} 个拐点围成 ${quantity(area / 1e6, "km²")}(${quantity(area, "m²")})`,
        en: `the plan states "${stated.text}"; the ${cornerRows.length} corners enclose ${quantity(area / 1e6, "km²")} (${quantity(area, "m²")})`,
      },
    });
  }
  return { ...facts, area, stated: { value: stated.value, text: stated.text } };
}
