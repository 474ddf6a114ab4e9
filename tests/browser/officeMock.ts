// A minimal Excel for the browser flows that need a workbook: `installOfficeMock` runs in the page before any
// script (page.addInitScript) and defines Office (onReady answers "Excel", every requirement set supported),
// CustomFunctions (associate does nothing) and Excel.run over an in-memory workbook; `useOfficeMock` also serves an
// empty office.js so the real one does not replace them. It implements only what src/taskpane/excel.ts calls for
// reading the selection, finding and reading sheets, writing a SheetPlan and selecting a cell: batches are queued and applied at
// context.sync(), properties are readable only after load() and sync() (as in Office.js), formulas are stored but
// never calculated (their value reads ""). The workbook is window.__book: seed cells and the selection with
// page.evaluate, read what was written the same way.
import type { Page } from "@playwright/test";

/** A cell as the mock keeps it. */
export interface MockCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
}

/** What a spec can read and set through page.evaluate(() => window.__book…). */
export interface MockBook {
  sheets: { name: string; cells: Record<string, MockCell>; validations: number }[];
  selection: { sheet: string; address: string } | null;
  /**
   * Sets cells by A1 address on a sheet (created when missing): a string starting with "=" is a formula (its value
   * reads ""); `{ value, formula }` is a formula with the value Excel saved for it.
   */
  set(sheet: string, cells: Record<string, string | number | MockCell>): void;
  /** The value of a cell, or its formula when it has one ("" when empty). */
  get(sheet: string, address: string): string | number | boolean;
  select(sheet: string, address: string): void;
}

