/** The licence (采矿权范围): declarations of the engine's inputs (./index). */
import { change } from "../quantity";
import { aligned } from "./declare";

export const x = aligned(change("拐点 X 坐标", "x"));
export const y = aligned(change("拐点 Y 坐标", "y"));
