/**
 * 附件 六.6 (浙自然资规〔2025〕6号 ✅): "拟建生产规模、初步估算的矿山服务年限是否合理，是否满足最低生产规模要求". Plans
 * state these in sentences ("矿山设计生产规模 30 万t/a，服务年限约 12 年，基建期 1 年"), not tables: the review reads
 * them from any text cell, holds the stated scale to a minimum scale the plan states (no national or Zhejiang value
 * was found with a source: README), and recomputes the service life as 设计可采储量 ÷ 生产规模 (the engine's
 * SERVICE_LIFE), with the 基建期 added where the plan names one — a 提示 when it differs, since a reserve factor,
 * the dilution or the years to full output may explain it.
 */
import { serviceLife } from "../reserves/reserves";
import { SheetGrid, cellAddress } from "../workbook/sheetPlan";
import { ReservesFacts } from "./checkReserves";
import { textOf, writtenHalfUnit } from "./grid";
import { tonnesOf } from "./read";
import { Recorder } from "./record";
import { RULES } from "./rules";
import { figureOf, quantity } from "./tableCheck";

/** A figure a sentence states, where, and how far its digits may be off. */
export interface StatedFigure {
  readonly value: number;
  readonly halfUnit: number;
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface LifeFacts {
  /** 生产规模 in t/a. */
  readonly scale?: StatedFigure;
  readonly minimumScale?: StatedFigure;
  /** 服务年限 and 基建期 in years. */
  readonly serviceLife?: StatedFigure;
  readonly construction?: StatedFigure;
  /** 设计可采储量 ÷ 生产规模, years. */
  readonly recomputed?: number;
}

const RATE_UNIT = "(万t\\/a|万吨\\/年|万t\\/年|万吨\\/a|万吨|万t|t\\/a|吨\\/年)";
const NUMBER = "(\\d+(?:\\.\\d+)?)";
const PATTERNS = {
  minimumScale: new RegExp(`最低(?:开采|生产|建设)?规模[^\\d\\n]{0,8}?${NUMBER}\\s*${RATE_UNIT}`),
  scale: new RegExp(`(?:生产规模|设计规模|生产能力|建设规模)[^\\d\\n]{0,8}?${NUMBER}\\s*${RATE_UNIT}`),
  serviceLife: new RegExp(`服务年限[^\\d\\n]{0,8}?${NUMBER}\\s*(?:年|a\\b)`),
  construction: new RegExp(`基建期[^\\d\\n]{0,6}?${NUMBER}\\s*(?:年|a\\b)`),
} as const;

const PATTERN_ENTRIES = Object.entries(PATTERNS) as [keyof typeof PATTERNS, RegExp][];
/** A word each pattern needs: a text without any of them states no figure (a table's 200,000 labels skip here). */
const KEYWORDS = ["规模", "生产能力", "服务年限", "基建期"];

function tonnesPerYear(unit: string): number {
  return unit.startsWith("万") ? 1e4 : 1;
}

/** The first figure of each kind the workbook's text cells state. */
export function lifeFigures(sheets: readonly { name: string; grid: SheetGrid }[]): Omit<LifeFacts, "recomputed"> {
  const found: Partial<Record<keyof typeof PATTERNS, StatedFigure>> = {};
  for (const { name, grid } of sheets) {
    grid.values.forEach((cells, row) =>
      cells.forEach((value, column) => {
        if (typeof value !== "string" || value.length > 400) return;
        const text = textOf(value);
        if (!KEYWORDS.some((keyword) => text.includes(keyword))) return;
        for (const [kind, pattern] of PATTERN_ENTRIES) {
          // a minimum scale is not the plan's scale: the scale pattern is tried on the text without it
          const searched = kind === "scale" ? text.replace(PATTERNS.minimumScale, "") : text;
          const match = found[kind] ? null : pattern.exec(searched);
          if (!match) continue;
          const digits = match[1];
          const factor = kind === "scale" || kind === "minimumScale" ? tonnesPerYear(match[2]) : 1;
          found[kind] = {
            value: Number(digits) * factor,
            halfUnit: writtenHalfUnit(digits) * factor,
            text: match[0],
            sheet: name,
            cell: cellAddress(row, column),
          };
        }
      }),
    );
  }
  return found;
}

/** 设计可采储量 of the first design table that states it, in tonnes. */
function recoverableTonnes(reserves: readonly ReservesFacts[]): number | undefined {
  for (const table of reserves) {
    const tonnes = tonnesOf(table.unit);
    if (table.recoverable !== undefined && tonnes !== undefined) return table.recoverable * tonnes;
  }
  return undefined;
}

/** The scale against the plan's minimum scale, and the stated service life against 设计可采储量 ÷ 生产规模. */
export function checkLife(
  recorder: Recorder,
  sheets: readonly { name: string; grid: SheetGrid }[],
  reserves: readonly ReservesFacts[],
): LifeFacts {
  const figures = lifeFigures(sheets);
  const { scale, minimumScale, serviceLife: stated, construction } = figures;
  if (scale && minimumScale) {
    const scope = { sheet: scale.sheet };
    if (scale.value + scale.halfUnit >= minimumScale.value) recorder.pass(RULES.minimumScale, scope);
    else {
      recorder.flag(RULES.minimumScale, scope, {
        cell: scale.cell,
        stated: scale.text,
        recomputed: minimumScale.text,
        format: "text",
        note: {
          zh: `生产规模 ${quantity(scale.value / 1e4, "万t/a")} 低于方案所写最低生产规模 ${quantity(minimumScale.value / 1e4, "万t/a")}(${minimumScale.sheet}!${minimumScale.cell})`,
          en: `the scale, ${quantity(scale.value / 1e4, "10⁴ t/a")}, is below the minimum scale the plan states, ${quantity(minimumScale.value / 1e4, "10⁴ t/a")} (${minimumScale.sheet}!${minimumScale.cell})`,
        },
      });
    }
  }
  const recoverable = recoverableTonnes(reserves);
  const recomputed =
    recoverable !== undefined && scale ? figureOf(() => serviceLife(recoverable, scale.value)) : undefined;
  if (stated && scale && recoverable !== undefined && recomputed !== undefined) {
    const candidates = [recomputed, ...(construction ? [recomputed + construction.value] : [])];
    const scope = { sheet: stated.sheet };
    // the scale's rounding moves the quotient too
    const slack = (value: number) => stated.halfUnit + (value * scale.halfUnit) / scale.value + 1e-9;
    if (candidates.some((value) => Math.abs(stated.value - value) <= slack(value))) {
      recorder.pass(RULES.serviceLife, scope);
    } else {
      const years = (value: number) => `${Number(value.toFixed(2))}`;
      recorder.flag(RULES.serviceLife, scope, {
        cell: stated.cell,
        stated: stated.text,
        recomputed: `${years(recomputed)} 年`,
        format: "text",
        note: {
          zh: `方案写“${stated.text}”；设计可采储量 ${quantity(recoverable / 1e4, "万t")} ÷ 生产规模 ${quantity(scale.value / 1e4, "万t/a")} = ${years(recomputed)} 年${construction ? `(加基建期 ${years(construction.value)} 年为 ${years(recomputed + construction.value)} 年)` : ""}；如计入储量备用系数、贫化或达产期，请在方案中写明`,
          en: `the plan says "${stated.text}"; recoverable reserves ${quantity(recoverable / 1e4, "10⁴ t")} ÷ scale ${quantity(scale.value / 1e4, "10⁴ t/a")} = ${years(recomputed)} years${construction ? ` (${years(recomputed + construction.value)} with the construction period)` : ""}; a reserve factor, dilution or ramp-up should be stated in the plan`,
        },
      });
    }
  }
  return { ...figures, ...(recomputed !== undefined ? { recomputed } : {}) };
}
