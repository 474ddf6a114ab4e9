/**
 * The built-in table of national minimum "三率" indicators (domain.md §2, and the issue 9 §3 search), as data: every
 * row names its mineral, method, condition, indicator, value and the document it was read in. A row is ✅ when the
 * page states value and class plainly, 🔶 with the reason for the doubt when a mirror's alignment, OCR or second-hand
 * wording leaves one (the value is still answered; MIN_RATE_SOURCE and the review show the doubt). Values whose class
 * was never read (❓) are left out and listed in {@link GAPS} with what is known, so a lookup can say why.
 */
import { Message } from "../errors";

/** Open pit (露天) or underground (地下); a row without a method applies whatever the mine's method. */
export type MethodId = "OPEN_PIT" | "UNDERGROUND";

/**
 * What is measured. The first three are design.md §3.5's; the others are indicators the sources set instead of
 * them (a brine's 盐田采收率 is not a 开采回采率; hand-sorted talc has a 选矿产率, a tonnage yield, not a recovery),
 * kept apart so a value is never compared with another quantity.
 */
export type IndicatorId =
  "RECOVERY" | "PROCESS" | "UTILIZATION" | "WASHING" | "SALT_PAN" | "IN_SITU" | "PRODUCT_YIELD" | "CONCENTRATE_YIELD";

export type Confidence = "✅" | "🔶";

export interface StandardDocument {
  /** As it is cited: issuer, number or date, title or subject. (Where it was read: {@link DOCUMENT_URLS}.) */
  readonly title: string;
  /** Whether it belongs to the MLR/MNR "三率"最低指标要求(试行) 公告 series. */
  readonly sanlvNotice: boolean;
  /** Words that name the document in a condition (the first is shown); needed where a rule must be chosen. */
  readonly words?: readonly string[];
  /** Why the document's values are 🔶 (all its rows). */
  readonly doubt?: Message;
  /** What replaced it, when it is no longer in force. */
  readonly superseded?: string;
}

export const DOCUMENTS = {
  COAL_2012: {
    title: "国土资源部公告 2012-09-20《煤炭资源合理开发利用“三率”指标要求(试行)》",
    sanlvNotice: true,
    words: ["2012公告", "2012年公告"],
  },
  NDRC_17: {
    title: "国家发展改革委令 2012年第17号《生产煤矿回采率管理暂行规定》(2013-01-09 施行)",
    sanlvNotice: false,
    words: ["17号令", "第17号令", "发改委17号令", "发改委令17号"],
    doubt: {
      zh: "数值只见于新闻摘要，规定全文未读到",
      en: "values seen only in a news summary; the full text was not read",
    },
  },
  COAL_1998: {
    title: "《生产矿井煤炭资源回采率暂行管理办法》(1998)",
    sanlvNotice: false,
    words: ["1998办法", "1998年办法"],
    superseded: "已废止：2013-01-09 起由国家发展改革委令 2012年第17号取代",
  },
  MLR_2013_21: {
    title: "国土资源部公告 2013年第21号(铁、铜、铅锌、稀土、钾盐、萤石“三率”最低指标要求，试行)",
    sanlvNotice: true,
  },
  FLUORITE_ACCESS: {
    title: "萤石行业准入标准(工业和信息化部；非“三率”公告)",
    sanlvNotice: false,
    words: ["准入标准", "萤石行业准入标准", "行业准入标准"],
  },
  MLR_2012_29: {
    title: "国土资源部公告 2012年第29号(2012-12-28；金“三率”最低指标要求，试行)",
    sanlvNotice: true,
  },
  MLR_2012_1228: {
    title: "国土资源部 2012-12-28 公告(磷、高岭土“三率”最低指标要求，试行)",
    sanlvNotice: true,
  },
  MLR_2014_31: {
    title:
      "国土资源部公告 2014年第31号(2014-12-31；锰、铬、铝土矿、钨、钼、硫铁矿、石墨、石棉“三率”最低指标要求，试行)",
    sanlvNotice: true,
  },
  MLR_2016: {
    title: "国土资源部 2016 年公告(镍、锡、锑、石膏、滑石“三率”最低指标要求，试行)",
    sanlvNotice: true,
  },
  MLR_LITHIUM: {
    title: "国土资源部公告(锂、锶、重晶石、石灰岩、菱镁矿、硼“三率”最低指标要求，试行；约 2017 年，年份未核实)",
    sanlvNotice: true,
  },
  MNR_2020: {
    title: "自然资源部公告 2020-01-09《含钾岩石等矿产资源合理开发利用“三率”最低指标要求(试行)》",
    sanlvNotice: true,
  },
} as const satisfies Record<string, StandardDocument>;

export type DocumentId = keyof typeof DOCUMENTS;

/**
 * Where each document's values were read (mostly third-party mirrors of the official text). Kept apart from
 * {@link DOCUMENTS}, as {@link PAGES} are from the rows and gaps, because no lookup reads an address: only the tests
 * (each fixture row's page is one of its row's) and the README do, so the addresses stay out of functions.js.
 */
export const DOCUMENT_URLS: Readonly<Record<DocumentId, readonly string[]>> = {
  COAL_2012: [
    "https://www.renrendoc.com/p-48495536.html",
    "http://www.mlr.gov.cn/zwgk/zytz/201209/t20120925_1143729.htm",
    "http://shyecheng.com/news/news-228145-1.html",
  ],
  NDRC_17: [
    "http://gouqile.com/News/333162.htm",
    "https://chinaenergyportal.org/interim-provision-on-coal-mine-recovery-rate-management/",
  ],
  COAL_1998: ["https://xny365.com/zhuanjia/article-2567.html"],
  MLR_2013_21: ["http://thebraincenter.net/News/Details/38539", "http://m.facezit.com/shtml/view-3821610.html"],
  FLUORITE_ACCESS: ["http://ask.fsou.com/html/text/chl/1281/128107_1.html"],
  MLR_2012_29: ["https://fx361.cc/page/2013/0131/16313208.shtml", "https://360docs.net/doc/2e7965939.html"],
  MLR_2012_1228: [
    "https://fx361.cc/page/2013/0131/16313208.shtml",
    "http://www.02rqb.cn/index.php?id=75&lanmu=1&p=newsshow",
  ],
  MLR_2014_31: ["https://m.fx361.cc/news/2015/0325/19472384.html"],
  MLR_2016: ["http://bai5t2.cn/show.php?contentid=276112"],
  MLR_LITHIUM: ["http://m.cornels-photography.com/paper/288774043.html"],
  MNR_2020: ["https://freewechat.com/a/MzA4MDU2MjQzMg==/2654042240/1"],
};

