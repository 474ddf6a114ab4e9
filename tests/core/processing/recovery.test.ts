import fc from "fast-check";
import {
  actualProcessRecovery,
  concentrateYield,
  theoreticalProcessRecovery,
} from "../../../src/core/processing/recovery";
import { casesFor } from "../../support/fixtures";
import { kindOf } from "../../support/errors";
import { amount } from "../../support/arbitraries";

/** Grades θ < α < β drawn so the order holds. */
const orderedGrades = fc
  .tuple(amount(0, 50), amount(0.01, 50), amount(0.01, 50))
  .map(([theta, a, b]) => ({ theta, alpha: theta + a, beta: theta + a + b }));

describe("theoreticalProcessRecovery", () => {
  it.each(casesFor("PROCESS_RECOVERY"))("$id: $source", ({ args, expected, tolerance }) => {
    const [alpha, beta, theta] = args as number[];
    expect(Math.abs(theoreticalProcessRecovery(alpha, beta, theta) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("equals γβ/α, the metal balance through the concentrate yield (property)", () => {
    fc.assert(
      fc.property(orderedGrades, ({ alpha, beta, theta }) => {
        const recovery = theoreticalProcessRecovery(alpha, beta, theta);
        expect(recovery).toBeCloseTo((concentrateYield(alpha, beta, theta) * beta) / alpha, 10);
        expect(recovery).toBeGreaterThan(0);
        expect(recovery).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it("does not depend on the grade unit (property)", () => {
    fc.assert(
      fc.property(orderedGrades, amount(0.01, 1000), ({ alpha, beta, theta }, k) => {
        expect(theoreticalProcessRecovery(alpha * k, beta * k, theta * k)).toBeCloseTo(
          theoreticalProcessRecovery(alpha, beta, theta),
          9,
        );
      }),
    );
  });

  it("refuses θ ≥ α and α ≥ β", () => {
    expect(kindOf(() => theoreticalProcessRecovery(0.1, 0.3, 0.1))).toBe("num");
    expect(kindOf(() => theoreticalProcessRecovery(0.3, 0.3, 0.05))).toBe("num");
  });
});

describe("concentrateYield", () => {
  it.each(casesFor("CONCENTRATE_YIELD"))("$id: $source", ({ args, expected, tolerance }) => {
    const [alpha, beta, theta] = args as number[];
    expect(Math.abs(concentrateYield(alpha, beta, theta) - expected)).toBeLessThanOrEqual(tolerance);
  });
});

describe("actualProcessRecovery", () => {
  it.each(casesFor("PROCESS_RECOVERY_ACTUAL"))("$id: $source", ({ args, expected, tolerance }) => {
    const [qc, beta, qf, alpha] = args as number[];
    expect(Math.abs(actualProcessRecovery(qc, beta, qf, alpha) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("agrees with the theoretical rate when the masses balance (property)", () => {
    fc.assert(
      fc.property(orderedGrades, amount(1, 1e6), ({ alpha, beta, theta }, feed) => {
        const concentrate = feed * concentrateYield(alpha, beta, theta);
        expect(actualProcessRecovery(concentrate, beta, feed, alpha)).toBeCloseTo(
          theoreticalProcessRecovery(alpha, beta, theta),
          9,
        );
      }),
    );
  });

  it("refuses more concentrate than feed, more metal out than in, and zero feed", () => {
    expect(kindOf(() => actualProcessRecovery(120, 0.6, 100, 0.3))).toBe("num");
    expect(kindOf(() => actualProcessRecovery(60, 0.6, 100, 0.3))).toBe("num");
    expect(kindOf(() => actualProcessRecovery(40, 0.6, 0, 0.3))).toBe("div0");
    expect(kindOf(() => actualProcessRecovery(40, 0.6, 100, 0))).toBe("div0");
  });
});
