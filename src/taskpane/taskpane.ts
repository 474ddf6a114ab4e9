/**
 * Minimal taskpane (the full evaluation taskpane comes later): says whether the add-in runs inside Excel and
 * lists every =MINE.* function with its description, in Chinese or English, from the same metadata Excel uses.
 * It holds no math and calls no Excel API, so it needs no Excel adapter yet.
 */

type Language = "zh" | "en";

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}

const TEXT = {
  zh: {
    title: "MINE 三率与储量函数",
    switchTo: "English",
    inExcel: (n: number) => `已在 Excel 中加载 ${n} 个函数。在单元格中输入 =MINE. 即可使用。`,
    outsideExcel: (n: number) => `未在 Excel 中运行(浏览器预览)。共 ${n} 个函数。`,
    loadFailed: "函数说明加载失败：",
    help: "帮助与示例",
    metadata: "functions-zh-cn.json",
  },
  en: {
    title: "MINE mining-rate and reserve functions",
    switchTo: "中文",
    inExcel: (n: number) => `${n} functions loaded in Excel. Type =MINE. in a cell to use them.`,
    outsideExcel: (n: number) => `Not running inside Excel (browser preview). ${n} functions.`,
    loadFailed: "Could not load the function descriptions: ",
    help: "help and example",
    metadata: "functions.json",
  },
} as const;

const state: { language: Language; host: Office.HostType | null } = { language: "zh", host: null };

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`taskpane.html has no #${id}`);
  return found;
}

function signature(fn: FunctionMetadata): string {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `MINE.${fn.id}(${params})`;
}

async function render(): Promise<void> {
  const text = TEXT[state.language];
  document.documentElement.lang = state.language === "zh" ? "zh-CN" : "en";
  element("title").textContent = text.title;
  element("language").textContent = text.switchTo;
  const list = element("functions");
  try {
    const response = await fetch(text.metadata);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const functions = ((await response.json()) as { functions: FunctionMetadata[] }).functions;
    const inExcel = state.host === Office.HostType.Excel;
    element("status").textContent = inExcel ? text.inExcel(functions.length) : text.outsideExcel(functions.length);
    list.replaceChildren(
      ...functions.flatMap((fn) => {
        const term = document.createElement("dt");
        term.textContent = signature(fn);
        const detail = document.createElement("dd");
        detail.textContent = `${fn.description} `;
        if (fn.helpUrl) {
          const link = document.createElement("a");
          link.href = fn.helpUrl;
          link.target = "_blank";
          link.textContent = text.help;
          detail.append(link);
        }
        return [term, detail];
      }),
    );
  } catch (error) {
    element("status").textContent = text.loadFailed + (error instanceof Error ? error.message : String(error));
  }
}

element("language").addEventListener("click", () => {
  state.language = state.language === "zh" ? "en" : "zh";
  void render();
});

Office.onReady((info) => {
  state.host = info.host ?? null;
  void render();
});