/**
 * Other pages read, by name: where some rows were read (when not at their document's {@link DOCUMENT_URLS}: see
 * {@link ROW_PAGES}), and pages that name a document or its scope without the values (issue 9 §3 search), which the
 * gaps cite. Apart from the data for the reason {@link DOCUMENT_URLS} gives; a gap names its pages, which costs a word,
 * not an address.
 */
export const PAGES = {
  IRON_2013: ["http://www.mmac.org.cn:5000/topic/148945425"],
  POTASH_2013: ["https://m.shbqr.com/thread/20200217/7502840.html"],
  KAOLIN_2012: ["http://www.02rqb.cn/index.php?id=75&lanmu=1&p=newsshow"],
  TALC_YIELD_2016: ["https://m.chinaceram.cn/news/detail-62641.html"],
  NOTICE_2014: [
    "http://yinshua168.com.cn/qtjjfg/hu1501213609.shtml",
    "https://m.fx361.cc/news/2015/0325/19472384.html",
  ],
  NOTICE_2017: ["http://cindmin.com/news_8913.html", "https://m.shbqr.com/thread/20200217/7502840.html"],
  NOTICE_2019: ["https://mooc.kuangyeyuan.com/article/406"],
  LITHIUM_BATCH: ["http://m.cornels-photography.com/paper/288774043.html"],
  DZT_PARTS: ["http://m.cornels-photography.com/paper/331043377.html", "http://bubsandbeans.com/paper/331043373.html"],
  DZT_6: ["http://adcg.com.cn/news/74700.html"],
  GOLD: [
    "https://fx361.cc/page/2013/0131/16313208.shtml",
    "https://360docs.net/doc/2e7965939.html",
    "https://scholarmate.com/S/jTrHg1",
  ],
  COPPER: ["http://m.bubsandbeans.com/paper/182293048.html", "http://thebraincenter.net/News/Details/38539"],
  SUMMARY_2013: ["http://thebraincenter.net/News/Details/38539"],
} as const satisfies Record<string, readonly string[]>;

export type PageId = keyof typeof PAGES;

/** A document's rows for one mineral (of one indicator, when given) that were read at a page of their own. */
export interface RowPage {
  readonly document: DocumentId;
  readonly mineral: string;
  readonly indicator?: IndicatorId;
  readonly page: PageId;
}

/**
 * Where rows were read when not at their document's {@link DOCUMENT_URLS}, by the group of rows ({@link ROWS} lists
 * each document's rows mineral by mineral), apart from the rows for the reason DOCUMENT_URLS gives.
 */
export const ROW_PAGES: readonly RowPage[] = [
  { document: "MLR_2013_21", mineral: "铁", page: "IRON_2013" },
  { document: "MLR_2013_21", mineral: "钾盐", page: "POTASH_2013" },
  { document: "MLR_2012_1228", mineral: "高岭土", page: "KAOLIN_2012" },
  { document: "MLR_2016", mineral: "滑石", indicator: "CONCENTRATE_YIELD", page: "TALC_YIELD_2016" },
];

export interface StandardRow {
  readonly mineral: string;
  readonly method?: MethodId;
  readonly indicator: IndicatorId;
  /** The class as the source words it: slots that must all hold, each a list of words naming it (any one will do). */
  readonly condition: readonly (readonly string[])[];
  /** "不低于" value, in percent as printed. */
  readonly percent: number;
  readonly document: DocumentId;
  readonly confidence: Confidence;
  /** Why this row is 🔶, when its document is otherwise ✅. */
  readonly doubt?: Message;
  /** Source wording that qualifies the value (shown with it). */
  readonly note?: string;
}

interface Extra {
  readonly doubt?: Message;
  readonly note?: string;
}

/** [method, indicator, condition, percent, extra]: the condition is written "稳固 缓倾斜|急倾斜" (slots, alternatives). */
type Spec = readonly [
  method: "露天" | "地下" | "",
  indicator: IndicatorId,
  condition: string,
  percent: number,
  extra?: Extra,
];

const METHOD_OF = { 露天: "OPEN_PIT", 地下: "UNDERGROUND", "": undefined } as const;

function rowsOf(document: DocumentId, mineral: string, specs: readonly Spec[]): StandardRow[] {
  const doc: StandardDocument = DOCUMENTS[document];
  return specs.map(([method, indicator, condition, percent, extra = {}]) => {
    const doubt = extra.doubt ?? doc.doubt;
    return {
      mineral,
      method: METHOD_OF[method],
      indicator,
      condition: condition === "" ? [] : condition.split(" ").map((slot) => slot.split("|")),
      percent,
      document,
      confidence: doubt === undefined ? "✅" : "🔶",
      ...extra,
      ...(doubt === undefined ? {} : { doubt }),
    };
  });
}

const COAL_2012_DOUBT: Message = {
  zh: "镜像页面中“<”附近的文字缺失，数值与 2012 年征求意见稿一致，主管文件原文未读到",
  en: "the mirror lost the text around “<”; the values match the 2012 draft; the official text was not read",
};
const SMALL_PIT = { note: "矿山规模按国土资发〔2004〕208号" };
/** Talc's 选矿产率: a trade-news reprint of the 2016 notice, whose "≥" before 50% and 35% came through as "ㄒ". */
const TALC_YIELD: Extra = {
  note: "入选原矿中滑石含量；工业品位 50%、边界品位 35%",
  doubt: {
    zh: "只见于行业新闻转载，“50%”“35%”前的比较符号乱码，分档按“达到工业品位”“达到边界品位且低于工业品位”“低于边界品位”的文字读出",
    en: "seen only in a trade-news reprint with garbled signs before 50% and 35%; classes read from the words (industrial grade reached; cut-off reached, below industrial; below cut-off)",
  },
};
/**
 * domain.md left the 水晶, 石煤 and 钛矿 rows of the 2020 notice out (❓, columns unclear). Read again on the same
 * mirror (issue 9 §3), each value falls in the column that the layout of the table's other rows (锗: 露采 | 地采 by
 * thickness | 选矿 | 综合 | 备注) gives it, so they are in, with that doubt.
 */
