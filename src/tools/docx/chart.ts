/**
 * A native chart part (word/charts/chartN.xml, DrawingML c:chartSpace) for a {@link Chart}: a clustered bar or
 * column chart, or a line chart with markers, one series per {@link ChartSeries}, every value saved in the part's
 * caches (c:strCache, c:numCache). The caches are what Word, WPS and LibreOffice draw; the c:f references name the
 * cells of the chart's data sheet (Sheet1: categories in column A, one series per column from B), which the
 * writer embeds as a small workbook when it can, so that "Edit Data" opens it. A null value is left out of the
 * cache, and a line chart shows a gap there (c:dispBlanksAs gap), never a false zero.
 */
import { columnName } from "../../core/workbook/sheetPlan";
import { Chart } from "./model";
import { NS, XML_DECLARATION, escapeXml } from "./xml";

const COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/** Fonts of chart text: Latin and East Asian. */
const FONT = '<a:latin typeface="Times New Roman"/><a:ea typeface="宋体"/>';

function textProperties(size: number, bold = false): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">${FONT}</a:defRPr>` +
    `</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`
  );
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1">${FONT}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1200" b="1">${FONT}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

function stringCache(values: readonly string[]): string {
  const points = values.map((value, i) => `<c:pt idx="${i}"><c:v>${escapeXml(value)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: readonly (number | null)[], format: string): string {
  const points = values
    .map((value, i) => (value === null || !Number.isFinite(value) ? "" : `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/** The data sheet's cells of series s (column B, C, …) and of the categories (column A). */
function references(chart: Chart, s: number): { name: string; categories: string; values: string } {
  const n = chart.categories.length;
  const column = columnName(s + 1);
  return {
    name: `Sheet1!$${column}$1`,
    categories: `Sheet1!$A$2:$A$${n + 1}`,
    values: `Sheet1!$${column}$2:$${column}$${n + 1}`,
  };
}

function labels(format: string, position: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${textProperties(8)}<c:dLblPos val="${position}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function series(chart: Chart, format: string): string {
  return chart.series
    .map((one, s) => {
      const ref = references(chart, s);
      const colour = COLOURS[s % COLOURS.length];
      const tx = `<c:tx><c:strRef><c:f>${ref.name}</c:f>${stringCache([one.name])}</c:strRef></c:tx>`;
      const cat = `<c:cat><c:strRef><c:f>${ref.categories}</c:f>${stringCache(chart.categories)}</c:strRef></c:cat>`;
      const val = `<c:val><c:numRef><c:f>${ref.values}</c:f>${numberCache(one.values, format)}</c:numRef></c:val>`;
      const head = `<c:idx val="${s}"/><c:order val="${s}"/>${tx}`;
      if (chart.type === "line") {
        const line = `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>`;
        const marker = `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>`;
        return `<c:ser>${head}${line}${marker}${labels(format, "t")}${cat}${val}<c:smooth val="0"/></c:ser>`;
      }
      const fill = `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      return `<c:ser>${head}${fill}${labels(format, "outEnd")}${cat}${val}</c:ser>`;
    })
    .join("");
}

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

function axes(chart: Chart, format: string): string {
  const horizontal = chart.type === "bar";
  // horizontal bars read top-down in the categories' order: the category axis runs max to min
  const orientation = horizontal ? "maxMin" : "minMax";
  const category =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(9)}<c:crossAx val="${VALUE_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const value =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/>` +
    `</a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(9)}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return category + value;
}

function plot(chart: Chart, format: string): string {
  const ids = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  if (chart.type === "line") {
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series(chart, format)}<c:marker val="1"/>${ids}</c:lineChart>`;
  }
  const direction = chart.type === "bar" ? "bar" : "col";
  return (
    `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart, format)}` +
    `<c:gapWidth val="60"/>${ids}</c:barChart>`
  );
}

/** The chart part's XML; `embedded`: the relationship id of the embedded data workbook, if there is one. */
export function chartXml(chart: Chart, embedded?: string): string {
  const format = chart.numberFormat ?? "General";
  const legend =
    chart.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(9)}</c:legend>`
      : "";
  const external = embedded ? `<c:externalData r:id="${embedded}"><c:autoUpdate val="0"/></c:externalData>` : "";
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:date1904 val="0"/><c:lang val="zh-CN"/>` +
    `<c:roundedCorners val="0"/><c:chart>${title(chart.title)}<c:plotArea><c:layout/>${plot(chart, format)}${axes(chart, format)}` +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(9)}${external}</c:chartSpace>`
  );
}

/** The chart's data as rows of Sheet1: the header (blank, series names), then a category and its values per row. */
export function chartRows(chart: Chart): (string | number | null)[][] {
  return [
    ["", ...chart.series.map((one) => one.name)],
    ...chart.categories.map((category, i) => [category, ...chart.series.map((one) => one.values[i] ?? null)]),
  ];
}
