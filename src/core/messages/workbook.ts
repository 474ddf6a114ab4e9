/**
 * The catalogue's messages (./index) of the workbook the taskpane writes and reads, whichever spreadsheet it runs in
 * (Excel or WPS 表格): a sheet or workbook that is not there, and what WPS does not write as planned. Only the
 * taskpane gives them, so none rides into functions.js.
 */
import { Message } from "./wording";

/** A list of addresses in a sentence of each language. */
const listed = (items: readonly string[]): Message => ({ zh: items.join("、"), en: items.join(", ") });

export const sheetMissing = (sheet: string): Message => ({
  zh: `工作表“${sheet}”不存在`,
  en: `Sheet "${sheet}" does not exist`,
});
export const wpsNoWorkbook: Message = { zh: "WPS 中没有打开的工作簿", en: "No workbook is open in WPS" };
export const wpsChartsLeftOut = (sources: readonly string[]): Message => ({
  zh: `WPS 表格：未写入 ${sources.length} 个图表(WPS 加载项的图表接口未经验证)；可选中 ${listed(sources).zh} 后用“插入→图表”自行作图。`,
  en: `WPS Spreadsheets: ${sources.length} chart(s) not written (WPS's add-in chart API is unverified); select ${listed(sources).en} and use Insert → Chart to draw them.`,
});
export const wpsArrayFormulas = (ranges: readonly string[]): Message => ({
  zh: `WPS 表格：溢出公式以数组公式写入 ${listed(ranges).zh}；WPS 中自定义函数能否返回数组未经验证。`,
  en: `WPS Spreadsheets: spilling formulas were written as array formulas over ${listed(ranges).en}; whether a custom function can return an array in WPS is unverified.`,
});
export const wpsValidationsRefused = (ranges: readonly string[]): Message => ({
  zh: `WPS 表格拒绝了 ${listed(ranges).zh} 的数据验证，未写入；这些输入单元格不会提示取值范围。`,
  en: `WPS Spreadsheets refused the data validation of ${listed(ranges).en}; those input cells will not prompt for their range.`,
});