/** Runs in the page: must not refer to anything outside its own body. */
export function installOfficeMock(): void {
  type Value = string | number | boolean;
  interface Cell {
    value: Value;
    formula?: string;
    numberFormat?: string;
  }
  interface Sheet {
    name: string;
    cells: Record<string, Cell>;
    validations: number;
  }
  interface Geometry {
    row: number;
    column: number;
    rows: number;
    columns: number;
  }
  const MAX_ROWS = 1048576;

  const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const columnName = (c: number): string => {
    let name = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  const parse = (address: string): Geometry => {
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
    throw new Error(`mock Excel: unsupported address ${address}`);
  };
  const format = (g: Geometry) => {
    const first = `${columnName(g.column)}${g.row + 1}`;
    return g.rows === 1 && g.columns === 1
      ? first
      : `${first}:${columnName(g.column + g.columns - 1)}${g.row + g.rows}`;
  };
  const key = (r: number, c: number) => `${columnName(c)}${r + 1}`;
  const filled = (cell: Cell | undefined) => cell !== undefined && (cell.formula !== undefined || cell.value !== "");

  const sheets: Sheet[] = [];
  const find = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  const addSheet = (name: string): Sheet => {
    if (find(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    const sheet = { name, cells: {}, validations: 0 };
    sheets.push(sheet);
    return sheet;
  };
  const used = (sheet: Sheet): Geometry | null => {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [address, cell] of Object.entries(sheet.cells)) {
      if (!filled(cell)) continue;
      const g = parse(address);
      top = Math.min(top, g.row);
      left = Math.min(left, g.column);
      bottom = Math.max(bottom, g.row);
      right = Math.max(right, g.column);
    }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  };
  const enter = (sheet: Sheet, r: number, c: number, x: unknown, as: "values" | "formulas" | "numberFormat") => {
    const k = key(r, c);
    const cell: Cell = sheet.cells[k] ?? { value: "" };
    if (as === "numberFormat") cell.numberFormat = String(x);
    else if (typeof x === "string" && x.startsWith("=")) {
      cell.formula = x;
      cell.value = "";
    } else {
      delete cell.formula;
      cell.value = typeof x === "number" || typeof x === "boolean" || typeof x === "string" ? x : "";
    }
    sheet.cells[k] = cell;
  };

  const book = {
    sheets,
    selection: null as { sheet: string; address: string } | null,
    set(name: string, cells: Record<string, string | number | Cell>) {
      const sheet = find(name) ?? addSheet(name);
      for (const [address, x] of Object.entries(cells)) {
        const g = parse(address);
        if (typeof x === "object") sheet.cells[key(g.row, g.column)] = { ...x };
        else enter(sheet, g.row, g.column, x, "values");
      }
    },
    get(name: string, address: string): Value {
      const cell = find(name)?.cells[address.toUpperCase()];
      return cell?.formula ?? cell?.value ?? "";
    },
    select(sheet: string, address: string) {
      book.selection = { sheet, address };
    },
  };

  const run = async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
    const queue: (() => void)[] = [];
    let synced = 0;
    const lazy = <V>(f: () => V): (() => V) => {
      let value: V | undefined;
      let done = false;
      queue.push(() => {
        value = f();
        done = true;
      });
      return () => {
        if (!done) throw new Error("mock Excel: object used before context.sync()");
        return value as V;
      };
    };
    const loaded = <V>(what: string, snapshot: V | undefined): V => {
      if (snapshot === undefined) throw new Error(`mock Excel: ${what} read before load() and context.sync()`);
      return snapshot;
    };

    const range = (sheetOf: () => Sheet | null, where: () => Geometry | null) => {
      const sheet = lazy(sheetOf);
      const geometry = lazy(where);
      const bound = () => {
        const s = sheet();
        const g = geometry();
        if (!s || !g) throw new Error("ItemNotFound: null object");
        return { s, g };
      };
      let snapshot: Record<string, unknown> | undefined;
      const table = (s: Sheet, g: Geometry, f: (cell: Cell | undefined) => unknown) =>
        Array.from({ length: g.rows }, (_, r) =>
          Array.from({ length: g.columns }, (_, c) => f(s.cells[key(g.row + r, g.column + c)])),
        );
      const write = (as: "values" | "formulas" | "numberFormat", v: unknown) =>
        queue.push(() => {
          const { s, g } = bound();
          const rows = v as unknown[][];
          if (rows.length !== g.rows || rows.some((row) => row.length !== g.columns)) {
            throw new Error(`InvalidArgument: ${as} does not match ${format(g)}`);
          }
          rows.forEach((row, r) => row.forEach((x, c) => enter(s, g.row + r, g.column + c, x, as)));
        });
      const proxy = {
        get isNullObject() {
          if (synced === 0) throw new Error("mock Excel: isNullObject read before context.sync()");
          return geometry() === null;
        },
        load(props?: string) {
          queue.push(() => {
            const g = geometry();
            const s = sheet();
            if (!g || !s) return;
            const asked = (props ?? "").split(",").map((p) => p.trim());
            const cells = asked.some((p) => ["values", "formulas", "numberFormat"].includes(p));
            if (cells && g.rows * g.columns > 100_000) throw new Error("mock Excel: refusing to load a huge range");
            snapshot = {
              ...snapshot,
              address: `${s.name}!${format(g)}`,
              rowIndex: g.row,
              columnIndex: g.column,
              rowCount: g.rows,
              columnCount: g.columns,
              ...(cells
                ? {
                    values: table(s, g, (c) => c?.value ?? ""),
                    formulas: table(s, g, (c) => c?.formula ?? c?.value ?? ""),
                  }
                : {}),
            };
          });
          return proxy;
        },
        get values() {
          return loaded("values", snapshot?.values as unknown[][] | undefined);
        },
        set values(v: unknown) {
          write("values", v);
        },
        get formulas() {
          return loaded("formulas", snapshot?.formulas as unknown[][] | undefined);
        },
        set formulas(v: unknown) {
          write("formulas", v);
        },
        set numberFormat(v: unknown) {
          write("numberFormat", v);
        },
        get address() {
          return loaded("address", snapshot?.address as string | undefined);
        },
        get rowIndex() {
          return loaded("rowIndex", snapshot?.rowIndex as number | undefined);
        },
        get columnIndex() {
          return loaded("columnIndex", snapshot?.columnIndex as number | undefined);
        },
        get rowCount() {
          return loaded("rowCount", snapshot?.rowCount as number | undefined);
        },
        get columnCount() {
          return loaded("columnCount", snapshot?.columnCount as number | undefined);
        },
        select() {
          queue.push(() => {
            const { s, g } = bound();
            book.selection = { sheet: s.name, address: format(g) };
          });
        },
        clear() {
          queue.push(() => {
            const { s, g } = bound();
            for (let r = 0; r < g.rows; r++)
              for (let c = 0; c < g.columns; c++) delete s.cells[key(g.row + r, g.column + c)];
          });
        },
        format: { font: {}, fill: {}, columnWidth: 0 },
        dataValidation: {
          clear() {},
          set rule(_: unknown) {
            queue.push(() => bound().s.validations++);
          },
          prompt: {},
        },
        worksheet: undefined as unknown,
      };
      return proxy;
    };

    const worksheet = (bind: () => Sheet | null) => {
      const sheet = lazy(bind);
      let snapshot: { name: string; position: number; visibility: string } | undefined;
      const sheetOf = () => sheet();
      const proxy = {
        get isNullObject() {
          if (synced === 0) throw new Error("mock Excel: isNullObject read before context.sync()");
          return sheet() === null;
        },
        load() {
          queue.push(() => {
            const s = sheet();
            if (s) snapshot = { name: s.name, position: sheets.indexOf(s), visibility: "Visible" };
          });
          return proxy;
        },
        get name() {
          return loaded("name", snapshot).name;
        },
        get position() {
          return loaded("position", snapshot).position;
        },
        get visibility() {
          return loaded("visibility", snapshot).visibility;
        },
        getRange: (address: string) => range(sheetOf, () => parse(address)),
        getUsedRangeOrNullObject: () =>
          range(sheetOf, () => {
            const s = sheet();
            return s ? used(s) : null;
          }),
        activate() {},
        charts: {
          add: () => ({ name: "", title: { text: "" }, setPosition() {} }),
          load() {},
          items: [],
        },
      };
      return proxy;
    };

    let items: ReturnType<typeof worksheet>[] | undefined;
    const worksheets = {
      getItemOrNullObject: (name: string) => worksheet(() => find(name)),
      add: (name: string) => worksheet(() => addSheet(name)),
      load() {
        // Items come loaded (name, position, visibility), as "items/name,…" asks.
        queue.push(() => (items = sheets.map((s) => worksheet(() => s).load())));
        return worksheets;
      },
      get items() {
        if (!items) throw new Error("mock Excel: items read before load() and context.sync()");
        return items;
      },
    };
    const context = {
      workbook: {
        worksheets,
        getSelectedRange() {
          const selected = () => {
            if (!book.selection) throw new Error("mock Excel: nothing selected");
            return book.selection;
          };
          const r = range(
            () => find(selected().sheet),
            () => parse(selected().address),
          );
          r.worksheet = worksheet(() => find(selected().sheet));
          return r;
        },
      },
      async sync() {
        // Loads made while syncing (worksheet items) queue more work: run until the queue is empty.
        while (queue.length > 0) for (const op of queue.splice(0)) op();
        synced++;
        await Promise.resolve();
      },
    };
    return batch(context);
  };

  const w = window as unknown as Record<string, unknown>;
  w.__book = book;
  w.Excel = {
    run,
    ClearApplyTo: { all: "All", contents: "Contents", formats: "Formats" },
    ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered", line: "Line" },
    ChartSeriesBy: { columns: "Columns", rows: "Rows" },
    DataValidationOperator: {
      between: "Between",
      greaterThan: "GreaterThan",
      greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  w.Office = {
    HostType: { Excel: "Excel" },
    context: { requirements: { isSetSupported: () => true } },
    onReady(callback?: (i: typeof info) => void) {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };
  w.CustomFunctions = { associate() {}, Error: class extends Error {}, ErrorCode: {} };
}

/** Before the page loads: the mock in place of office.js (the real one is served empty, so it replaces nothing). */
export async function useOfficeMock(page: Page): Promise<void> {
  await page.route("**/office-js/office.js", (route) =>
    route.fulfill({ contentType: "application/javascript", body: "/* replaced by tests/browser/officeMock.ts */" }),
  );
  await page.addInitScript(installOfficeMock);
}