const ALIGNMENT_2020: Extra = {
  doubt: {
    zh: "镜像页面丢失了表格线，本行各值所在的列按同表锗矿等行的格式读出(此前曾判为列对齐不明)",
    en: "the mirror lost the table rules; this row's columns are read by the layout of the table's other rows (germanium), which had earlier been judged unclear",
  },
};
const TITANIUM_2020: Extra = {
  doubt: {
    zh: "镜像页面丢失了表格线且表格在本行处截断，各值所在的列按同表其他行的格式读出(此前曾判为列对齐不明)",
    en: "the mirror lost the table rules and is cut off at this row; the columns are read by the layout of the other rows (earlier judged unclear)",
  },
};

export const ROWS: readonly StandardRow[] = [
  // Coal: 2012 notice (采区回采率). Underground thickness bands: 薄 <1.3 m, 中厚 1.3–3.5 m, 厚 >3.5 m;
  // open pit: 薄 <3.5 m, 中厚 3.5–10 m, 厚 >10 m. Hydraulic mining, open-pit 厚 and the 75% items are ✅.
  ...rowsOf("COAL_2012", "煤", [
    ["地下", "RECOVERY", "薄|<1.3m", 85, { doubt: COAL_2012_DOUBT }],
    ["地下", "RECOVERY", "中厚|1.3-3.5m", 80, { doubt: COAL_2012_DOUBT }],
    ["地下", "RECOVERY", "厚|>3.5m", 75, { doubt: COAL_2012_DOUBT }],
    ["地下", "RECOVERY", "水力采煤 薄|<1.3m", 80],
    ["地下", "RECOVERY", "水力采煤 中厚|1.3-3.5m", 75],
    ["地下", "RECOVERY", "水力采煤 厚|>3.5m", 70],
    ["露天", "RECOVERY", "薄|<3.5m", 85, { doubt: COAL_2012_DOUBT }],
    ["露天", "RECOVERY", "中厚|3.5-10m", 90, { doubt: COAL_2012_DOUBT }],
    ["露天", "RECOVERY", "厚|>10m", 95],
    ["", "WASHING", "", 75, { note: "原则上" }],
    ["", "UTILIZATION", "煤矸石", 75],
    ["", "UTILIZATION", "矿井水", 75],
  ]),
  // NDRC Order 17: the open-pit bands are in metres only (its 1.3 m boundary is not the 2012 notice's 薄).
  ...rowsOf("NDRC_17", "煤", [
    ["地下", "RECOVERY", "薄|<1.3m", 85],
    ["地下", "RECOVERY", "中厚|1.3-3.5m", 80],
    ["地下", "RECOVERY", "厚|>3.5m", 75],
    ["露天", "RECOVERY", "<1.3m", 70],
    ["露天", "RECOVERY", "1.3-3.5m", 80],
    ["露天", "RECOVERY", "3.5-6m|3.5-6.0m", 85],
    ["露天", "RECOVERY", ">6m", 95],
  ]),
  ...rowsOf("COAL_1998", "煤", [
    ["地下", "RECOVERY", ">=9万t/a 薄", 85],
    ["地下", "RECOVERY", ">=9万t/a 中厚", 80],
    ["地下", "RECOVERY", ">=9万t/a 厚", 75],
    ["地下", "RECOVERY", ">=9万t/a 水力采煤", 70],
    ["地下", "RECOVERY", "3-9万t/a", 65],
    ["地下", "RECOVERY", "<3万t/a", 50],
  ]),
  // Iron, 2013 No. 21 attachment 1. 围岩稳固性 per GB 50218-94: 稳固 Ⅰ–Ⅲ, 不稳固 Ⅳ, 极不稳固 Ⅴ;
  // 缓倾斜 α<30°, 倾斜 30°≤α≤55°, 急倾斜 α>55°.
  ...rowsOf("MLR_2013_21", "铁", [
    ["露天", "RECOVERY", "大型", 95, SMALL_PIT],
    ["露天", "RECOVERY", "中小型", 90, SMALL_PIT],
    ["地下", "RECOVERY", "稳固 缓倾斜|急倾斜", 83],
    ["地下", "RECOVERY", "稳固 倾斜", 81],
    ["地下", "RECOVERY", "不稳固 缓倾斜|急倾斜", 79],
    ["地下", "RECOVERY", "不稳固 倾斜", 78],
    ["地下", "RECOVERY", "极不稳固 缓倾斜|急倾斜", 77],
    ["地下", "RECOVERY", "极不稳固 倾斜", 75],
    ["", "PROCESS", "磁铁矿 中细粒以上", 95, { note: "指磁性铁回收率" }],
    // The notice prints "指磁性铁回收率" on the row above; a magnetite recovery is an mFe recovery on every row (our reading).
    ["", "PROCESS", "磁铁矿 细粒|微细粒", 90, { note: "指磁性铁回收率(原文注于上一行，本工具理解为同适用)" }],
    ["", "PROCESS", "赤铁矿|镜铁矿 中细粒以上", 75],
    ["", "PROCESS", "赤铁矿|镜铁矿 细粒|微细粒", 70],
  ]),
  ...rowsOf("MLR_2013_21", "铜", [
    ["露天", "RECOVERY", "大型", 95],
    ["露天", "RECOVERY", "中小型", 92],
  ]),
  ...rowsOf("MLR_2013_21", "铅锌", [
    ["露天", "RECOVERY", "大型", 95],
    ["露天", "RECOVERY", "中小型", 92],
  ]),
  // Ion-adsorption rare earth: heap leaching or in-situ leaching, neither open pit nor underground.
  ...rowsOf("MLR_2013_21", "离子型稀土", [
    ["", "RECOVERY", "堆浸 浸出相", 87],
    ["", "RECOVERY", "堆浸 全相", 70],
    ["", "RECOVERY", "原地浸矿 浸出相", 84],
    ["", "RECOVERY", "原地浸矿 全相", 67],
  ]),
  ...rowsOf("MLR_2013_21", "钾盐", [
    ["地下", "RECOVERY", "固体钾石盐|固体|钾石盐", 61],
    ["", "SALT_PAN", "氯化物型 盐湖|卤水", 70],
    ["", "SALT_PAN", "硫酸盐型 盐湖|卤水", 63],
    ["", "PROCESS", "固体钾石盐|固体|钾石盐", 63],
    ["", "PROCESS", "氯化物型 盐湖|卤水", 55],
  ]),
  ...rowsOf("FLUORITE_ACCESS", "萤石", [
    ["露天", "RECOVERY", "", 90],
    ["地下", "RECOVERY", "", 75],
    ["", "PROCESS", "", 80, { note: "伴生矿、尾矿利用除外" }],
  ]),
  ...rowsOf("MLR_2012_29", "金", [
    ["露天", "RECOVERY", "", 90, { note: "且矿石贫化率不高于 10%" }],
    ["", "UTILIZATION", "共生", 60],
    ["", "UTILIZATION", "伴生", 40],
  ]),
  ...rowsOf("MLR_2012_1228", "磷", [
    ["露天", "RECOVERY", "", 93],
    ["地下", "RECOVERY", "", 72],
    ["", "PROCESS", "磷块岩", 80],
    ["", "PROCESS", "磷灰石|磷灰岩", 85],
    ["", "UTILIZATION", "共伴生", 45],
    ["", "UTILIZATION", "尾矿", 25],
  ]),
  ...rowsOf("MLR_2012_1228", "高岭土", [
    ["露天", "RECOVERY", "", 85],
    ["地下", "RECOVERY", "", 75],
    ["", "PROCESS", "", 85],
    ["", "UTILIZATION", "尾矿", 98, { note: "原文如此，数值偏高，请核对" }],
  ]),
  ...rowsOf("MLR_2014_31", "硫铁矿", [
    ["露天", "RECOVERY", "", 92],
    ["地下", "RECOVERY", "煤系沉积|煤系", 65],
    ["地下", "RECOVERY", "非煤系", 80],
    ["", "PROCESS", "煤系沉积|煤系", 70],
    ["", "PROCESS", "非煤系", 80],
    ["", "UTILIZATION", "共伴生", 50, { note: "共伴生组分品位达到公告所列要求时" }],
  ]),
  ...rowsOf("MLR_2016", "镍", [
    ["露天", "RECOVERY", "", 92],
    ["露天", "RECOVERY", "形态复杂", 88],
  ]),
  ...rowsOf("MLR_2016", "锡", [
    ["露天", "RECOVERY", "", 95],
    ["露天", "RECOVERY", "形态变化大|薄|稳固性差", 92],
  ]),
  ...rowsOf("MLR_2016", "锑", [
    ["露天", "RECOVERY", "", 95],
    ["露天", "RECOVERY", "形态变化大|薄|稳固性差", 92],
  ]),
  ...rowsOf("MLR_2016", "滑石", [
    ["露天", "RECOVERY", "", 85],
    ["地下", "RECOVERY", "", 72],
    // Hand-sorted talc has no process recovery; the notice measures it by 选矿产率, by the talc content of the feed.
    ["", "CONCENTRATE_YIELD", "达到工业品位|工业品位以上|>=50%", 90, TALC_YIELD],
    ["", "CONCENTRATE_YIELD", "达到边界品位且低于工业品位|边界品位至工业品位|35-50%", 75, TALC_YIELD],
    ["", "CONCENTRATE_YIELD", "低于边界品位|<35%", 40, TALC_YIELD],
  ]),
  ...rowsOf("MLR_2016", "石膏", [
    ["露天", "RECOVERY", "", 90],
    ["地下", "RECOVERY", "房柱法", 35],
    ["地下", "RECOVERY", "崩落法 急倾斜厚矿体", 60],
    ["地下", "RECOVERY", "全面充填法 纤维石膏|球形石膏|透明石膏", 85],
  ]),
  // Solid lithium; processing by feed grade Li₂O.
  ...rowsOf("MLR_LITHIUM", "锂", [
    ["露天", "RECOVERY", "", 90],
    ["地下", "RECOVERY", "稳固 薄", 82],
    ["地下", "RECOVERY", "稳固 中厚|厚", 84],
    ["地下", "RECOVERY", "中等稳固 薄", 80],
    ["地下", "RECOVERY", "中等稳固 中厚|厚", 82],
    ["地下", "RECOVERY", "不稳固 薄", 78],
    ["地下", "RECOVERY", "不稳固 中厚|厚", 80],
    ["", "PROCESS", ">=1.3%", 80],
    ["", "PROCESS", "0.9-1.3%", 75],
    ["", "PROCESS", "0.6-0.9%", 70],
    ["", "PROCESS", "<0.6%", 65],
  ]),
  // MNR 2020-01-09 (columns 露采 | 地采 | 选矿 | 综合利用率 | 备注); 水晶, 石煤 and 钛矿 are 🔶 (ALIGNMENT_2020).
  ...rowsOf("MNR_2020", "含钾岩石", [
    ["露天", "RECOVERY", "", 95],
    ["地下", "RECOVERY", "", 80],
    ["地下", "RECOVERY", "房柱法", 70],
    ["", "PROCESS", "", 70],
  ]),
  ...rowsOf("MNR_2020", "铁矾土", [
    ["露天", "RECOVERY", "", 95],
    ["地下", "RECOVERY", "", 80],
  ]),
  ...rowsOf("MNR_2020", "油砂", [
    ["露天", "RECOVERY", "", 90],
    ["地下", "RECOVERY", "", 75],
    ["", "PROCESS", "", 80],
    ["", "UTILIZATION", "共伴生", 50],
    ["地下", "IN_SITU", "原位开采", 20],
  ]),
  ...rowsOf("MNR_2020", "冰洲石", [
    ["露天", "RECOVERY", "", 95],
    ["地下", "RECOVERY", "", 90],
    ["", "UTILIZATION", "废石", 50],
  ]),
  ...rowsOf("MNR_2020", "电气石", [
    ["露天", "RECOVERY", "<10万t", 85, { note: "按矿物量" }],
    ["露天", "RECOVERY", "10-50万t", 90, { note: "按矿物量" }],
    ["露天", "RECOVERY", ">=50万t", 95, { note: "按矿物量" }],
    ["地下", "RECOVERY", "", 85],
    ["", "PROCESS", "易选", 90],
    ["", "PROCESS", "一般", 80],
    ["", "PROCESS", "难选", 70],
    ["", "UTILIZATION", "共伴生", 60],
    ["", "UTILIZATION", "废石|尾矿", 50],
  ]),
  ...rowsOf("MNR_2020", "钴", [
    ["露天", "RECOVERY", "", 88],
    ["地下", "RECOVERY", "", 75],
    ["", "PROCESS", "", 70],
    ["", "UTILIZATION", "共伴生", 60],
  ]),
  ...rowsOf("MNR_2020", "宝石", [
    ["露天", "RECOVERY", "", 90],
    ["地下", "RECOVERY", "", 80],
    ["", "PROCESS", "", 30],
  ]),
  ...rowsOf("MNR_2020", "浮石", [["露天", "RECOVERY", "", 93]]),
  ...rowsOf("MNR_2020", "累托石粘土", [
    ["露天", "RECOVERY", "", 90],
    ["地下", "RECOVERY", "", 75],
    ["", "PROCESS", "", 75],
    ["", "UTILIZATION", "共伴生", 60],
  ]),
  ...rowsOf("MNR_2020", "锗", [
    ["露天", "RECOVERY", "", 98],
    ["地下", "RECOVERY", "薄", 88],
    ["地下", "RECOVERY", "中厚", 83],
    ["地下", "RECOVERY", "厚", 78],
    ["", "PROCESS", "", 85],
  ]),
  ...rowsOf("MNR_2020", "海泡石粘土", [
    ["露天", "RECOVERY", "", 90],
    ["地下", "RECOVERY", "", 80],
    ["", "PROCESS", "", 75],
  ]),
  ...rowsOf("MNR_2020", "凹凸棒石粘土", [
    ["露天", "RECOVERY", "", 95],
    ["", "PROCESS", "干法", 95],
    ["", "PROCESS", "湿法", 60],
    ["", "UTILIZATION", "废石|尾矿", 90],
  ]),
  ...rowsOf("MNR_2020", "红柱石", [
    ["露天", "RECOVERY", "", 92],
    ["地下", "RECOVERY", "", 80],
    ["", "PROCESS", "", 48, { note: "按红柱石矿物计" }],
  ]),
  ...rowsOf("MNR_2020", "珍珠岩", [
    ["露天", "RECOVERY", "", 92],
    ["", "PRODUCT_YIELD", "", 75],
    ["", "UTILIZATION", "尾矿", 90],
  ]),
  ...rowsOf("MNR_2020", "耐火粘土", [
    ["露天", "RECOVERY", "", 92],
    ["地下", "RECOVERY", "", 65],
  ]),
  ...rowsOf("MNR_2020", "蓝晶石", [
    ["露天", "RECOVERY", "", 92],
    ["地下", "RECOVERY", "", 80],
    ["", "PROCESS", "", 50, { note: "按蓝晶石矿物计" }],
  ]),
  ...rowsOf("MNR_2020", "矽线石", [
    ["露天", "RECOVERY", "", 92],
    ["地下", "RECOVERY", "", 80],
    ["", "PROCESS", "", 40, { note: "按矽线石矿物计" }],
  ]),
  ...rowsOf("MNR_2020", "水晶", [
    ["露天", "RECOVERY", "", 95, ALIGNMENT_2020],
    ["地下", "RECOVERY", "熔炼水晶|熔炼", 85, ALIGNMENT_2020],
    ["地下", "RECOVERY", "压电水晶|光学水晶|工艺水晶|压电|光学|工艺", 90, ALIGNMENT_2020],
    ["", "UTILIZATION", "废石", 50, ALIGNMENT_2020],
  ]),
  // 石煤 has no open-pit value ("/"); underground by seam thickness, like 锗's 薄/中厚/厚 sub-rows.
  ...rowsOf("MNR_2020", "石煤", [
    ["地下", "RECOVERY", "厚度<5m|<5m", 70, ALIGNMENT_2020],
    ["地下", "RECOVERY", "厚度>=5m|>=5m", 65, ALIGNMENT_2020],
    ["", "UTILIZATION", "煤矸石", 100, ALIGNMENT_2020],
  ]),
  ...rowsOf("MNR_2020", "钛", [
    ["露天", "RECOVERY", "", 90, TITANIUM_2020],
    ["地下", "RECOVERY", "", 90, TITANIUM_2020],
    ["", "PROCESS", "钛铁砂型|钛铁砂", 70, TITANIUM_2020],
    ["", "PROCESS", "金红石型|金红石", 45, TITANIUM_2020],
  ]),
];

