/**
 * What autocomplete says in Chinese of every `=MINE.*` function and parameter: read by the build
 * (src/tools/metadata-plugins.js) into functions-zh-cn.json, never bundled into the runtime (the English
 * descriptions are the functions' JSDoc). Keyed by function ID and by the parameter's declaration, so the compiler
 * refuses a function or a parameter without its description, and the build one without its declaration.
 */
import { PARAMETER_GROUPS, Parameter } from "../core/parameters";
import { FunctionId } from "./catalogue";

/** One description per declared parameter of a group (plain labels, which are not parameters, have none). */
type Descriptions<Group> = { readonly [K in keyof Group as Group[K] extends Parameter ? K : never]: string };

export const FUNCTION_DESCRIPTIONS: Readonly<Record<FunctionId, string>> = {
  RECOVERY: "开采回采率 = 采出的纯矿石量 ÷ 动用资源储量(教科书定义；回采率 + 损失率 = 1)。",
  LOSS_RATE: "矿石损失率 = 损失量 ÷ 动用资源储量(损失率 + 回采率 = 1)。",
  DESIGN_RECOVERY:
    "设计开采回采率 = (设计利用资源量 − Σ设计损失量) ÷ 设计利用资源量，即 设计可采储量 ÷ 设计利用资源量(浙自然资规〔2025〕6号 附件 六.9)。",
  WEIGHTED_RECOVERY:
    "全矿开采回采率 = Σ(回采率×权重) ÷ Σ权重，对全部采区/矿块加权平均(GB/T 42249-2022；浙自然资规〔2025〕6号 附件 六.5 要求加权，不得简单平均)。权重取各采区设计利用资源量或动用资源储量，系本工具的理解(标准原文未见)。两列均为空的行跳过。",
  DILUTION: "品位贫化率 = (C − Cₜ) ÷ C；采出品位高于地质品位时为负(负贫化)，照实返回。",
  WASTE_RATIO: "废石混入率 = (C − Cₜ) ÷ (C − C_y)，采出矿石中混入废石的吨位比例；要求 C_y ≤ Cₜ ≤ C。",
  RECOVERY_BY_GRADE:
    "按品位计算开采回采率 = T·(Cₜ − C_y) ÷ [Q·(C − C_y)]，用于未计量混入废石量时(《矿产资源加工概论》算例)；要求 C_y ≤ Cₜ ≤ C，采出品位高于地质品位时请用 RECOVERY。",
  METAL_RECOVERY: "金属采收率 = T·Cₜ ÷ (Q·C)，计入混入废石中的金属，故可能超过 100%。",
  PROCESS_RECOVERY: "理论选矿回收率 = β(α − θ) ÷ [α(β − θ)](工艺金属平衡)；要求 θ < α < β。",
  PROCESS_RECOVERY_ACTUAL: "实际选矿回收率 = Q精·β ÷ (Q原·α)(商品金属平衡)。",
  CONCENTRATE_YIELD: "精矿产率 = (α − θ) ÷ (β − θ)，由品位推算精矿量占原矿量之比；要求 θ < α < β。",
  COMBINED_RECOVERY: "采选综合回收率 = 开采回采率 × 选矿回收率。",
  UTILIZATION:
    "全矿种综合利用率(综合回收率算术平均法 ✅ 二手来源)= 全部经评审批准的主、共、伴生矿种 (开采回采率×选矿回收率) 的算术平均，含主矿产；未利用的矿种须填 0，不可留空。国家“共伴生”综合利用率指标(如磷 共伴生 45%、金 共生 60%/伴生 40%)不以此值衡量，请用 COMINERAL_UTILIZATION。GB/T 42249-2022 的分组分公式原文未见 ❓。",
  COMINERAL_UTILIZATION:
    "共伴生矿产综合利用率 = 共生和/或伴生矿种 (开采回采率×选矿回收率) 的算术平均，不计主矿产；未利用的矿种须填 0。国家最低指标按此值衡量：磷 共伴生 ≥45%、硫铁矿 共伴生 ≥50%(include 填 共伴生)，金 共生 ≥60%、伴生 ≥40%(分别填 共生、伴生)✅ 公告。只对共伴生矿种取平均 🔶(2012 煤炭指标征求意见稿“共伴生矿产…百分比之平均值”；传统算术平均法)；GB/T 42249-2022 公式原文未见 ❓。没有所选类别的矿种时返回 #N/A。",
  UTILIZATION_RATIO:
    "综合利用率 = Σ有效利用量 ÷ Σ资源总量(T/XZBX 0088—2025 3.3 ✅：主产品与副产品、伴生矿的有效利用量占资源总量的比率；可作表1“综合利用率”指标的实测值)。各行须同一单位(金属量、矿石量或折算价值)，按数量还是价值加权由使用者选定，标准未规定 ❓。含主矿产，不用于国家“共伴生”最低指标。两列均为空的行跳过。",
  USABLE_RESOURCES:
    "设计利用资源量 = 保有资源量 − Σ压覆资源量 − 未压覆推断资源量 × (1 − 设计利用系数)(浙自然资规〔2025〕6号 附件 六.5、六.9 只扣除压覆资源；禁采区、境界外、边帮、矿柱等其他一律列为设计损失；推断系数为起草惯例，六.5 未列)。",
  RECOVERABLE_RESERVES:
    "设计可采储量 = 设计利用资源量 − Σ设计损失量(须扣除全部设计损失，浙自然资规〔2025〕6号 附件 六.5)。",
  SERVICE_LIFE:
    "服务年限(年)= 设计可采储量 ÷ [年产量 × (1 − 废石混入率)](评估实务 ✅)；煤矿 = 设计可采储量 ÷ (年产量 × 储量备用系数 K)(✅ 煤矿评估实例；露天煤矿 K 1.1–1.2，GB 50197-2015；井工煤矿 K 原文未见 ❓，须自行填写)；给出基建期时加上基建期(评估计算期口径 ✅；方案服务年限是否含基建期未见规定 ❓)。浙自然资规〔2025〕6号 附件 六.6 审查服务年限是否合理。",
  MINING_INTENSITY: "开采强度 = 年开采量 ÷ 保有储量(T/XZBX 0088—2025 表1：年开采量/保有储量比)。",
  CLOSING_RESERVES: "年末保有资源储量 = 年初保有 − 开采量 − 损失量 + 勘查增减 + 重算增减(矿山资源储量变动台帐)。",
  AHP_WEIGHTS:
    "层次分析法权重：判断矩阵 A 满足 A·w = λmax·w 的主特征向量(EVM，幂迭代至 1e-12，Saaty)、行几何平均(RGMM，方根法)或列归一化平均(AN，和积法)。按列溢出，合计为 1。",
  AHP_LAMBDA: "判断矩阵的真实最大特征值 λmax(幂迭代，特征向量法)；CI = (λmax − n) ÷ (n − 1)。",
  AHP_CR:
    "一致性比率 CR = CI ÷ RI(n)，CI = (λmax − n) ÷ (n − 1)，λmax 为真实特征值；RI 取所选表(默认 Saaty 1980)。CR ≤ 0.10(n = 3 时 0.05，n = 4 时 0.08)可接受。",
  FUZZY_EVAL:
    "模糊综合评价 B = A ∘ R，可选算子：M(·,+) 加权平均型(默认)、M(∧,∨) 主因素决定型、M(·,∨) 主因素突出型、M(∧,⊕)、M(·,⊕)。B 按行溢出。",
  FUZZY_GRADE: "按最大隶属度原则评定等级：取 bⱼ = max(B) 的等级 j；并列最大时返回以“、”连接的各等级。",
  FUZZY_SCORE: "评价向量的加权平均得分 = Σ bⱼ·sⱼ ÷ Σ bⱼ(加权平均原则)。",
  MEMBERSHIP:
    "实测指标值 x 对各等级的隶属度：相邻等级三角形/半梯形隶属函数，在等级分界点 sⱼ 处为 1，相邻分界点之间 μ = (x − sⱼ₊₁) ÷ (sⱼ − sⱼ₊₁) 线性过渡，行合计为 1。按行溢出。",
  ENTROPY_WEIGHTS:
    "熵值法权重：按方向极差标准化，pᵢⱼ = xᵢⱼ ÷ Σᵢ xᵢⱼ，eⱼ = −Σ pᵢⱼ ln pᵢⱼ ÷ ln m(0·ln 0 = 0)，w = (1 − e) ÷ Σ(1 − e)。按列溢出。",
  MIN_RATE:
    "国家“三率”最低指标 = 内置表中“不低于 X%”的 X，以小数返回(国土资源部/自然资源部“三率”最低指标要求(试行)各公告；煤炭露天按条件中写明的依据)。分类不唯一、数值落在两档共有的界限上或没有对应行时返回 #N/A 并列出可选的开采方式、条件或文件；🔶 值照常返回，存疑之处见 MIN_RATE_SOURCE。",
  MEETS_MIN: "是否达到国家“三率”最低指标：结果 = (实际值 ≥ MIN_RATE(…))，“不低于”含等于。查表规则与提示同 MIN_RATE。",
  LICENCE_AREA:
    "矿区面积 = ½|Σ(xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ)|，由采矿权拐点坐标按边界顺序圈定(鞋带公式)；单位为坐标单位的平方(m² ÷ 10⁶ = km²)。拐点连线自相交或全在一条直线上时返回 #NUM!。",
  MIN_RATE_SOURCE:
    "同样参数下 MIN_RATE 所用最低指标的出处 = 把握程度(✅ 或 🔶 待核实)、文件、分类与数值；由自定最低指标得出时为“用户提供：…”；两者都有时先写起作用的较严者。",
};

