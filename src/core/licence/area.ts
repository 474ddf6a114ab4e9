/**
 * 矿区面积 from the 拐点坐标 of a mining licence (浙自然资规〔2025〕6号 附件 五(二).7 asks whether the corner
 * coordinates and the stated area are right): the area of the polygon through the corners in order, by the
 * shoelace formula A = ½|Σ (xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ)| (plane geometry). Coordinates are plane coordinates (CGCS2000
 * Gauss–Krüger X, Y in m as licences print them); the area is in the square of their unit (m² ÷ 10⁶ = km²).
 */
import { fail } from "../errors";
import { messages } from "../messages";
import { LICENCE } from "../parameters";
import { checkQuantity, itemPosition } from "../quantity";

/** A corner as the licence lists it: its 1-based number in the list and its two coordinates. */
interface Corner {
  readonly number: number;
  readonly x: number;
  readonly y: number;
}

/** The corners in order, a repeated first corner at the end (a closed ring, as some tables print it) dropped. */
function cornersOf(xs: ArrayLike<number>, ys: ArrayLike<number>): Corner[] {
  const corners: Corner[] = [];
  for (let i = 0; i < xs.length; i++) {
    corners.push({
      number: i + 1,
      x: checkQuantity(xs[i], LICENCE.x, itemPosition(i)),
      y: checkQuantity(ys[i], LICENCE.y, itemPosition(i)),
    });
  }
  const first = corners[0];
  const last = corners[corners.length - 1];
  if (corners.length > 1 && first.x === last.x && first.y === last.y) corners.pop();
  if (corners.length < 3) fail("value", messages.tooFewCorners(LICENCE.x, LICENCE.y, corners.length));
  return corners;
}

/** Whether segments p1p2 and p3p4 cross or touch, by orientation tests (coordinates relative to one origin). */
function segmentsMeet(p1: Corner, p2: Corner, p3: Corner, p4: Corner): boolean {
  const side = (a: Corner, b: Corner, c: Corner): number =>
    Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  const within = (a: Corner, b: Corner, c: Corner): boolean =>
    Math.min(a.x, b.x) <= c.x && c.x <= Math.max(a.x, b.x) && Math.min(a.y, b.y) <= c.y && c.y <= Math.max(a.y, b.y);
  const d1 = side(p3, p4, p1);
  const d2 = side(p3, p4, p2);
  const d3 = side(p1, p2, p3);
  const d4 = side(p1, p2, p4);
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return true;
  return (
    (d1 === 0 && within(p3, p4, p1)) ||
    (d2 === 0 && within(p3, p4, p2)) ||
    (d3 === 0 && within(p1, p2, p3)) ||
    (d4 === 0 && within(p1, p2, p4))
  );
}

/**
 * Two edges that are not neighbours and meet: a boundary listed out of order (or crossing itself) has no area
 * the shoelace formula can give. Returns the corner numbers that start the two edges.
 */
function crossingEdges(corners: readonly Corner[]): [number, number] | undefined {
  const n = corners.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const neighbours = j === i + 1 || (i === 0 && j === n - 1);
      if (neighbours) continue;
      if (segmentsMeet(corners[i], corners[(i + 1) % n], corners[j], corners[(j + 1) % n])) {
        return [corners[i].number, corners[j].number];
      }
    }
  }
  return undefined;
}

/**
 * 矿区面积 = ½|Σ (xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ)| over the corners in order. Refused: fewer than three corners (`#VALUE!`), a
 * boundary that crosses itself or corners all on one line (`#NUM!`).
 */
export function licenceArea(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  if (xs.length !== ys.length) fail("value", messages.sizeMismatch(LICENCE.x, xs.length, LICENCE.y, ys.length));
  const listed = cornersOf(xs, ys);
  // Licence coordinates run to 10⁷ m: measured from the first corner, the products keep their digits.
  const origin = listed[0];
  const corners = listed.map((c) => ({ number: c.number, x: c.x - origin.x, y: c.y - origin.y }));
  const crossing = crossingEdges(corners);
  if (crossing) fail("num", messages.boundaryCrosses(crossing[0], crossing[1], corners.length));
  let twice = 0;
  for (let i = 0; i < corners.length; i++) {
    const a = corners[i];
    const b = corners[(i + 1) % corners.length];
    twice += a.x * b.y - b.x * a.y;
  }
  const area = Math.abs(twice) / 2;
  if (area === 0) fail("num", messages.cornersInLine);
  return area;
}
