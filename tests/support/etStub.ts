/**
 * A fake WPS 表格 for the pane's WPS adapter (src/taskpane/wps.ts), written from docs/wps.md only: nothing here was
 * seen in a real WPS. `installEtStub(options)` defines the globals a WPS page has: `wps` and `Application`, the same
 * object (3.4), with `ActiveWorkbook`, `Selection`, `CreateTaskPane` / `GetTaskPane` / `PluginStorage` (3.2) and
 * `AddCustomFunction` (1.6). Its ET objects are synchronous and COM-like (3.5, 3.6):
 * - `Worksheets.Item(i)` is 1-based; `Add(before, after)` inserts a sheet named "Sheet<n>" (before the active sheet
 *   when given neither);
 * - `Range(address)` takes "A1", "A1:C3" or "B:B"; `Row` / `Column` are 1-based;
 * - `Value2` and `Formula` read a scalar for one cell, rows of cells for several; assigning a scalar fills the range;
 * - `Formula` reads a constant as its text, "" for an empty cell; an empty cell's `Value2` is `options.blank`;
 * - assigning `Range.Value` throws "Cannot redefine property: Value", reading it gives undefined (3.7);
 * - colours are numbers; `UsedRange` also covers cells that only carry a format, as COM's does;
 * - a cell error reads through `Value2` as COM's CVErr number, through `Text` as its code.
 * The workbook is `globalThis.__et` (seed cells and the selection, read what was written and the assignments to
 * Range.Value).
 * It runs in a page (page.addInitScript) or in Node, so it must not refer to anything outside its own body.
 */

/** A cell as the stub keeps it. */
export interface EtCell {
  value?: string | number | boolean;
  formula?: string;
  /** The address of the array formula this cell belongs to, when written through FormulaArray. */
  array?: string;
  numberFormat?: unknown;
  bold?: unknown;
  italic?: unknown;
  size?: unknown;
  color?: unknown;
  fill?: unknown;
  validation?: { type: number; operator: number; formula1: string; formula2?: string; message?: unknown };
}

export interface EtSheetState {
  name: string;
  visible: number;
  cells: Record<string, EtCell>;
  widths: Record<string, unknown>;
}

export interface EtStubOptions {
  /** What an empty cell's `Value2` reads (undocumented, docs/wps.md 2.5). */
  blank?: null | "" | undefined;
  /** `Validation.Add` and `Delete` throw, as a WPS without validation in its API might. */
  refuseValidation?: boolean;
  /** false: a WPS before 12.1.0.20540, without `AddCustomFunction` (docs/wps.md 1.2). */
  customFunctions?: boolean;
  /** `Worksheets.Add` throws when given arguments (an explicit `undefined` included), as a stricter bridge might. */
  addTakesNoArguments?: boolean;
}

/** What a test reads and sets through `globalThis.__et`. */
export interface EtBook {
  sheets: EtSheetState[];
  active: string;
  /** The selected range ("Sheet1!B2:C4"), a list of areas, or an object that is not cells (a chart). */
  selection: { sheet: string; areas: string[] } | "chart" | null;
  panes: { url: string; title?: string; Visible: boolean; DockPosition: number; ID: string }[];
  registrations: { namespace: string; name: string }[];
  /** Every assignment to Range.Value (each one threw). */
  valueWrites: number;
  set(sheet: string, cells: Record<string, string | number | boolean | EtCell>): void;
  cell(sheet: string, address: string): EtCell | undefined;
  select(sheet: string, ...areas: string[]): void;
  hide(sheet: string): void;
}