export const PARAMETER_DESCRIPTIONS: {
  readonly [Group in keyof typeof PARAMETER_GROUPS]: Descriptions<(typeof PARAMETER_GROUPS)[Group]>;
} = {
  MINING: {
    extracted: "采出的纯矿石量(不含混入废石)，任意吨位单位。",
    consumed: "开采动用的资源储量 Q，与其他吨位同一单位。",
    loss: "开采中损失的矿石量，与动用资源储量同一单位。",
    rates: "各采区(矿块)开采回采率，小数(如 92% 或 0.92)。",
    weights: "各采区设计利用资源量(设计)或动用资源储量(生产)，单元格数与回采率相同。",
    minedOre: "采出矿石量 T(含混入废石)，与动用资源储量同一单位。",
    oreGrade: "矿块地质(工业)品位 C，任意品位单位。",
    minedGrade: "采出矿石品位 Cₜ，与地质品位同一单位。",
    wasteGrade: "混入废石品位 C_y，与地质品位同一单位。",
  },
  RESERVES: {
    retained: "评审备案的保有资源量，任意吨位单位。",
    overlaid: "应扣除的压覆资源量(水体、建筑物、铁路下等)，同一单位；可为单元格或区域，空单元格跳过，无压覆填 0。",
    inferred: "未压覆的推断资源量(压覆部分已整体扣除，不再折算)，同一单位；不大于保有 − 压覆；默认 0。",
    inferredFactor: "推断资源量的设计利用系数，小数；默认 1(附件 六.5 只扣压覆，未列此系数)。",
    usableResources: "扣除压覆资源后参与设计的资源量，任意吨位单位。",
    designLosses:
      "逐项设计损失(边帮弃采、地质及水文地质、永久矿柱、保护矿柱、禁采区/境界外、采场损失等，附件 六.9；除压覆外的一切不计入设计利用资源量的部分都在此列)，同一单位；可为单元格或区域，空单元格跳过，无损失填 0。",
    recoverableReserves: "设计可采储量，任意吨位单位。",
    annualOutput: "年采出矿石量，与设计可采储量同一单位/年。",
    dilution: "产出矿石的废石混入率(吨位比，即贫化率)，小数；默认 0。不与储量备用系数同时使用。",
    reserveFactor:
      "煤矿的储量备用系数 K，不小于 1；省略则不计(非煤矿山)。本函数不代为取值：露天煤矿 1.1–1.2(GB 50197-2015 2.3.6)，井工煤矿按所用规范填写。大于 2 视为输入错误。",
    constructionYears: "基建期(年)，加到服务年限上(评估计算期口径)；默认 0，即只算按储量与产量可生产的年数。",
    annualMined: "年内开采量，任意吨位单位。",
    retainedReserves: "保有资源储量，与年开采量同一单位。",
    opening: "年初保有资源储量，任意吨位单位。",
    mined: "年内开采量，同一单位。",
    lost: "年内损失量，同一单位。",
    explorationChange: "勘查增减量，可正可负；默认 0。",
    reestimationChange: "重算增减量，可正可负；默认 0。",
  },
  PROCESSING: {
    feedGrade: "原矿(入选)品位 α，任意品位单位。",
    concentrateGrade: "精矿品位 β，与原矿品位同一单位。",
    tailingsGrade: "尾矿品位 θ，与原矿品位同一单位。",
    feedMass: "入选原矿量 Q原，与精矿量同一单位。",
    concentrateMass: "精矿产量 Q精，任意吨位单位。",
  },
  UTILIZATION: {
    miningRecovery: "开采回采率，小数。",
    processRecovery: "选矿回收率，小数。",
    miningRecoveries: "每个批准矿种的开采回采率，一格一个矿种(小数)。",
    processRecoveries: "每个矿种的选矿回收率，与开采回采率逐格对应(小数)。",
    roles:
      "每个矿种的矿产类别：主矿产、共生、伴生(或 main、co、by)，与回采率逐格对应；写“共伴生”的矿种只计入 共伴生 合计。",
    include: "计入哪些矿种：共伴生(默认，共生与伴生合计)、共生 或 伴生；按国家指标的分类选(如金分 共生、伴生)。",
    utilized: "各矿种(或产品)在评价期内的有效利用量，如回收的金属量或折算价值。",
    resources: "各矿种在同一期内的资源总量(如开采动用的金属量)，与有效利用量逐格对应、同一单位。",
  },
  LICENCE: {
    x: "各拐点的 X 坐标(平面直角坐标，如 CGCS2000 高斯投影的 X，单位 m)，按边界顺序逐点排列；首点可在末尾重复。",
    y: "各拐点的 Y 坐标，与 X 逐格对应、单位相同。",
  },
  AHP: {
    matrix:
      "方阵，正数且互反，Saaty 1–9 标度(第 i 行相对第 j 列的重要性)；1/3 请输入 =1/3；下三角可留空，由上三角取倒数补齐。",
    method: "EVM(默认，特征向量法)、RGMM(方根法)或 AN(和积法)。",
    riTable: "平均随机一致性指标表：SAATY1980(默认)、SAATY2005、DD1991、CN1000 或 ALONSO。",
  },
  FUZZY: {
    weights: "各因素权重 A(与隶属度矩阵的行一一对应)，小数，合计为 1。",
    membership: "隶属度矩阵 R：每个因素一行，每个评语等级一列，取值 0–1。",
    operator: "M(·,+)(默认)、M(∧,∨)、M(·,∨)、M(∧,⊕)、M(·,⊕)，或 WEIGHTED、MINMAX、PRODMAX、MINSUM、PRODSUM。",
    b: "评价向量 B，每个等级一个值。",
    grades: "评语集中的等级名称，如 优、良、中、差，与 b 顺序一致。",
    scores: "各等级的分值，如 95、85、75、65，与 b 顺序一致。",
    value: "该指标的实测值。",
    thresholds: "每个等级一个分界点，最好等级在前(正向指标递减，负向指标递增)。",
    direction: "benefit(正向，越大越好，默认)或 cost(负向，越小越好)。",
    data: "每个矿山或年份一行，每个指标一列。",
    directions: "benefit(正向)或 cost(负向)：一个值适用于全部指标，或每列一个；默认正向。",
  },
  STANDARDS: {
    value: "矿山的实际或设计指标值，小数(如 82% 或 0.82)。",
    mineral: "矿种，如 铁、煤、磷、钴矿；可用 煤炭、铁矿 等常用别名。",
    indicator:
      "开采回采率、选矿回收率或综合利用率(RECOVERY、PROCESS、UTILIZATION)；来源另设的 原煤入选率、盐田采收率、采收率、加工产品产出率、选矿产率(滑石) 也可。",
    method: "露天或地下(OPEN_PIT、UNDERGROUND；也可写 露采、地采、井工)；来源按开采方式分别规定时必填。",
    condition:
      "来源原文的分类词，顺序不限，以空格、顿号、逗号或分号分隔，可写在较长的词里(如 稳固 倾斜；围岩稳固，倾斜矿体；赤铁矿 细粒)；厚度、倾角、规模可写数值带单位(如 2.5m、倾角35°)，按来源给出的界限归类；煤炭露天还须写明依据(2012公告 或 17号令)。",
    ownMinimum:
      "省级或设计规定的最低值：内置表没有该项时使用，内置表有时取两者中较严者；一个数值、一行两格(最低值、来源)，或与 三率最低指标 表同格式的表(矿种、开采方式、条件、指标、最低值、来源)。",
  },
};

/** The Chinese description of a declared parameter, found through its group and key; undefined for none. */
export function parameterDescription(parameter: Parameter): string | undefined {
  for (const [group, declarations] of Object.entries(PARAMETER_GROUPS)) {
    for (const [key, declared] of Object.entries(declarations)) {
      if (declared === parameter) {
        const descriptions = PARAMETER_DESCRIPTIONS[group as keyof typeof PARAMETER_DESCRIPTIONS];
        return (descriptions as Readonly<Record<string, string>>)[key];
      }
    }
  }
  return undefined;
}
