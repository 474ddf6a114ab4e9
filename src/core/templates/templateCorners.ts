/**
 * 矿区范围拐点坐标表 (浙自然资规〔2025〕6号 附件 五(二).7 ✅: whether the corner coordinates and the stated area are
 * right): the licence's corners in order with their plane coordinates, and the area they enclose by the shoelace
 * formula (MINE.LICENCE_AREA), in km², beside which the drafter's stated 矿区面积 is checked.
 */
import { FORMATS, TemplateSpec } from "./templateSheet";
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { VALIDATIONS } from "./templateValidations";

export const CORNERS_TEMPLATE: TemplateSpec = {
  kind: "corners",
  notes: [
    {
      zh: "填写：采矿许可证(或划定矿区范围批复)所列拐点，按边界顺序逐点一行；坐标为 2000 国家大地坐标系高斯–克吕格平面坐标(m)，X 为纵坐标(北)，Y 为横坐标(东，含带号)。首点不必在末尾重复。",
      en: "Fill in: the corners the licence (or the approved area) lists, one per row in order along the boundary; CGCS2000 Gauss–Krüger plane coordinates in m, X northing, Y easting (with the zone number). Do not repeat the first corner at the end.",
    },
    {
      zh: "矿区面积 = MINE.LICENCE_AREA(X, Y) ÷ 10⁶(km²)，鞋带公式 ½|Σ(xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ)|(平面几何，未作投影变形改正)。✅ 浙自然资规〔2025〕6号 附件 五(二).7：审查拐点坐标及矿区面积是否正确；复核把方案所写矿区面积与此值比较。",
      en: "Area = MINE.LICENCE_AREA(X, Y) ÷ 10⁶ (km²), the shoelace formula ½|Σ(xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ)| (plane geometry, no projection correction). ✅ 浙自然资规〔2025〕6号 annex 5(2).7: the review checks the corner coordinates and the area; the spot-check compares the plan's stated area with this value.",
    },
  ],
  checks: [
    {
      label: { zh: "矿区面积(km²) = 拐点围成的面积 ÷ 10⁶", en: "Licence area (km²) = area of the corners ÷ 10⁶" },
      formula: (ctx) => `=${ctx.mine("LICENCE_AREA", [ctx.rows("x"), ctx.rows("y")])}/10^6`,
      format: NUMBER_FORMATS.fourDecimals,
    },
  ],
  portableNote: {
    zh: "便携版：面积为鞋带公式的原生写法，拐点须从表的第一行起连续填写(空行只能在最后)；不检查边界是否自相交，=MINE.LICENCE_AREA 对自相交的边界报错而便携公式照常给出面积，请核对拐点顺序。",
    en: "Portable: the area is the shoelace formula written natively; list the corners from the table's first row on, blank rows only below them. A self-crossing boundary is not detected: =MINE.LICENCE_AREA refuses it, the portable formula still gives an area, so check the order of the corners.",
  },
  columns: {
    point: { width: 10 },
    x: { format: FORMATS.coordinate, width: 16, validation: VALIDATIONS.coordinate },
    y: { format: FORMATS.coordinate, width: 16, validation: VALIDATIONS.coordinate },
  },
  // Illustrative: a 300 m × 250 m rectangle (0.075 km²) at made-up coordinates in zone 40, not any licence.
  examples: [
    { point: "1", x: 3_300_000, y: 40_500_000 },
    { point: "2", x: 3_300_000, y: 40_500_300 },
    { point: "3", x: 3_299_750, y: 40_500_300 },
    { point: "4", x: 3_299_750, y: 40_500_000 },
  ],
};