export function installEtStub(options: EtStubOptions = {}): void {
  const MAX_ROWS = 1048576;
  const CVERR: Record<string, number> = {
    "#NULL!": -2146826288,
    "#DIV/0!": -2146826281,
    "#VALUE!": -2146826273,
    "#REF!": -2146826265,
    "#NAME?": -2146826259,
    "#NUM!": -2146826252,
    "#N/A": -2146826246,
  };
  interface Area {
    row: number;
    column: number;
    rows: number;
    columns: number;
  }
  type Cell = EtCell;
  type Sheet = EtSheetState;

  const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const columnName = (c: number): string => {
    let name = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  const key = (row: number, column: number) => `${columnName(column)}${row + 1}`;
  const parse = (address: string): Area => {
    const parts = address.replace(/\$/g, "").toUpperCase().split(":");
    const cell = (p: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(p);
      return m ? { row: Number(m[2]) - 1, column: columnIndex(m[1]) } : null;
    };
    const a = cell(parts[0]);
    const b = cell(parts[parts.length - 1]);
    if (a && b) {
      return {
        row: Math.min(a.row, b.row),
        column: Math.min(a.column, b.column),
        rows: Math.abs(a.row - b.row) + 1,
        columns: Math.abs(a.column - b.column) + 1,
      };
    }
    if (parts.length === 2 && /^[A-Z]+$/.test(parts[0]) && /^[A-Z]+$/.test(parts[1])) {
      const c1 = columnIndex(parts[0]);
      const c2 = columnIndex(parts[1]);
      return { row: 0, column: Math.min(c1, c2), rows: MAX_ROWS, columns: Math.abs(c1 - c2) + 1 };
    }
    throw new Error(`ET stub: unsupported address ${address}`);
  };
  const addressOf = (area: Area, absolute: boolean) => {
    const d = absolute ? "$" : "";
    const one = (r: number, c: number) => `${d}${columnName(c)}${d}${r + 1}`;
    const first = one(area.row, area.column);
    if (area.rows === 1 && area.columns === 1) return first;
    return `${first}:${one(area.row + area.rows - 1, area.column + area.columns - 1)}`;
  };
  /** The keys of a range's cells, refusing to walk a whole column (what a real adapter must never ask for). */
  const each = (area: Area, visit: (k: string, r: number, c: number) => void) => {
    if (area.rows * area.columns > 200_000) throw new Error(`ET stub: ${addressOf(area, false)} is too large to walk`);
    for (let r = 0; r < area.rows; r++)
      for (let c = 0; c < area.columns; c++) visit(key(area.row + r, area.column + c), r, c);
  };
  const blank = "blank" in options ? options.blank : undefined;

  const book: EtBook = {
    sheets: [{ name: "Sheet1", visible: -1, cells: {}, widths: {} }],
    active: "Sheet1",
    selection: { sheet: "Sheet1", areas: ["A1"] },
    panes: [],
    registrations: [],
    valueWrites: 0,
    set(sheetName, cells) {
      let sheet = book.sheets.find((s) => s.name === sheetName);
      if (!sheet) {
        sheet = { name: sheetName, visible: -1, cells: {}, widths: {} };
        book.sheets.push(sheet);
      }
      for (const [address, content] of Object.entries(cells)) {
        const k = address.toUpperCase();
        if (typeof content === "object") sheet.cells[k] = { ...content };
        else if (typeof content === "string" && content.startsWith("="))
          sheet.cells[k] = { formula: content, value: "" };
        else sheet.cells[k] = { value: content };
      }
    },
    cell: (sheetName, address) => book.sheets.find((s) => s.name === sheetName)?.cells[address.toUpperCase()],
    select(sheet, ...areas) {
      book.selection = { sheet, areas };
    },
    hide(sheetName) {
      const sheet = book.sheets.find((s) => s.name === sheetName);
      if (sheet) sheet.visible = 0;
    },
  };

  const sheetState = (name: string): Sheet => {
    const sheet = book.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`ET stub: sheet ${name} was deleted`);
    return sheet;
  };
  const touch = (sheet: Sheet, k: string): Cell => (sheet.cells[k] ??= {});
  const valueOf = (cell: Cell | undefined): unknown => {
    if (!cell || (cell.value === undefined && cell.formula === undefined) || cell.value === "") {
      return cell?.formula !== undefined ? "" : blank;
    }
    if (typeof cell.value === "string" && cell.value in CVERR) return CVERR[cell.value];
    return cell.value;
  };
  const formulaOf = (cell: Cell | undefined): string =>
    cell?.formula ?? (cell?.value === undefined ? "" : String(cell.value));
  const read = (area: Area, sheet: Sheet, get: (cell: Cell | undefined) => unknown): unknown => {
    if (area.rows === 1 && area.columns === 1) return get(sheet.cells[key(area.row, area.column)]);
    const rows: unknown[][] = Array.from({ length: area.rows }, () => Array<unknown>(area.columns));
    each(area, (k, r, c) => (rows[r][c] = get(sheet.cells[k])));
    return rows;
  };
  const write = (area: Area, sheet: Sheet, content: unknown, set: (cell: Cell, value: unknown) => void) => {
    each(area, (k, r, c) => {
      const value = Array.isArray(content) ? (content[r] as unknown[])[c] : content;
      set(touch(sheet, k), value);
    });
  };
  const fromText = (cell: Cell, text: unknown) => {
    delete cell.formula;
    delete cell.array;
    if (typeof text === "string" && text.startsWith("=")) {
      cell.formula = text;
      cell.value = "";
    } else if (typeof text === "string" && text !== "" && cell.numberFormat !== "@" && Number.isFinite(Number(text))) {
      cell.value = Number(text);
    } else if (text === "" || text === undefined || text === null) delete cell.value;
    else cell.value = text as string | number | boolean;
  };

  function worksheet(name: string): object {
    const self = {
      get Name() {
        return name;
      },
      set Name(next: string) {
        if (book.sheets.some((s) => s.name.toLowerCase() === next.toLowerCase() && s.name !== name)) {
          throw new Error(`ET stub: a sheet named ${next} exists`);
        }
        const sheet = sheetState(name);
        if (book.active === name) book.active = next;
        sheet.name = next;
        name = next;
      },
      get Visible() {
        return sheetState(name).visible;
      },
      get Index() {
        return book.sheets.findIndex((s) => s.name === name) + 1;
      },
      Range: (address: string) => range(name, [parse(address)]),
      get UsedRange() {
        const keys = Object.keys(sheetState(name).cells);
        if (keys.length === 0) return range(name, [{ row: 0, column: 0, rows: 1, columns: 1 }]);
        const at = keys.map((k) => parse(k));
        const top = Math.min(...at.map((a) => a.row));
        const left = Math.min(...at.map((a) => a.column));
        const bottom = Math.max(...at.map((a) => a.row));
        const right = Math.max(...at.map((a) => a.column));
        return range(name, [{ row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 }]);
      },
      Activate: () => {
        book.active = name;
      },
    };
    return self;
  }

  function range(sheetName: string, areas: Area[]): object {
    const area = areas[0];
    const sheet = () => sheetState(sheetName);
    const font = (prop: "bold" | "italic" | "size" | "color") => ({
      get: () => read(area, sheet(), (c) => c?.[prop]),
      set: (v: unknown) => write(area, sheet(), v, (c, x) => (c[prop] = x)),
    });
    const fontObject = {};
    for (const [name, prop] of [
      ["Bold", "bold"],
      ["Italic", "italic"],
      ["Size", "size"],
      ["Color", "color"],
    ] as const) {
      Object.defineProperty(fontObject, name, font(prop));
    }
    const self = {
      get Row() {
        return area.row + 1;
      },
      get Column() {
        return area.column + 1;
      },
      Rows: { Count: area.rows },
      Columns: { Count: area.columns },
      Areas: { Count: areas.length },
      get Parent() {
        return worksheet(sheetName);
      },
      get Worksheet() {
        return worksheet(sheetName);
      },
      get Text() {
        const cell = sheet().cells[key(area.row, area.column)];
        return cell?.value === undefined ? "" : String(cell.value);
      },
      get Value2() {
        return read(area, sheet(), valueOf);
      },
      set Value2(content: unknown) {
        write(area, sheet(), content, fromText); // as COM does: "=…" becomes a formula, "12" a number
      },
      get Formula() {
        return read(area, sheet(), formulaOf);
      },
      set Formula(content: unknown) {
        write(area, sheet(), content, fromText);
      },
      get FormulaArray() {
        return formulaOf(sheet().cells[key(area.row, area.column)]);
      },
      set FormulaArray(text: unknown) {
        const address = addressOf(area, false);
        each(area, (k, r, c) => {
          const cell = touch(sheet(), k);
          cell.formula = r === 0 && c === 0 ? String(text) : undefined;
          if (cell.formula === undefined) delete cell.formula;
          cell.value = "";
          cell.array = address;
        });
      },
      get NumberFormat() {
        return read(area, sheet(), (c) => c?.numberFormat ?? "General");
      },
      set NumberFormat(content: unknown) {
        write(area, sheet(), content, (cell, value) => (cell.numberFormat = value));
      },
      set ColumnWidth(width: unknown) {
        for (let c = 0; c < area.columns; c++) sheet().widths[columnName(area.column + c)] = width;
      },
      Font: fontObject,
      Interior: {
        get Color() {
          return read(area, sheet(), (c) => c?.fill);
        },
        set Color(v: unknown) {
          write(area, sheet(), v, (c, x) => (c.fill = x));
        },
      },
      Validation: {
        Add(type: number, _alert: number, operator: number, formula1: string, formula2?: string) {
          if (options.refuseValidation) throw new Error("ET stub: Validation.Add is not available");
          write(area, sheet(), null, (c) => (c.validation = { type, operator, formula1, formula2 }));
        },
        Delete() {
          if (options.refuseValidation) throw new Error("ET stub: Validation.Delete is not available");
          each(area, (k) => {
            const cell = sheet().cells[k];
            if (cell) delete cell.validation;
          });
        },
        set InputMessage(message: unknown) {
          each(area, (k) => {
            const v = sheet().cells[k]?.validation;
            if (v) v.message = message;
          });
        },
        set ShowInput(_: unknown) {
          /* recorded with the message */
        },
      },
      Address: (rowAbsolute = true, columnAbsolute = true) =>
        areas.map((a) => addressOf(a, rowAbsolute && columnAbsolute)).join(","),
      Clear: () => {
        // a whole column is cleared by deleting what is stored in it, never by walking it
        const cells = sheet().cells;
        for (const k of Object.keys(cells)) {
          const at = parse(k);
          const inside =
            at.row >= area.row &&
            at.row < area.row + area.rows &&
            at.column >= area.column &&
            at.column < area.column + area.columns;
          if (inside) delete cells[k];
        }
      },
      Select: () => {
        book.active = sheetName;
        book.selection = { sheet: sheetName, areas: areas.map((a) => addressOf(a, false)) };
      },
    };
    Object.defineProperty(self, "Value", {
      get: () => undefined,
      set: () => {
        book.valueWrites++;
        throw new TypeError("Cannot redefine property: Value");
      },
    });
    return self;
  }

  const app = {
    get ActiveWorkbook() {
      return {
        Worksheets: {
          get Count() {
            return book.sheets.length;
          },
          Item: (index: number) => {
            const sheet = book.sheets[index - 1];
            if (!sheet) throw new Error(`ET stub: no sheet ${index}`);
            return worksheet(sheet.name);
          },
          Add: (...args: ({ Index: number } | undefined)[]) => {
            if (options.addTakesNoArguments && args.length > 0) throw new Error("ET stub: Add takes no arguments");
            const [before, after] = args;
            let n = book.sheets.length + 1;
            while (book.sheets.some((s) => s.name === `Sheet${n}`)) n++;
            const sheet: Sheet = { name: `Sheet${n}`, visible: -1, cells: {}, widths: {} };
            // COM: after `after`, else before `before`, else before the active sheet
            const active = book.sheets.findIndex((s) => s.name === book.active);
            const at = after ? after.Index : before ? before.Index - 1 : Math.max(active, 0);
            book.sheets.splice(at, 0, sheet);
            book.active = sheet.name;
            return worksheet(sheet.name);
          },
        },
      };
    },
    get ActiveSheet() {
      return worksheet(book.active);
    },
    get Selection() {
      if (book.selection === "chart") return { Name: "Chart 1" };
      if (!book.selection) return null;
      return range(
        book.selection.sheet,
        book.selection.areas.map((a) => parse(a)),
      );
    },
    PluginStorage: (() => {
      const items = new Map<string, unknown>();
      return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: unknown) => void items.set(k, v) };
    })(),
    CreateTaskPane: (url: string, title?: string) => {
      const pane = { url, title, Visible: false, DockPosition: 0, ID: `pane-${book.panes.length + 1}` };
      book.panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: string) => book.panes.find((p) => p.ID === id) ?? null,
  };
  if (options.customFunctions !== false) {
    Object.assign(app, {
      AddCustomFunction: (namespace: string, name: string) => void book.registrations.push({ namespace, name }),
    });
  }
  const root = globalThis as unknown as Record<string, unknown>;
  root.wps = app;
  root.Application = app;
  root.__et = book;
}