/**
 * What a number in a condition is measured in: seam or ore-body thickness (m), dip (°), mine scale (万t/a), ore or
 * mineral tonnage (万t) or grade (%). A number is read only with its unit, so 35 is never taken for 35° or 35 m.
 */
export type Unit = "m" | "°" | "万t/a" | "万t" | "%";

/**
 * A class the source bounds by a number, so a number in the condition can name it ("2.5m" → 中厚). Only bounds the
 * source writes are here; classes whose bound is in another document (大型/中小型 by 国土资发〔2004〕208号) or was
 * not read (锂、锗 薄/中厚/厚) have none, and a number for them is refused, never placed by a bound of our own.
 */
export interface Band {
  readonly document: DocumentId;
  readonly mineral: string;
  readonly indicator: IndicatorId;
  /** Undefined when the rows it bounds have no method. */
  readonly method?: MethodId;
  readonly unit: Unit;
  /** The rows' word for the class, as written in ROWS (one of a slot's alternatives). */
  readonly word: string;
  /**
   * The bound as the source words it, unit left off: "<1.3", ">=5", "1.3-3.5" (both ends in, as a printed range
   * reads), "30<=α<=55" or "35<=x<50" where the source says which end is in.
   */
  readonly bound: string;
}

function bandsOf(
  document: DocumentId,
  mineral: string,
  [method, indicator, unit]: readonly [method: "露天" | "地下" | "", indicator: IndicatorId, unit: Unit],
  specs: readonly (readonly [word: string, bound: string])[],
): Band[] {
  return specs.map(([word, bound]) => ({ document, mineral, indicator, method: METHOD_OF[method], unit, word, bound }));
}

