/**
 * A small WordprocessingML (.docx) writer for reports, with jszip and exceljs only: the package parts
 * ([Content_Types].xml, relationships, core and app properties), styles with Chinese fonts (宋体 for text, 黑体 for
 * titles and headings, Times New Roman for Latin), A4 sections in portrait or landscape with a page number in the
 * footer, paragraphs, tables (header rows repeated on each page, borders, merged cells) and native charts
 * (chart.ts), each chart's data also embedded as a small workbook so that Word's "Edit Data" opens it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chartRows, chartXml } from "./chart";
import { Block, Chart, DocxDocument, Inline, Paragraph, Section, Table, TableCell } from "./model";
import { NS, REL, XML_DECLARATION, escapeXml } from "./xml";

/** Twips (1/20 pt) of an A4 page and its margins; EMU per centimetre for drawings. */
const A4 = { short: 11906, long: 16838 } as const;
const MARGIN = { top: 1440, bottom: 1440, side: 1247 } as const;
const EMU_PER_CM = 360000;

/** The width text may take on a page of this orientation, in twips. */
export function contentWidth(orientation: Section["orientation"]): number {
  return (orientation === "portrait" ? A4.short : A4.long) - 2 * MARGIN.side;
}

function runXml(inline: Inline, size?: number, bold?: boolean): string {
  const run = typeof inline === "string" ? { text: inline } : inline;
  const properties = [
    run.bold || bold ? "<w:b/><w:bCs/>" : "",
    run.italic ? "<w:i/>" : "",
    run.color ? `<w:color w:val="${run.color}"/>` : "",
    size ? `<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>` : "",
  ].join("");
  const rPr = properties ? `<w:rPr>${properties}</w:rPr>` : "";
  return run.text
    .split("\n")
    .map((line, i) => `<w:r>${rPr}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join("");
}

function paragraphXml(block: Paragraph): string {
  const style = block.style && block.style !== "Normal" ? `<w:pStyle w:val="${block.style}"/>` : "";
  const align = block.align ? `<w:jc w:val="${block.align}"/>` : "";
  const pPr = style || align ? `<w:pPr>${style}${align}</w:pPr>` : "";
  return `<w:p>${pPr}${block.runs.map((run) => runXml(run)).join("")}</w:p>`;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const HEADER_SHADE = "D9E2F3";

/** Widths of the table's columns in twips, in proportion to `widths`, filling `total`. */
function columnWidths(table: Table, columns: number, total: number): number[] {
  const relative = Array.from({ length: columns }, (_, j) => table.widths?.[j] ?? 1);
  const sum = relative.reduce((a, b) => a + b, 0);
  return relative.map((w) => Math.max(200, Math.floor((w / sum) * total)));
}

/** The number of grid columns a table spans: the widest row. */
function columnCount(table: Table): number {
  const width = (row: readonly TableCell[]) => row.reduce((n, c) => n + (c.span ?? 1), 0);
  return Math.max(1, ...[...table.header, ...table.rows].map(width));
}

function cellXml(cell: TableCell, width: number, size: number, header: boolean): string {
  const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : "";
  const merge = cell.vMerge ? `<w:vMerge${cell.vMerge === "restart" ? ' w:val="restart"' : ""}/>` : "";
  const shadeColour = cell.shade ?? (header ? HEADER_SHADE : undefined);
  const shade = shadeColour ? `<w:shd w:val="clear" w:color="auto" w:fill="${shadeColour}"/>` : "";
  const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${merge}${shade}<w:vAlign w:val="center"/></w:tcPr>`;
  const align = cell.align ?? (header ? "center" : undefined);
  const pPr = `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>${align ? `<w:jc w:val="${align}"/>` : ""}</w:pPr>`;
  const runs = typeof cell.content === "string" ? [cell.content] : cell.content;
  const bold = header || cell.bold === true;
  const text = cell.vMerge === "continue" ? "" : runs.map((run) => runXml(run, size, bold)).join("");
  return `<w:tc>${tcPr}<w:p>${pPr}${text}</w:p></w:tc>`;
}

function rowXml(
  cells: readonly TableCell[],
  widths: readonly number[],
  size: number,
  header: boolean,
  minHeight?: number,
): string {
  let column = 0;
  const parts: string[] = [];
  for (const cell of cells) {
    const span = cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    parts.push(cellXml(cell, width, size, header));
    column += span;
  }
  for (; column < widths.length; column++) parts.push(cellXml({ content: "" }, widths[column], size, header));
  const height = minHeight ? `<w:trHeight w:val="${Math.round((minHeight / 2.54) * 1440)}" w:hRule="atLeast"/>` : "";
  // a header row stays whole and repeats on every page; a body row may break across pages (a long finding)
  const trPr = `<w:trPr>${header ? "<w:cantSplit/>" : ""}${height}${header ? "<w:tblHeader/>" : ""}</w:trPr>`;
  return `<w:tr>${trPr}${parts.join("")}</w:tr>`;
}

function tableXml(table: Table, available: number): string {
  const columns = columnCount(table);
  const widths = columnWidths(table, columns, available);
  const total = widths.reduce((a, b) => a + b, 0);
  const size = table.fontSize ?? 9;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map((edge) => `<w:${edge} ${BORDER}/>`);
  const tblPr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${borders.join("")}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rows = [
    ...table.header.map((row) => rowXml(row, widths, size, true)),
    ...table.rows.map((row) => rowXml(row, widths, size, false, table.minHeight)),
  ];
  const caption = table.caption ? paragraphXml({ kind: "paragraph", style: "Caption", runs: [table.caption] }) : "";
  // a paragraph after every table: two tables in a row would otherwise merge into one
  return `${caption}<w:tbl>${tblPr}${grid}${rows.join("")}</w:tbl><w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>`;
}

function chartParagraph(chart: Chart, index: number, relationship: string): string {
  const cx = Math.round((chart.width ?? 16) * EMU_PER_CM);
  const cy = Math.round((chart.height ?? 9) * EMU_PER_CM);
  return (
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${index}" name="Chart ${index}" descr="${escapeXml(chart.title)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relationship}"/>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

function sectionProperties(section: Section): string {
  const portrait = section.orientation === "portrait";
  const size = portrait
    ? `<w:pgSz w:w="${A4.short}" w:h="${A4.long}"/>`
    : `<w:pgSz w:w="${A4.long}" w:h="${A4.short}" w:orient="landscape"/>`;
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>${size}` +
    `<w:pgMar w:top="${MARGIN.top}" w:right="${MARGIN.side}" w:bottom="${MARGIN.bottom}" w:left="${MARGIN.side}" w:header="851" w:footer="680" w:gutter="0"/>` +
    `<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>`
  );
}

const STYLES = (language: DocxDocument["language"]): string => {
  const heading = (id: string, name: string, size: number, level: number, before: number) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
    `<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="120"/>` +
    `<w:outlineLvl w:val="${level}"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/>` +
    `<w:b/><w:bCs/><w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/></w:rPr></w:style>`;
  return (
    XML_DECLARATION +
    `<w:styles xmlns:w="${NS.w}"><w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>` +
    `<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="${language === "zh" ? "zh-CN" : "en-GB"}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>` +
    `</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault>` +
    `</w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>` +
    heading("Heading1", "heading 1", 16, 0, 360) +
    heading("Heading2", "heading 2", 14, 1, 240) +
    heading("Heading3", "heading 3", 12, 2, 180) +
    `<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
    `<w:rPr><w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:jc w:val="center"/></w:pPr>` +
    `<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr>` +
    `<w:rPr><w:sz w:val="18"/></w:rPr></w:style></w:styles>`
  );
};

const SETTINGS =
  XML_DECLARATION +
  `<w:settings xmlns:w="${NS.w}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>` +
  `<w:characterSpacingControl w:val="compressPunctuation"/><w:compat>` +
  `<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const FOOTER =
  XML_DECLARATION +
  `<w:ftr xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>` +
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;

function relationships(entries: readonly { id: string; type: string; target: string }[]): string {
  const rels = entries.map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${e.target}"/>`).join("");
  return `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRels}">${rels}</Relationships>`;
}

function contentTypes(charts: number): string {
  const chartParts = Array.from(
    { length: charts },
    (_, i) =>
      `<Override PartName="/word/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
  ).join("");
  return (
    XML_DECLARATION +
    `<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>` +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
    `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
    chartParts +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`
  );
}

function coreProperties(document: DocxDocument): string {
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  return (
    XML_DECLARATION +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(document.title)}</dc:title>` +
    `<dc:creator>${escapeXml(document.creator ?? "MINE add-in")}</dc:creator><dc:language>${document.language === "zh" ? "zh-CN" : "en-GB"}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created></cp:coreProperties>`
  );
}

const APP_PROPERTIES =
  XML_DECLARATION +
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>MINE add-in</Application></Properties>`;

/** The chart's data as a workbook of one sheet, Sheet1, where its c:f references point. */
async function chartWorkbook(chart: Chart): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.addRows(chartRows(chart));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The body: every section's blocks, each section but the last closed by a paragraph holding its properties. */
function body(document: DocxDocument, charts: Chart[]): string {
  const parts: string[] = [];
  document.sections.forEach((section, s) => {
    const width = contentWidth(section.orientation);
    for (const block of section.blocks) parts.push(blockXml(block, width, charts));
    const properties = sectionProperties(section);
    if (s < document.sections.length - 1) parts.push(`<w:p><w:pPr>${properties}</w:pPr></w:p>`);
    else parts.push(properties);
  });
  return parts.join("");
}

function blockXml(block: Block, width: number, charts: Chart[]): string {
  switch (block.kind) {
    case "paragraph":
      return paragraphXml(block);
    case "table":
      return tableXml(block, width);
    case "chart":
      charts.push(block);
      return chartParagraph(block, charts.length, `rIdChart${charts.length}`);
  }
}

/** The document as the bytes of a .docx file. */
export async function writeDocx(document: DocxDocument): Promise<Buffer> {
  const charts: Chart[] = [];
  const main =
    XML_DECLARATION +
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:c="${NS.c}">` +
    `<w:body>${body(document, charts)}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", contentTypes(charts.length));
  zip.file(
    "_rels/.rels",
    relationships([
      { id: "rId1", type: REL.officeDocument, target: "word/document.xml" },
      { id: "rId2", type: REL.core, target: "docProps/core.xml" },
      { id: "rId3", type: REL.app, target: "docProps/app.xml" },
    ]),
  );
  zip.file("docProps/core.xml", coreProperties(document));
  zip.file("docProps/app.xml", APP_PROPERTIES);
  zip.file("word/document.xml", main);
  zip.file("word/styles.xml", STYLES(document.language));
  zip.file("word/settings.xml", SETTINGS);
  zip.file("word/footer1.xml", FOOTER);
  zip.file(
    "word/_rels/document.xml.rels",
    relationships([
      { id: "rIdStyles", type: REL.styles, target: "styles.xml" },
      { id: "rIdSettings", type: REL.settings, target: "settings.xml" },
      { id: "rIdFooter", type: REL.footer, target: "footer1.xml" },
      ...charts.map((_, i) => ({ id: `rIdChart${i + 1}`, type: REL.chart, target: `charts/chart${i + 1}.xml` })),
    ]),
  );
  for (const [i, chart] of charts.entries()) {
    const n = i + 1;
    zip.file(`word/charts/chart${n}.xml`, chartXml(chart, "rIdData"));
    zip.file(`word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`, await chartWorkbook(chart));
    zip.file(
      `word/charts/_rels/chart${n}.xml.rels`,
      relationships([{ id: "rIdData", type: REL.package, target: `../embeddings/Microsoft_Excel_Worksheet${n}.xlsx` }]),
    );
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
