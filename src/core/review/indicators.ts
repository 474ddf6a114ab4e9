/** The three rates the summary states ("三率"), and how an 指标 cell or header names one. */
import { Message } from "../errors";
import { CoMineralScope } from "../utilization/utilization";

export type Indicator = "RECOVERY" | "PROCESS" | "UTILIZATION";

/** The three rates, in the order the review reports them. */
export const INDICATORS = ["RECOVERY", "PROCESS", "UTILIZATION"] as const satisfies readonly Indicator[];

export const INDICATOR_NAMES: Readonly<Record<Indicator, Message>> = {
  RECOVERY: { zh: "开采回采率", en: "mining recovery" },
  PROCESS: { zh: "选矿回收率", en: "process recovery" },
  UTILIZATION: { zh: "综合利用率", en: "comprehensive utilisation" },
};

/** Which of the three rates an 指标 cell names (other indicators — 贫化率, 损失率 — are not checked here). */
export function indicatorOf(text: string): Indicator | undefined {
  const name = text.replace(/\s+/g, "").toLowerCase();
  if (/综合利用率|utili[sz]ation/.test(name)) return "UTILIZATION";
  if (/回采率|mining ?recovery|^recovery$/.test(name)) return "RECOVERY";
  if (/选矿回收率|选冶回收率|选矿|process/.test(name)) return "PROCESS";
  return undefined;
}

/** Which co-/by-product figure a 综合利用率 class names (共伴生 before 共生 and 伴生); none for 尾矿, 废石 …. */
export function coMineralScopeOf(words: string): CoMineralScope | undefined {
  if (/共伴生/.test(words)) return "coAndAssociated";
  if (/共生/.test(words)) return "co";
  if (/伴生/.test(words)) return "associated";
  return undefined;
}