/**
 * The bounds of domain.md §2 and the rows' own text. Where two printed ranges share an end ("1.3-3.5m" and
 * "3.5-6m"), a number on it is in both and the lookup asks; where one side is "<" or ">" the other side has it.
 */
export const BANDS: readonly Band[] = [
  // 2012 notice: 井工 薄 (<1.3 m), 中厚 (1.3–3.5 m), 厚 (>3.5 m); 露天 薄 (<3.5 m), 中厚 (3.5–10 m), 厚 (>10 m).
  ...bandsOf(
    "COAL_2012",
    "煤",
    ["地下", "RECOVERY", "m"],
    [
      ["薄", "<1.3"],
      ["中厚", "1.3-3.5"],
      ["厚", ">3.5"],
    ],
  ),
  ...bandsOf(
    "COAL_2012",
    "煤",
    ["露天", "RECOVERY", "m"],
    [
      ["薄", "<3.5"],
      ["中厚", "3.5-10"],
      ["厚", ">10"],
    ],
  ),
  // Order 17: 井工 <1.3 m, 1.3–3.5 m, >3.5 m; 露天 <1.3 m, 1.3–3.5 m, 3.5–6.0 m, >6 m (3.5 is in two ranges).
  ...bandsOf(
    "NDRC_17",
    "煤",
    ["地下", "RECOVERY", "m"],
    [
      ["薄", "<1.3"],
      ["中厚", "1.3-3.5"],
      ["厚", ">3.5"],
    ],
  ),
  ...bandsOf(
    "NDRC_17",
    "煤",
    ["露天", "RECOVERY", "m"],
    [
      ["<1.3m", "<1.3"],
      ["1.3-3.5m", "1.3-3.5"],
      ["3.5-6m", "3.5-6"],
      [">6m", ">6"],
    ],
  ),
  // 1998 measures: 设计能力 ≥9万t/a, 3–9万t/a, <3万t/a (9 is in two). Its 薄/中厚/厚 have no metres in the source read.
  ...bandsOf(
    "COAL_1998",
    "煤",
    ["地下", "RECOVERY", "万t/a"],
    [
      [">=9万t/a", ">=9"],
      ["3-9万t/a", "3-9"],
      ["<3万t/a", "<3"],
    ],
  ),
  // Iron attachment 1: 缓倾斜 (α<30°), 倾斜 (30°≤α≤55°), 急倾斜 (α>55°).
  ...bandsOf(
    "MLR_2013_21",
    "铁",
    ["地下", "RECOVERY", "°"],
    [
      ["缓倾斜", "<30"],
      ["倾斜", "30<=α<=55"],
      ["急倾斜", ">55"],
    ],
  ),
  // Talc feed: 达到工业品位 (50%); 达到边界品位 (35%) 且低于工业品位; 低于边界品位: the words say which end is in.
  ...bandsOf(
    "MLR_2016",
    "滑石",
    ["", "CONCENTRATE_YIELD", "%"],
    [
      ["达到工业品位", ">=50"],
      ["达到边界品位且低于工业品位", "35<=x<50"],
      ["低于边界品位", "<35"],
    ],
  ),
  // Lithium feed Li₂O: ≥1.3%, 0.9–1.3%, 0.6–0.9%, <0.6% (1.3 and 0.9 are each in two).
  ...bandsOf(
    "MLR_LITHIUM",
    "锂",
    ["", "PROCESS", "%"],
    [
      [">=1.3%", ">=1.3"],
      ["0.9-1.3%", "0.9-1.3"],
      ["0.6-0.9%", "0.6-0.9"],
      ["<0.6%", "<0.6"],
    ],
  ),
  // 2020 notice, 电气石 露采 by 矿物量: <10万t, 10–50万t, ≥50万t (50 is in two).
  ...bandsOf(
    "MNR_2020",
    "电气石",
    ["露天", "RECOVERY", "万t"],
    [
      ["<10万t", "<10"],
      ["10-50万t", "10-50"],
      [">=50万t", ">=50"],
    ],
  ),
  // 2020 notice, 石煤 地采: 厚度 <5 m, ≥5 m.
  ...bandsOf(
    "MNR_2020",
    "石煤",
    ["地下", "RECOVERY", "m"],
    [
      ["<5m", "<5"],
      [">=5m", ">=5"],
    ],
  ),
];

