/**
 * =MINE.* functions for the mining licence (采矿权范围): the area its corner coordinates enclose.
 */
import { readPairs } from "../core/cells";
import * as licence from "../core/licence/area";
import { FUNCTIONS } from "./catalogue";
import { excelRun } from "./excel";

/**
 * Area of a mining licence from its corner coordinates (拐点坐标): ½|Σ(xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ)| over the corners in boundary order (shoelace formula), in the square of the coordinates' unit (m² ÷ 10⁶ = km²). A repeated first corner at the end is allowed; a boundary that crosses itself, or corners on one line, is #NUM!.
 * @customfunction LICENCE_AREA
 * @param x X coordinate of each corner (plane coordinates such as CGCS2000 Gauss–Krüger X, in m), in boundary order.
 * @param y Y coordinate of each corner, aligned with x, same unit.
 * @returns The enclosed area, in the square of the coordinates' unit.
 * @helpurl https://localhost:3000/help.html#licence_area
 */
export function licenceArea(x: unknown[][], y: unknown[][]): number {
  return excelRun(FUNCTIONS.LICENCE_AREA, [x, y], (xCells, yCells) =>
    licence.licenceArea(...readPairs(xCells, yCells, "skip")),
  );
}
