/**
 * dist-wps/ as a WPS add-in folder (docs/wps.md 1.4, 1.13, 3.2, 5.3): the main page loads the functions and the
 * ribbon's callbacks, ribbon.xml names only callbacks that exist, its button opens the pane from pane/, the pane's
 * page loads no office.js, and the install examples carry the built version. Nothing here shows that a real WPS
 * accepts the folder.
 */
import { existsSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { SaxesParser } from "saxes";
import golden from "../functions/function-ids.golden.json";
import { EtBook, installEtStub } from "../support/etStub";
import { DIST_WPS, distWps } from "../support/wpsStub";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
}

/** A well-formed XML document's elements (saxes throws on anything malformed). */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on("opentag", (tag) => {
    const element = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [] };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

function elements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(elements)];
}

const BASE = "http://intranet.example/wps/mine-sanlv/";
const { version } = JSON.parse(distWps("package.json")) as { version: string };

/** ribbon.js run as WPS's main page runs it, with the fake WPS's `wps` global. */
function mainPage(): { page: Record<string, unknown>; book: EtBook } {
  installEtStub();
  const root = globalThis as Record<string, unknown>;
  const page: Record<string, unknown> = { wps: root.wps, location: { href: `${BASE}index.html` }, URL };
  const book = root.__et as EtBook;
  for (const name of ["wps", "Application", "__et"]) delete root[name];
  runInNewContext(distWps("ribbon.js"), page, { filename: "ribbon.js" });
  return { page, book };
}

describe("the main page and the ribbon", () => {
  it("index.html loads the functions, then the ribbon's callbacks", () => {
    const scripts = [...distWps("index.html").matchAll(/<script src="?([^" >]+)"?>/g)].map((m) => m[1]);
    expect(scripts).toEqual(["functions.wps.js", "ribbon.js"]);
  });

  it("ribbon.xml is a customUI whose callbacks all exist on the main page, with an image that exists", () => {
    // starting with the element itself, as wpsjs's templates do and `wpsjs publish` tells deployers to check
    expect(distWps("ribbon.xml")).toMatch(/^<customUI /);
    const ribbon = parseXml(distWps("ribbon.xml"));
    expect(ribbon.name).toBe("customUI");
    expect(ribbon.attributes.xmlns).toBe("http://schemas.microsoft.com/office/2006/01/customui");
    const callbacks = elements(ribbon).flatMap((e) =>
      Object.entries(e.attributes)
        .filter(([attribute]) => /^(on[A-Z]\w*|get[A-Z]\w*)$/.test(attribute))
        .map(([, callback]) => callback),
    );
    expect(callbacks.sort()).toEqual(["GetMineImage", "OnMineLoad", "OnMinePane"]);
    const { page } = mainPage();
    for (const callback of callbacks) expect(typeof page[callback]).toBe("function");
    const image = (page.GetMineImage as () => string)();
    expect(existsSync(join(DIST_WPS, image))).toBe(true);
    expect((page.OnMineLoad as () => boolean)()).toBe(true);
  });

  it("the button opens the pane from pane/ docked right, then hides and shows that same pane", () => {
    const { page, book } = mainPage();
    const click = page.OnMinePane as () => boolean;
    click();
    expect(book.panes).toEqual([
      expect.objectContaining({ url: `${BASE}pane/taskpane.html`, title: "MINE 三率", Visible: true, DockPosition: 2 }),
    ]);
    expect(existsSync(join(DIST_WPS, "pane", "taskpane.html"))).toBe(true);
    click();
    expect(book.panes.map((p) => p.Visible)).toEqual([false]);
    click();
    expect(book.panes.map((p) => p.Visible)).toEqual([true]);
  });

  it("the button calls the global Application, as wpsjs's ET template does, when WPS also defines wps", () => {
    const created: string[] = [];
    const application = {
      CreateTaskPane: (url: string) => (created.push(url), { ID: "1", Visible: false, DockPosition: 0 }),
      GetTaskPane: () => null,
      PluginStorage: { getItem: () => null, setItem: () => undefined },
    };
    const page: Record<string, unknown> = { wps: {}, Application: application, location: { href: BASE }, URL };
    runInNewContext(distWps("ribbon.js"), page);
    (page.OnMinePane as () => boolean)();
    expect(created).toEqual([`${BASE}pane/taskpane.html`]);
  });

  it("ribbon.js defines nothing outside WPS", () => {
    const page: Record<string, unknown> = { location: { href: BASE }, URL };
    runInNewContext(distWps("ribbon.js"), page);
    expect(Object.keys(page)).toEqual(["location", "URL"]);
  });
});

describe("the pane in pane/", () => {
  it("loads its bundle and no office.js", () => {
    const html = distWps("pane/taskpane.html");
    expect(html).toMatch(/<script[^>]*src="?taskpane\.js"?/);
    expect(html).not.toMatch(/office\.js/i);
  });

  it("has the function list's metadata in both languages, its help links beside it", () => {
    for (const file of ["pane/functions.json", "pane/functions-zh-cn.json"]) {
      const { functions } = JSON.parse(distWps(file)) as { functions: { id: string; helpUrl?: string }[] };
      expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(golden.functions).sort());
      const links = functions.map((f) => f.helpUrl).filter((u): u is string => u !== undefined);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(/^\.\/help\.html#[\w-]+$/);
    }
    expect(existsSync(join(DIST_WPS, "pane", "help.html"))).toBe(true);
  });
});

describe("the install examples", () => {
  it("publish.xml names the folder by the built version, for WPS 表格", () => {
    const entry = parseXml(distWps("publish.xml.example"));
    expect(entry.name).toBe("jsplugins");
    expect(entry.children.map((e) => e.attributes)).toEqual([
      expect.objectContaining({ name: "mine-sanlv", type: "et", url: `mine-sanlv_${version}`, version }),
    ]);
  });

  it("jsplugins.xml points at a served folder, its URL ending in /", () => {
    const entry = parseXml(distWps("jsplugins.xml.example"));
    expect(entry.children).toHaveLength(1);
    expect(entry.children[0].name).toBe("jspluginonline");
    expect(entry.children[0].attributes).toMatchObject({ name: "mine-sanlv", type: "et" });
    expect(entry.children[0].attributes.url).toMatch(/^https?:\/\/.+\/$/);
    expect(distWps("jsplugins.xml.example")).not.toContain("@VERSION@");
  });
});