/** Other names of minerals, written without a trailing 矿 (dropped before comparing; 黏 is read as 粘). */
export const MINERAL_ALIASES: Readonly<Record<string, string>> = {
  煤炭: "煤",
  离子吸附型稀土: "离子型稀土",
  氟石: "萤石",
  累托石: "累托石粘土",
  海泡石: "海泡石粘土",
  凹凸棒石: "凹凸棒石粘土",
  凹凸棒: "凹凸棒石粘土",
  固体锂: "锂",
  黄金: "金",
  "铅/锌": "铅锌",
  // What plans call the minerals the issue 9 §3 list names, so a gap answers with its reason, not "unknown mineral".
  黑钨: "钨",
  白钨: "钨",
  辉钼: "钼",
  铝矾土: "铝土矿",
  砂线石: "矽线石",
  叶腊石: "叶蜡石",
  石灰石: "石灰岩",
  灰岩: "石灰岩",
  水泥用石灰岩: "水泥用灰岩",
  水泥用石灰石: "水泥用灰岩",
  水泥灰岩: "水泥用灰岩",
  // The construction-stone minerals of the catalogue: no national "三率" minimum was found for any of them.
  建筑用石料: "建筑石料",
  普通建筑石料: "建筑石料",
  建筑石料用灰岩: "建筑石料",
  建筑用凝灰岩: "建筑石料",
  建筑用花岗岩: "建筑石料",
  建筑用安山岩: "建筑石料",
  建筑用玄武岩: "建筑石料",
  建筑用白云岩: "建筑石料",
  建筑用石: "建筑石料",
};

/**
 * What is known about values that are not in the table (domain.md §2 and the issue 9 §3 search): ❓ cell mappings,
 * values not retrieved, or indicators a notice does not set ("/"). A lookup that finds no row quotes the notes that
 * fit it.
 */
