/**
 * The constructed example of the dynamic assessment (not from a source), shared by the tests of the engine
 * (tests/core/evaluation/dynamic.test.ts) and of its sheet (tests/core/evaluation/dynamicSheet/): Table 1 with
 * every indicator measured on a 0–1 benefit scale except 开采强度 (a cost indicator with the
 * indicator-thresholds.md §1 boundaries plus a fourth), over three years in which only 开采强度 worsens.
 */
import { Assessment, defaultAssessment, setMembership } from "../../src/core/evaluation/assessment";
import { Panel } from "../../src/core/evaluation/dynamic";
import { Language } from "../../src/core/text";

const BENEFIT = [0.9, 0.7, 0.5, 0.3];
const INTENSITY = [0.02, 0.05, 0.1, 0.333];

/** Table 1, every indicator measured (values blank), 开采强度 (category 0, indicator 1) a cost indicator. */
export function measuredAssessment(language: Language = "zh"): Assessment {
  let a = defaultAssessment(language);
  a.categories.forEach((c, k) =>
    c.indicators.forEach((_, i) => {
      const cost = k === 0 && i === 1;
      a = setMembership(a, k, i, {
        kind: "measured",
        value: null,
        breakpoints: cost ? INTENSITY : BENEFIT,
        direction: cost ? "cost" : "benefit",
      });
    }),
  );
  return a;
}

const OTHERS = [0.8, 0.6, 0.75, 0.55, 0.65, 0.7, 0.5, 0.85];

/** Three years: 开采强度 0.03 → 0.08 → 0.2 (a⁻¹), everything else unchanged. */
export function threeYears(): Panel {
  const row = (intensity: number): number[] => [OTHERS[0], intensity, ...OTHERS.slice(1)];
  return { subjects: ["2023年", "2024年", "2025年"], values: [row(0.03), row(0.08), row(0.2)] };
}
