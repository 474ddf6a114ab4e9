/**
 * Every `=MINE.*` function: its Chinese description and its parameters, in order, as declared once in
 * src/core/parameters.ts. The build writes the zh-CN metadata from here (functions-zh-cn.json), each host's runner
 * reads the arguments through these declarations, and a test checks the English metadata generated from the
 * JSDoc names the same parameters in the same order. English descriptions live in each function's JSDoc.
 */
import { AHP, FUZZY, MINING, PROCESSING, Parameter, RESERVES, STANDARDS, UTILIZATION } from "../core/parameters";

/** One `=MINE.*` function: what autocomplete says of it in Chinese, and its parameters in order. */
export interface FunctionDeclaration {
  readonly about: string;
  readonly parameters: readonly Parameter[];
}

const fn = <P extends readonly Parameter[]>(about: string, parameters: P) => ({ about, parameters });

const MIN_RATE_LOOKUP = [
  STANDARDS.mineral,
  STANDARDS.indicator,
  STANDARDS.method,
  STANDARDS.condition,
  STANDARDS.ownMinimum,
] as const;

export const FUNCTIONS = {
  // ---- Mining (开采) ----
  RECOVERY: fn("开采回采率 = 采出的纯矿石量 ÷ 动用资源储量(教科书定义；回采率 + 损失率 = 1)。", [
    MINING.extracted,
    MINING.consumed,
  ] as const),
  LOSS_RATE: fn("矿石损失率 = 损失量 ÷ 动用资源储量(损失率 + 回采率 = 1)。", [MINING.loss, MINING.consumed] as const),
  DESIGN_RECOVERY: fn(
    "设计开采回采率 = (设计利用资源量 − Σ设计损失量) ÷ 设计利用资源量，即 设计可采储量 ÷ 设计利用资源量(浙自然资规〔2025〕6号 附件 六.9)。",
    [RESERVES.usableResources, RESERVES.designLosses] as const,
  ),
  WEIGHTED_RECOVERY: fn(
    "全矿开采回采率 = Σ(回采率×权重) ÷ Σ权重，对全部采区/矿块加权平均(GB/T 42249-2022；浙自然资规〔2025〕6号 附件 六.5 要求加权，不得简单平均)。权重取各采区设计利用资源量或动用资源储量，系本工具的理解(标准原文未见)。两列均为空的行跳过。",
    [MINING.rates, MINING.weights] as const,
  ),
  DILUTION: fn("品位贫化率 = (C − Cₜ) ÷ C；采出品位高于地质品位时为负(负贫化)，照实返回。", [
    MINING.oreGrade,
    MINING.minedGrade,
  ] as const),
  WASTE_RATIO: fn("废石混入率 = (C − Cₜ) ÷ (C − C_y)，采出矿石中混入废石的吨位比例；要求 C_y ≤ Cₜ ≤ C。", [
    MINING.oreGrade,
    MINING.minedGrade,
    MINING.wasteGrade,
  ] as const),
  RECOVERY_BY_GRADE: fn(
    "按品位计算开采回采率 = T·(Cₜ − C_y) ÷ [Q·(C − C_y)]，用于未计量混入废石量时(《矿产资源加工概论》算例)。",
    [MINING.consumed, MINING.minedOre, MINING.oreGrade, MINING.minedGrade, MINING.wasteGrade] as const,
  ),
  METAL_RECOVERY: fn("金属采收率 = T·Cₜ ÷ (Q·C)，计入混入废石中的金属，故可能超过 100%。", [
    MINING.consumed,
    MINING.minedOre,
    MINING.oreGrade,
    MINING.minedGrade,
  ] as const),

  // ---- Processing (选矿) ----
  PROCESS_RECOVERY: fn("理论选矿回收率 = β(α − θ) ÷ [α(β − θ)](工艺金属平衡)；要求 θ < α < β。", [
    PROCESSING.feedGrade,
    PROCESSING.concentrateGrade,
    PROCESSING.tailingsGrade,
  ] as const),
  PROCESS_RECOVERY_ACTUAL: fn("实际选矿回收率 = Q精·β ÷ (Q原·α)(商品金属平衡)。", [
    PROCESSING.concentrateMass,
    PROCESSING.concentrateGrade,
    PROCESSING.feedMass,
    PROCESSING.feedGrade,
  ] as const),
  CONCENTRATE_YIELD: fn("精矿产率 = (α − θ) ÷ (β − θ)，由品位推算精矿量占原矿量之比；要求 θ < α < β。", [
    PROCESSING.feedGrade,
    PROCESSING.concentrateGrade,
    PROCESSING.tailingsGrade,
  ] as const),

  // ---- Comprehensive utilisation (综合利用) ----
  COMBINED_RECOVERY: fn("采选综合回收率 = 开采回采率 × 选矿回收率。", [
    UTILIZATION.miningRecovery,
    UTILIZATION.processRecovery,
  ] as const),
  UTILIZATION: fn(
    "综合利用率(综合回收率算术平均法)= 各经评审批准的主、共、伴生矿种 (开采回采率×选矿回收率) 的算术平均；未利用的矿种须填 0，不可留空。GB/T 42249-2022 的分组分公式原文未见，此为传统统计方法。",
    [UTILIZATION.miningRecoveries, UTILIZATION.processRecoveries] as const,
  ),

  // ---- Reserves (储量) ----
  USABLE_RESOURCES: fn(
    "设计利用资源量 = 保有资源量 − Σ压覆资源量 − 推断资源量 × (1 − 设计利用系数)(浙自然资规〔2025〕6号 附件 六.9 扣除压覆资源；其他扣除项因方案而异)。",
    [RESERVES.retained, RESERVES.overlaid, RESERVES.inferred, RESERVES.inferredFactor] as const,
  ),
  RECOVERABLE_RESERVES: fn(
    "设计可采储量 = 设计利用资源量 − Σ设计损失量(须扣除全部设计损失，浙自然资规〔2025〕6号 附件 六.5)。",
    [RESERVES.usableResources, RESERVES.designLosses] as const,
  ),
  SERVICE_LIFE: fn("服务年限(年)= 设计可采储量 ÷ [年产量 × (1 − 贫化率)](评估实务常用公式)。", [
    RESERVES.recoverableReserves,
    RESERVES.annualOutput,
    RESERVES.dilution,
  ] as const),
  MINING_INTENSITY: fn("开采强度 = 年开采量 ÷ 保有储量(T/XZBX 0088—2025 表1：年开采量/保有储量比)。", [
    RESERVES.annualMined,
    RESERVES.retainedReserves,
  ] as const),
  CLOSING_RESERVES: fn("年末保有资源储量 = 年初保有 − 开采量 − 损失量 + 勘查增减 + 重算增减(矿山资源储量变动台帐)。", [
    RESERVES.opening,
    RESERVES.mined,
    RESERVES.lost,
    RESERVES.explorationChange,
    RESERVES.reestimationChange,
  ] as const),

  // ---- Evaluation (AHP, fuzzy, entropy) ----
  AHP_WEIGHTS: fn(
    "层次分析法权重：判断矩阵 A 满足 A·w = λmax·w 的主特征向量(EVM，幂迭代至 1e-12，Saaty)、行几何平均(RGMM，方根法)或列归一化平均(AN，和积法)。按列溢出，合计为 1。",
    [AHP.matrix, AHP.method] as const,
  ),
  AHP_LAMBDA: fn("判断矩阵的真实最大特征值 λmax(幂迭代，特征向量法)；CI = (λmax − n) ÷ (n − 1)。", [
    AHP.matrix,
  ] as const),
  AHP_CR: fn(
    "一致性比率 CR = CI ÷ RI(n)，CI = (λmax − n) ÷ (n − 1)，λmax 为真实特征值；RI 取所选表(默认 Saaty 1980)。CR ≤ 0.10(n = 3 时 0.05，n = 4 时 0.08)可接受。",
    [AHP.matrix, AHP.riTable] as const,
  ),
  FUZZY_EVAL: fn(
    "模糊综合评价 B = A ∘ R，可选算子：M(·,+) 加权平均型(默认)、M(∧,∨) 主因素决定型、M(·,∨) 主因素突出型、M(∧,⊕)、M(·,⊕)。B 按行溢出。",
    [FUZZY.weights, FUZZY.membership, FUZZY.operator] as const,
  ),
  FUZZY_GRADE: fn("按最大隶属度原则评定等级：取 bⱼ = max(B) 的等级 j；并列最大时返回以“、”连接的各等级。", [
    FUZZY.b,
    FUZZY.grades,
  ] as const),
  FUZZY_SCORE: fn("评价向量的加权平均得分 = Σ bⱼ·sⱼ ÷ Σ bⱼ(加权平均原则)。", [FUZZY.b, FUZZY.scores] as const),
  MEMBERSHIP: fn(
    "实测指标值 x 对各等级的隶属度：相邻等级三角形/半梯形隶属函数，在等级分界点 sⱼ 处为 1，相邻分界点之间 μ = (x − sⱼ₊₁) ÷ (sⱼ − sⱼ₊₁) 线性过渡，行合计为 1。按行溢出。",
    [FUZZY.value, FUZZY.thresholds, FUZZY.direction] as const,
  ),
  ENTROPY_WEIGHTS: fn(
    "熵值法权重：按方向极差标准化，pᵢⱼ = xᵢⱼ ÷ Σᵢ xᵢⱼ，eⱼ = −Σ pᵢⱼ ln pᵢⱼ ÷ ln m(0·ln 0 = 0)，w = (1 − e) ÷ Σ(1 − e)。按列溢出。",
    [FUZZY.data, FUZZY.directions] as const,
  ),

  // ---- National minimum "三率" (国家"三率"最低指标) ----
  MIN_RATE: fn(
    "国家“三率”最低指标 = 内置表中“不低于 X%”的 X，以小数返回(国土资源部/自然资源部“三率”最低指标要求(试行)各公告；煤炭按条件中写明的依据)。分类不唯一或没有对应行时返回 #N/A 并列出可选的开采方式、条件或文件；🔶 值须在条件中加 待核实。",
    MIN_RATE_LOOKUP,
  ),
  MEETS_MIN: fn(
    "是否达到国家“三率”最低指标：结果 = (实际值 ≥ MIN_RATE(…))，“不低于”含等于。查表规则与提示同 MIN_RATE。",
    [STANDARDS.value, ...MIN_RATE_LOOKUP] as const,
  ),
  MIN_RATE_SOURCE: fn(
    "同样参数下 MIN_RATE 所用最低指标的出处 = 把握程度(✅ 或 🔶 待核实)、文件、分类与数值；由自定最低指标得出时为“用户提供：…”。",
    MIN_RATE_LOOKUP,
  ),
} as const satisfies Record<string, FunctionDeclaration>;

export type FunctionId = keyof typeof FUNCTIONS;