export interface Gap {
  readonly mineral: string;
  readonly indicator?: IndicatorId;
  readonly method?: MethodId;
  readonly note: Message;
  /**
   * Where what is known was read (a notice without its attachment, a standard's foreword or scope), as names of
   * {@link PAGES}.
   */
  readonly seen?: readonly PageId[];
}

const notRetrieved = (document: string): Message => ({
  zh: `${document}中的数值未读到(❓)`,
  en: `the values of ${document} were not retrieved (❓)`,
});
const TIERS_ONLY: Message = {
  zh: "按分档给出，只读到范围，各档数值未核实(❓)",
  en: "set in tiers of which only the range was read (❓)",
};
const notSet: Message = { zh: "公告此项为“/”，不设指标", en: "the notice sets no value here (“/”)" };

/** The current standard's part that covers the mineral, read only in its foreword or scope. */
const standardNotRead = (part: string): Message => ({
  zh: `现行 DZ/T ${part} 列有此矿种，其最低指标数值未读到(❓)`,
  en: `the current standard DZ/T ${part} covers it, but its minimum values were not read (❓)`,
});

interface Where {
  readonly indicator?: IndicatorId;
  readonly method?: MethodId;
  readonly seen?: readonly PageId[];
}

function gaps(minerals: readonly string[], note: Message, where: Where = {}): Gap[] {
  return minerals.map((mineral) => ({ mineral, note, ...where }));
}

/** DZ/T 0462.6-2023 (石墨等26种非金属矿产) lists these by name in its scope; its tables were not readable. */
const DZT_6_MINERALS = [
  "云母",
  "长石",
  "石榴子石",
  "透辉石",
  "透闪石",
  "蛭石",
  "沸石",
  "毒重石",
  "方解石",
  "白垩",
] as const;
/** The limestones DZ/T 0462.6 sets apart by use (the 三率 notice's 石灰岩 was not read either). */
const LIMESTONES_BY_USE = [
  "水泥用灰岩",
  "电石用灰岩",
  "制碱用灰岩",
  "化肥用灰岩",
  "熔剂用灰岩",
  "玻璃用灰岩",
  "制灰用灰岩",
] as const;

