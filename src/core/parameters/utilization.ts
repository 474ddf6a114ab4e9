/** Comprehensive utilisation (综合利用): declarations of the engine's inputs (./index). */
import { tonnage, rate } from "../quantity";
import { required, aligned, names, word, named } from "./declare";

export const miningRecovery = required(rate("开采回采率", "mining_recovery"));
export const processRecovery = required(rate("选矿回收率", "process_recovery"));
export const miningRecoveries = aligned(rate("各矿种开采回采率", "mining_recoveries"));
export const processRecoveries = aligned(rate("各矿种选矿回收率", "process_recoveries"));
export const roles = names(named("矿产类别", "roles"));
export const include = word(named("计入的矿产类别", "include"), true);
export const utilized = aligned(tonnage("有效利用量", "utilized"));
export const resources = aligned(tonnage("资源总量", "resources"));
