/** National minimum "三率" (国家"三率"最低指标): declarations of the engine's inputs (./index). */
import { rate } from "../quantity";
import { required, range, named } from "./declare";

export const value = required(rate("实际值", "value"));
export const mineral = range(named("矿种", "mineral"));
export const indicator = range(named("指标", "indicator"));
export const method = range(named("开采方式", "method"), true);
export const condition = range(named("条件", "condition"), true);
export const ownMinimum = range(named("自定最低指标", "own_minimum"), true);
/** Parts of `own_minimum`, as messages name them. */
export const ownValue = rate("自定最低值", "own_minimum");
export const ownMineral = named("自定最低指标的矿种", "own_minimum mineral");
export const ownMethod = named("自定最低指标的开采方式", "own_minimum method");
export const ownIndicator = named("自定最低指标的指标", "own_minimum indicator");
export const ownTableValue = rate("自定最低指标的最低值", "own_minimum value");