export const GAPS: readonly Gap[] = [
  ...gaps(["煤"], {
    zh: "DZ/T 0462.1-2023 的数值未读到(❓)；工作面回采率仅见低质量网页(🔶)，未收录",
    en: "DZ/T 0462.1-2023 values not read (❓); 工作面回采率 seen only on a low-quality page (🔶), not included",
  }),
  ...gaps(
    ["铁"],
    { zh: "磁-赤混合矿等其他矿石类型未读到(❓)", en: "mixed and other ore types not readable (❓)" },
    { indicator: "PROCESS" },
  ),
  ...gaps(
    ["铁"],
    { zh: "综合利用率未读到(❓)", en: "utilisation values not readable (❓)" },
    { indicator: "UTILIZATION" },
  ),
  ...gaps(
    ["铜"],
    {
      zh: "地下 75–92%，按矿体厚度 × 品位分九档，各档数值未核实(❓；转载的附件2 只读到开头，表1 未读到)",
      en: "underground 75–92% in nine tiers; cells not verified (❓; the reprinted attachment 2 breaks off before table 1)",
    },
    { indicator: "RECOVERY", method: "UNDERGROUND", seen: ["COPPER"] },
  ),
  ...gaps(
    ["铅锌"],
    { zh: "地下 75–92%，分 27 档，各档数值未核实(❓)", en: "underground 75–92% in 27 tiers; cells not verified (❓)" },
    { indicator: "RECOVERY", method: "UNDERGROUND", seen: ["SUMMARY_2013"] },
  ),
  ...gaps(["铜", "铅锌"], notRetrieved("2013年第21号"), { indicator: "PROCESS", seen: ["SUMMARY_2013"] }),
  ...gaps(
    ["钾盐"],
    { zh: "硫酸盐型选矿回收率原文截断(❓)", en: "the sulphate-type value is cut off (❓)" },
    { indicator: "PROCESS" },
  ),
  ...gaps(
    ["萤石"],
    {
      zh: "2013年第21号中萤石的“三率”数值未读到(❓)；内置值来自萤石行业准入标准",
      en: "the 2013 No. 21 fluorite values were not retrieved (❓); the built-in values are the industry access standard's",
    },
    { seen: ["SUMMARY_2013"] },
  ),
  ...gaps(["萤石"], standardNotRead("0462.6-2023"), { seen: ["DZT_6"] }),
  ...gaps(
    ["金"],
    {
      zh: "地下 75/80/85% 按赋存条件(厚度、倾角、围岩稳固性)，各值对应哪一类未核实(❓)",
      en: "underground 75/80/85% by deposit conditions; which value belongs to which class is not verified (❓)",
    },
    { indicator: "RECOVERY", method: "UNDERGROUND", seen: ["GOLD"] },
  ),
  ...gaps(
    ["金"],
    {
      zh: "选矿 50/70/80% 按易处理/难处理/低品位矿石，各值对应哪一类未核实(❓)",
      en: "processing 50/70/80% by ore type; which value belongs to which type is not verified (❓)",
    },
    { indicator: "PROCESS", seen: ["GOLD"] },
  ),
  ...gaps(["锰", "铬", "铝土矿", "钨", "钼", "石墨", "石棉"], notRetrieved("2014年第31号"), {
    seen: ["NOTICE_2014"],
  }),
  ...gaps(["锰", "铬"], standardNotRead("0462.3-2023"), { seen: ["DZT_PARTS"] }),
  ...gaps(["石墨", "石棉"], standardNotRead("0462.6-2023"), { seen: ["DZT_6"] }),
  ...gaps(
    ["钨", "钼", "铝土矿"],
    {
      zh: "现行 DZ/T 0462 中此矿种所在部分及其数值未读到(❓；第4部分为“铜等12种有色金属矿产”，其矿种清单未读到)",
      en: "which part of the current DZ/T 0462 covers it, and its values, were not read (❓; part 4 covers “copper and 11 other non-ferrous metals”, list not read)",
    },
    { seen: ["DZT_PARTS"] },
  ),
  ...gaps(["镍", "锡", "锑"], TIERS_ONLY, { indicator: "RECOVERY", method: "UNDERGROUND" }),
  ...gaps(["镍", "锡", "锑"], TIERS_ONLY, { indicator: "PROCESS" }),
  ...gaps(
    ["镍", "锡"],
    { zh: "共伴生指标只见于征求意见稿(🔶)，未收录", en: "co-product values only in a draft (🔶), not included" },
    { indicator: "UTILIZATION" },
  ),
  ...gaps(
    ["滑石"],
    {
      zh: "公告不设选矿回收率(滑石人工拣选)，以选矿产率衡量：请查指标 选矿产率",
      en: "no process recovery is set (talc is hand-sorted); the notice uses 选矿产率 (CONCENTRATE_YIELD) instead",
    },
    { indicator: "PROCESS" },
  ),
  ...gaps(["石膏"], { zh: "公告不设选矿回收率与综合利用率", en: "the notice sets no process recovery or utilisation" }),
  ...gaps(
    ["滑石"],
    { zh: "公告鼓励综合利用，未设数值", en: "the notice encourages utilisation but sets no value" },
    { indicator: "UTILIZATION" },
  ),
  ...gaps(
    ["锂"],
    { zh: "伴生铍钽铌综合利用率原文乱码(❓)", en: "the by-product value is garbled (❓)" },
    { indicator: "UTILIZATION", seen: ["LITHIUM_BATCH"] },
  ),
  ...gaps(
    ["锶", "重晶石", "石灰岩", "菱镁矿", "硼"],
    {
      zh: "锂等六矿种公告中的数值未读到(❓；转载页只读到锂矿部分)",
      en: "the values of the lithium-batch notice were not retrieved (❓; the reprint is readable for lithium only)",
    },
    { seen: ["LITHIUM_BATCH"] },
  ),
  ...gaps(["重晶石", "菱镁矿", "石灰岩"], standardNotRead("0462.6-2023"), { seen: ["DZT_6"] }),
  ...gaps(["锶"], standardNotRead("0462.5-2023"), { seen: ["DZT_PARTS"] }),
  ...gaps(["硼"], standardNotRead("0462.8-2023"), { seen: ["DZT_PARTS"] }),
  ...gaps(
    ["煤层气", "油页岩", "银", "锆", "硅灰石", "硅藻土", "盐矿"],
    {
      zh: "约 2019 年自然资源部公告中的数值未读到(❓；转载页只列出矿种名)",
      en: "the values of the c. 2019 MNR notice were not retrieved (❓; the reprint lists the minerals only)",
    },
    { seen: ["NOTICE_2019"] },
  ),
  ...gaps(["银", "锆"], standardNotRead("0462.5-2023"), { seen: ["DZT_PARTS"] }),
  ...gaps(["硅灰石"], standardNotRead("0462.6-2023"), { seen: ["DZT_6"] }),
  ...gaps(
    ["镁", "铌", "钽", "硅质原料", "膨润土", "芒硝"],
    {
      zh: "2017年第43号公告(2017-12-29)中的数值未读到(❓；转载页只有公告正文，无附件)",
      en: "the values of notice 2017 No. 43 (2017-12-29) were not retrieved (❓; the reprint has the notice without its attachment)",
    },
    { seen: ["NOTICE_2017"] },
  ),
  ...gaps(["铌", "钽"], standardNotRead("0462.5-2023"), { seen: ["DZT_PARTS"] }),
  // Non-metals common in Zhejiang plans (issue 9 §3) that no "三率" notice read covers.
  ...gaps(
    [...LIMESTONES_BY_USE],
    {
      zh: "现行 DZ/T 0462.6-2023 按用途列有此类石灰岩，其数值未读到(❓)；“三率”公告中的石灰岩(锂等六矿种公告)数值亦未读到，是否按用途分档不明",
      en: "DZ/T 0462.6-2023 lists limestone by use, including this one, but its values were not read (❓); the 三率 notice's limestone values were not read either",
    },
    { seen: ["DZT_6", "LITHIUM_BATCH"] },
  ),
  ...gaps(
    [...DZT_6_MINERALS],
    {
      zh: "未见此矿种的“三率”最低指标公告；现行 DZ/T 0462.6-2023 列有此矿种，其数值未读到(❓)",
      en: "no 三率 notice for it was found; DZ/T 0462.6-2023 covers it, but its values were not read (❓)",
    },
    { seen: ["DZT_6"] },
  ),
  ...gaps(
    ["叶蜡石"],
    {
      zh: "未见叶蜡石的“三率”最低指标公告；DZ/T 0462.6-2023 所列非金属中没有叶蜡石，第 13–15 部分未识别(❓)",
      en: "no 三率 notice for pyrophyllite was found; DZ/T 0462.6-2023 does not list it and parts 13–15 were not identified (❓)",
    },
    { seen: ["DZT_6", "DZT_PARTS"] },
  ),
  ...gaps(
    ["建筑石料"],
    {
      zh: "未见建筑用石料的国家“三率”最低指标公告；已识别的 DZ/T 0462 第 1–12 部分未列建筑用石料，第 13–15 部分未识别(❓)；浙江省的规定未读到",
      en: "no national 三率 minimum for construction stone was found; the identified parts 1–12 of DZ/T 0462 do not list it, parts 13–15 were not identified (❓); no Zhejiang rule was read",
    },
    { seen: ["DZT_6", "DZT_PARTS"] },
  ),
  ...gaps(["稀土"], { zh: "内置表只有离子型稀土(2013年第21号)", en: "the table holds only ion-adsorption rare earth" }),
  ...gaps(["含钾岩石", "铁矾土", "宝石", "海泡石粘土", "红柱石", "蓝晶石", "矽线石", "锗", "钛"], notSet, {
    indicator: "UTILIZATION",
  }),
  ...gaps(["铁矾土", "冰洲石", "耐火粘土", "水晶", "石煤"], notSet, { indicator: "PROCESS" }),
  ...gaps(["耐火粘土"], notSet, { indicator: "UTILIZATION" }),
  ...gaps(["浮石"], notSet),
  ...gaps(["凹凸棒石粘土", "珍珠岩"], notSet, { indicator: "RECOVERY", method: "UNDERGROUND" }),
  ...gaps(["石煤"], notSet, { indicator: "RECOVERY", method: "OPEN_PIT" }),
];
