/**
 * 矿区面积 from 拐点坐标 (浙自然资规〔2025〕6号 附件 五(二).7): the shoelace area of the boundary in order, with the
 * reference fixtures (tests/fixtures/sanlv.json) and the properties plane geometry gives it.
 */
import fc from "fast-check";
import { licenceArea } from "../../../src/core/licence/area";
import { amount } from "../../support/arbitraries";
import { errorOf } from "../../support/errors";
import { casesFor, flat } from "../../support/fixtures";

describe("licenceArea", () => {
  it.each(casesFor("LICENCE_AREA"))("$id: $source", ({ args, expected, tolerance }) => {
    const [xs, ys] = args.map(flat);
    expect(Math.abs(licenceArea(xs, ys) - expected)).toBeLessThanOrEqual(tolerance);
  });

  // A convex polygon: corners on a circle at increasing angles, so the boundary never crosses itself.
  const polygon = fc
    .record({
      angles: fc.uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 3, maxLength: 12 }),
      radius: amount(1, 5000),
      x0: amount(-1e7, 1e7),
      y0: amount(-1e7, 1e7),
    })
    .map(({ angles, radius, x0, y0 }) => {
      const sorted = [...angles].sort((a, b) => a - b);
      return {
        xs: sorted.map((a) => x0 + radius * Math.cos((a * Math.PI) / 180)),
        ys: sorted.map((a) => y0 + radius * Math.sin((a * Math.PI) / 180)),
      };
    })
    .filter(({ xs, ys }) => {
      // three corners a degree apart on a 1 m circle are nearly on one line; keep polygons with some area
      const spread = Math.max(...xs) - Math.min(...xs) + (Math.max(...ys) - Math.min(...ys));
      return spread > 1;
    });

  it("does not depend on the direction, the starting corner or where the boundary lies (property)", () => {
    fc.assert(
      fc.property(polygon, fc.nat(), amount(-1e6, 1e6), ({ xs, ys }, shift, offset) => {
        const area = licenceArea(xs, ys);
        const k = shift % xs.length;
        const rotate = (v: number[]) => [...v.slice(k), ...v.slice(0, k)];
        const tolerance = 1e-6 * Math.max(1, area);
        expect(Math.abs(licenceArea([...xs].reverse(), [...ys].reverse()) - area)).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(licenceArea(rotate(xs), rotate(ys)) - area)).toBeLessThanOrEqual(tolerance);
        const moved = licenceArea(
          xs.map((x) => x + offset),
          ys.map((y) => y + offset),
        );
        expect(Math.abs(moved - area)).toBeLessThanOrEqual(tolerance);
      }),
    );
  });

  it("is never more than the bounding box and never negative (property)", () => {
    fc.assert(
      fc.property(polygon, ({ xs, ys }) => {
        const box = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
        const area = licenceArea(xs, ys);
        expect(area).toBeGreaterThan(0);
        expect(area).toBeLessThanOrEqual(box * (1 + 1e-9));
      }),
    );
  });

  it("keeps the digits of licence-sized coordinates (10⁷ m): a 1 m × 1 m square is 1 m²", () => {
    expect(
      licenceArea([3_400_000, 3_400_000, 3_400_001, 3_400_001], [40_500_000, 40_500_001, 40_500_001, 40_500_000]),
    ).toBe(1);
  });

  it("refuses fewer than three corners, a boundary that crosses itself, and corners on one line", () => {
    expect(errorOf(() => licenceArea([0, 1, 0], [0, 1, 0])).kind).toBe("value"); // a closed ring of two corners
    // A bow tie: (0,0) (0,10) (10,0) (10,10) in that order crosses at (5,5).
    const bowTie = errorOf(() => licenceArea([0, 0, 10, 10], [0, 10, 0, 10]));
    expect(bowTie.kind).toBe("num");
    expect(bowTie.zh).toContain("自相交");
    expect(errorOf(() => licenceArea([0, 1, 2], [0, 1, 2])).kind).toBe("num");
  });

  it("refuses mismatched lists and coordinates beyond computing", () => {
    expect(errorOf(() => licenceArea([0, 1, 2], [0, 1])).kind).toBe("value");
    expect(errorOf(() => licenceArea([0, 1e300, 2], [0, 1, 2])).kind).toBe("num");
  });
});
