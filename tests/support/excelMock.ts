/**
 * An in-memory workbook behind a fake `Excel` global, for testing src/taskpane/excel.ts under Jest.
 *
 * Every proxy (context, worksheet, range, chart) is an office-addin-mock OfficeMockObject, so reading a property
 * that was not loaded and synced gives the mock's error string instead of data, as Office.js refuses it. Like a
 * real batch, property writes and method calls are queued and applied in order at `context.sync()`; loads read
 * the workbook at their place in the queue. Work still queued when `Excel.run` ends is dropped and counted in
 * {@link FakeWorkbook.dropped}.
 *
 * Not modelled: calculation (a written formula reads back as value ""), spilling, number formatting of `text`,
 * events, undo. A string written through `values` or `formulas` is parsed as Excel does for "=…", plain numbers
 * and TRUE/FALSE, unless the cell's number format is Text ("@").
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseCellAddress, rangeAddress } from "../../src/core/workbook/sheetPlan";

// office-addin-mock's PossibleErrors (not exported by the package's main module).
const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";
const isMockError = (v: unknown): boolean => v === NOT_LOADED || v === NOT_SYNCED;

const MAX_ROWS = 1048576;
const MAX_CELLS = 100_000;

export interface Geometry {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export type Scalar = string | number | boolean;

export interface FakeCell {
  /** The constant, or a formula's cached result ("" until seeded: the fake does not calculate). */
  value: Scalar;
  formula?: string;
  numberFormat: string;
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string; name?: string };
  fill?: string;
  validation?: { rule?: unknown; prompt?: unknown; errorAlert?: unknown; ignoreBlanks?: unknown };
}

export interface FakeChart {
  name: string;
  type: string;
  /** A1 address of the source range, without the sheet. */
  source: string;
  seriesBy: string;
  title: string;
  topLeft?: string;
  bottomRight?: string;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3", "$B$3", "B3:D7" or a whole-column "B:D". */
export function parseAddress(address: string): Geometry {
  const parts = address.replace(/\$/g, "").toUpperCase().split(":");
  const cell = (p: string) => (/^[A-Z]{1,3}\d+$/.test(p) ? parseCellAddress(p) : null);
  if (parts.length === 1 || parts.length === 2) {
    const a = cell(parts[0]);
    const b = cell(parts[parts.length - 1]);
    if (a && b) {
      const row = Math.min(a.row, b.row);
      const column = Math.min(a.column, b.column);
      return { row, column, rows: Math.abs(a.row - b.row) + 1, columns: Math.abs(a.column - b.column) + 1 };
    }
    if (parts.length === 2 && /^[A-Z]{1,3}$/.test(parts[0]) && /^[A-Z]{1,3}$/.test(parts[1])) {
      const c1 = columnIndex(parts[0]);
      const c2 = columnIndex(parts[1]);
      return { row: 0, column: Math.min(c1, c2), rows: MAX_ROWS, columns: Math.abs(c1 - c2) + 1 };
    }
  }
  throw new Error(`fake Excel: unsupported address "${address}"`);
}

export function formatAddress(g: Geometry): string {
  return rangeAddress(g);
}

const key = (row: number, column: number) => `${row},${column}`;
const hasContent = (c: FakeCell) => c.formula !== undefined || c.value !== "";
const isBlank = (c: FakeCell) =>
  !hasContent(c) &&
  c.numberFormat === "General" &&
  Object.keys(c.font).length === 0 &&
  c.fill === undefined &&
  c.validation === undefined;

function inside(g: Geometry, row: number, column: number): boolean {
  return row >= g.row && row < g.row + g.rows && column >= g.column && column < g.column + g.columns;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  /** Column widths in points, as written through `format.columnWidth`. */
  readonly columnWidths = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(public name: string) {}

  /** The cell at an A1 address; undefined when nothing was ever written there. */
  cell(address: string): FakeCell | undefined {
    const g = parseAddress(address);
    return this.cells.get(key(g.row, g.column));
  }

  touch(row: number, column: number): FakeCell {
    let cell = this.cells.get(key(row, column));
    if (!cell) {
      cell = { value: "", numberFormat: "General", font: {} };
      this.cells.set(key(row, column), cell);
    }
    return cell;
  }

  /** Seeds a cell as a user would type it: "=…" is a formula, whose cached result is `cached`. */
  set(address: string, content: Scalar, cached: Scalar = ""): this {
    const g = parseAddress(address);
    const cell = this.touch(g.row, g.column);
    if (typeof content === "string" && content.startsWith("=")) {
      cell.formula = content;
      cell.value = cached;
    } else {
      delete cell.formula;
      cell.value = content;
    }
    return this;
  }

  /** The smallest rectangle holding every cell with content (valuesOnly) or with anything at all; null if none. */
  usedRange(valuesOnly: boolean): Geometry | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      if (valuesOnly ? !hasContent(cell) : isBlank(cell)) continue;
      const [row, column] = k.split(",").map(Number);
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Existing cells inside `g` (not the empty ones never written). */
  cellsIn(g: Geometry): FakeCell[] {
    const out: FakeCell[] = [];
    for (const [k, cell] of this.cells) {
      const [row, column] = k.split(",").map(Number);
      if (inside(g, row, column)) out.push(cell);
    }
    return out;
  }

  /** Every cell of `g`, created if needed (for writes). */
  everyCell(g: Geometry): FakeCell[] {
    if (g.rows * g.columns > MAX_CELLS)
      throw new Error(`fake Excel: refusing to touch ${formatAddress(g)} cell by cell`);
    const out: FakeCell[] = [];
    for (let r = 0; r < g.rows; r++) for (let c = 0; c < g.columns; c++) out.push(this.touch(g.row + r, g.column + c));
    return out;
  }

  prune(): void {
    for (const [k, cell] of this.cells) if (isBlank(cell)) this.cells.delete(k);
  }
}

/** What Excel does with an entry written through `values` or `formulas`. */
function enter(cell: FakeCell, x: unknown): void {
  if (x === null || x === undefined) return; // Office.js: null leaves the cell unchanged
  delete cell.formula;
  if (typeof x === "string" && cell.numberFormat !== "@") {
    const t = x.trim();
    if (x.startsWith("=")) {
      cell.formula = x;
      cell.value = "";
    } else if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) cell.value = Number(t);
    else if (/^(true|false)$/i.test(t)) cell.value = t.toLowerCase() === "true";
    else cell.value = x;
    return;
  }
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") cell.value = x;
  else throw new Error(`fake Excel: cannot write ${JSON.stringify(x)} into a cell`);
}

/** A number format as written: text, or a number or boolean as its text; anything else Excel would refuse. */
function formatText(x: unknown): string {
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") return String(x);
  throw new Error(`fake Excel: cannot use ${JSON.stringify(x)} as a number format`);
}

/** A written 2-D array must match the range; a single value fills it. */
function grid(name: string, v: unknown, g: Geometry): unknown[][] {
  if (!Array.isArray(v)) return Array.from({ length: g.rows }, () => new Array<unknown>(g.columns).fill(v));
  if (v.length !== g.rows || v.some((row) => !Array.isArray(row) || row.length !== g.columns)) {
    throw new Error(`InvalidArgument: ${name} does not match the ${g.rows}×${g.columns} range ${formatAddress(g)}`);
  }
  return v as unknown[][];
}

const ENUMS = {
  ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered", pie: "Pie", line: "Line" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks" },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
};

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheet: string | undefined;
  /** What `workbook.getSelectedRange()` returns: a sheet and an A1 address ("B3:D7", "B:D"); unset: it throws. */
  selection: { sheet: string; address: string } | undefined;
  /** context.sync() calls over all runs. */
  syncs = 0;
  runs = 0;
  /** Queued operations dropped because a run ended (or threw) without syncing them. */
  dropped = 0;
  /** Every cell write applied, in order: which property of which range. */
  readonly writes: { sheet: string; address: string; property: "values" | "formulas" | "numberFormat" }[] = [];
  /** The `Excel` global: `run` plus the enums the adapter uses. */
  readonly excel: OfficeMockObject;

  constructor() {
    this.excel = new OfficeMockObject({
      run: async (batch: (context: OfficeMockObject) => Promise<unknown>) => {
        this.runs++;
        const b = new Batch(this);
        try {
          return await batch(b.context);
        } finally {
          this.dropped += b.queue.length;
        }
      },
    });
    // Plain objects: enums are constants, not proxies to load.
    Object.assign(this.excel, ENUMS);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet "${name}" in the fake workbook`);
    return sheet;
  }

  /** Makes this workbook the `Excel` global. */
  install(): this {
    (globalThis as { Excel?: unknown }).Excel = this.excel;
    return this;
  }
}

interface Internals {
  /** Reads the workbook into the proxy's loaded properties. */
  refresh(): void;
  geometry?: () => Geometry;
}

/** One Excel.run: its request context, queue and proxies. */
class Batch {
  readonly queue: (() => void)[] = [];
  readonly context: OfficeMockObject;
  private readonly tracked: { proxy: OfficeMockObject; synced: boolean }[] = [];
  private readonly internals = new WeakMap<object, Internals>();

  constructor(private readonly wb: FakeWorkbook) {
    this.context = new OfficeMockObject({ sync: () => this.sync() });
    const workbook = new OfficeMockObject({ getSelectedRange: () => this.selectedRange() });
    workbook.worksheets = this.worksheets();
    this.context.workbook = workbook;
  }

  private async sync(): Promise<void> {
    this.wb.syncs++;
    try {
      for (const op of this.queue.splice(0)) op();
    } finally {
      for (const sheet of this.wb.sheets) sheet.prune();
    }
    for (const t of this.tracked) {
      await OfficeMockObject.prototype.sync.call(t.proxy);
      t.synced = true;
    }
    await new Promise((resolve) => setImmediate(resolve)); // let the mock's own sync callbacks settle
  }

  private enqueue(op: () => void): void {
    this.queue.push(op);
  }

  /** Registers a proxy: synced with the batch, `isNullObject` readable only after a sync. */
  private track(proxy: OfficeMockObject, isNull: () => boolean, internals: Internals): OfficeMockObject {
    const entry = { proxy, synced: false };
    this.tracked.push(entry);
    this.internals.set(proxy, internals);
    Object.defineProperty(proxy, "isNullObject", {
      configurable: true,
      get: () => {
        if (!entry.synced) throw new Error("fake Excel: isNullObject read before context.sync()");
        return isNull();
      },
    });
    return proxy;
  }

  /** Queues a write for every assignment to `names` (the mock's own load/sync bookkeeping passes through). */
  private intercept(obj: OfficeMockObject, names: string[], onWrite: (name: string, value: unknown) => void): void {
    const inner = (obj as unknown as { _properties: Map<string, { _value: unknown }> })._properties;
    for (const name of names) {
      let current: unknown = obj[name];
      Object.defineProperty(obj, name, {
        configurable: true,
        enumerable: true,
        get: () => current,
        set: (v: unknown) => {
          const p = inner.get(name);
          const bookkeeping = p !== undefined && (v === p || (isMockError(current) && v === p._value));
          current = v;
          if (!bookkeeping) this.enqueue(() => onWrite(name, v));
        },
      });
    }
  }

  /** Wraps the mock's load so the data is read from the workbook at this point of the queue. */
  private loadFromQueue(proxy: OfficeMockObject, refresh: (arg?: string | string[]) => void): void {
    (proxy as { load: unknown }).load = (arg?: string | string[]) => {
      OfficeMockObject.prototype.load.call(proxy, arg as string);
      this.enqueue(() => refresh(arg));
      return proxy;
    };
  }

  private static snapshot(obj: OfficeMockObject, values: Record<string, unknown>): void {
    const inner = (obj as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })._properties;
    for (const [name, value] of Object.entries(values)) {
      const p = inner.get(name);
      if (p) p._valueBeforeLoaded = value;
    }
  }

  /** A collection: `load` queues building the items; `items` is readable once that ran. */
  private collection(
    methods: Record<string, unknown>,
    build: () => OfficeMockObject[],
    withLoad: (item: OfficeMockObject, props: string[] | undefined) => void,
  ): OfficeMockObject {
    let items: OfficeMockObject[] | undefined;
    const c = new OfficeMockObject({
      ...methods,
      load: (arg?: string | string[]) => {
        const requested = (Array.isArray(arg) ? arg : arg === undefined ? [] : arg.split(","))
          .map((p) => p.trim().replace(/^items\/?/, ""))
          .filter((p) => p !== "");
        this.enqueue(() => {
          items = build();
          for (const item of items) withLoad(item, requested.length > 0 ? requested : undefined);
        });
        return c;
      },
    });
    Object.defineProperty(c, "items", {
      get: () => {
        if (!items) throw new Error("fake Excel: items read before load() and context.sync()");
        return items;
      },
    });
    return c;
  }

  /** Loads an item built during a sync: mark the properties loaded and read them right away. */
  private loadNow(item: OfficeMockObject, props: string[] | undefined): void {
    OfficeMockObject.prototype.load.call(item, props as string[]);
    this.internals.get(item)?.refresh();
  }

  private worksheets(): OfficeMockObject {
    const wb = this.wb;
    const valid = (name: string) => name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name);
    return this.collection(
      {
        getItemOrNullObject: (name: string) => this.worksheet(() => wb.find(name) ?? null),
        getItem: (name: string) =>
          this.worksheet(() => {
            const sheet = wb.find(name);
            if (!sheet) throw new Error(`ItemNotFound: no worksheet "${name}"`);
            return sheet;
          }),
        add: (name: string) =>
          this.worksheet(() => {
            if (!valid(name)) throw new Error(`InvalidArgument: "${name}" is not a valid sheet name`);
            if (wb.find(name)) throw new Error(`ItemAlreadyExists: a worksheet "${name}" exists`);
            return wb.addSheet(name);
          }),
      },
      () => wb.sheets.map((s) => this.worksheet(s)),
      (item, props) => this.loadNow(item, props),
    );
  }

  /** The selected range, with its `worksheet`; bound when the call runs in the queue. */
  private selectedRange(): OfficeMockObject {
    const selection = () => {
      const selected = this.wb.selection;
      if (!selected) throw new Error("fake Excel: no selection set (FakeWorkbook.selection)");
      return { sheet: this.wb.sheet(selected.sheet), geometry: parseAddress(selected.address) };
    };
    const r = this.range(
      () => selection().sheet,
      () => selection().geometry,
    );
    r.worksheet = this.worksheet(() => selection().sheet);
    return r;
  }

  /** A worksheet proxy bound to a sheet now (known) or when its creating call runs in the queue. */
  private worksheet(bind: FakeSheet | (() => FakeSheet | null)): OfficeMockObject {
    let sheet: FakeSheet | null = null;
    if (typeof bind === "function") this.enqueue(() => (sheet = bind()));
    else sheet = bind;
    const sheetOf = (): FakeSheet => {
      if (!sheet) throw new Error("ItemNotFound: the worksheet is a null object");
      return sheet;
    };
    const usedRange = (valuesOnly: boolean, orNull: boolean) =>
      this.range(sheetOf, () => sheetOf().usedRange(valuesOnly) ?? (orNull ? null : parseAddress("A1")));
    const s = new OfficeMockObject({
      name: "",
      position: 0,
      visibility: "Visible",
      getRange: (address: string) => {
        const g = parseAddress(address);
        return this.range(sheetOf, () => g);
      },
      getUsedRange: (valuesOnly = false) => usedRange(valuesOnly, false),
      getUsedRangeOrNullObject: (valuesOnly = false) => usedRange(valuesOnly, true),
      activate: () => this.enqueue(() => (this.wb.activeSheet = sheetOf().name)),
    });
    s.charts = this.charts(sheetOf);
    const refresh = () => {
      const current = sheetOf();
      Batch.snapshot(s, {
        name: current.name,
        position: this.wb.sheets.indexOf(current),
        visibility: current.visibility,
      });
    };
    this.loadFromQueue(s, refresh);
    return this.track(s, () => sheet === null, { refresh });
  }

  private range(sheetOf: () => FakeSheet, where: () => Geometry | null): OfficeMockObject {
    let g: Geometry | null | undefined;
    this.enqueue(() => (g = where()));
    const geometry = (): Geometry => {
      if (g === undefined) throw new Error("fake Excel: range used before its creation ran");
      if (g === null) throw new Error("ItemNotFound: the range is a null object");
      return g;
    };
    const each = (f: (cell: FakeCell) => void) => () => sheetOf().everyCell(geometry()).forEach(f);
    const r = new OfficeMockObject({
      address: "",
      values: [],
      formulas: [],
      numberFormat: [],
      text: [],
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 0,
      columnCount: 0,
      format: {
        columnWidth: 0,
        rowHeight: 0,
        font: { bold: false, italic: false, size: 11, color: "#000000", name: "Calibri" },
        fill: { color: "#FFFFFF", clear: () => this.enqueue(each((c) => delete c.fill)) },
      },
      dataValidation: {
        rule: {},
        prompt: {},
        errorAlert: {},
        ignoreBlanks: true,
        type: "None",
        clear: () =>
          this.enqueue(() => {
            for (const cell of sheetOf().cellsIn(geometry())) delete cell.validation;
          }),
      },
      select: () =>
        this.enqueue(() => (this.wb.selection = { sheet: sheetOf().name, address: formatAddress(geometry()) })),
      clear: (applyTo = "All") =>
        this.enqueue(() => {
          for (const cell of sheetOf().cellsIn(geometry())) {
            if (applyTo === "All" || applyTo === "Contents") {
              delete cell.formula;
              cell.value = "";
            }
            if (applyTo === "All" || applyTo === "Formats") {
              cell.numberFormat = "General";
              cell.font = {};
              delete cell.fill;
            }
          }
        }),
    });
    this.intercept(r, ["values", "formulas", "numberFormat"], (name, v) => {
      const g = geometry();
      const entries = grid(name, v, g);
      this.wb.writes.push({ sheet: sheetOf().name, address: formatAddress(g), property: name as "values" });
      sheetOf()
        .everyCell(g)
        .forEach((cell, i) => {
          const x = entries[Math.floor(i / g.columns)][i % g.columns];
          if (name !== "numberFormat") enter(cell, x);
          else if (x !== null) cell.numberFormat = formatText(x);
        });
    });
    // office-addin-mock types every property as any: the child proxies, named.
    const format = r.format as OfficeMockObject;
    this.intercept(format, ["columnWidth", "rowHeight"], (name, v) => {
      if (name === "rowHeight") throw new Error("fake Excel: rowHeight is not modelled");
      const g = geometry();
      for (let c = g.column; c < g.column + g.columns; c++) sheetOf().columnWidths.set(c, v as number);
    });
    this.intercept(format.font as OfficeMockObject, ["bold", "italic", "size", "color", "name"], (name, v) =>
      each((c) => ((c.font as Record<string, unknown>)[name] = v))(),
    );
    this.intercept(format.fill as OfficeMockObject, ["color"], (_, v) => each((c) => (c.fill = v as string))());
    this.intercept(r.dataValidation as OfficeMockObject, ["rule", "prompt", "errorAlert", "ignoreBlanks"], (name, v) =>
      each((c) => (c.validation = { ...c.validation, [name]: v }))(),
    );
    const refresh = (arg?: string | string[]) => {
      if (g === null || g === undefined) return;
      const sheet = sheetOf();
      const geometryOnly = {
        address: `${sheet.name}!${formatAddress(g)}`,
        rowIndex: g.row,
        columnIndex: g.column,
        rowCount: g.rows,
        columnCount: g.columns,
      };
      if (g.rows * g.columns > MAX_CELLS) {
        // A whole-column range: its geometry may be loaded, not its cells.
        const asked = arg === undefined ? ["*"] : Array.isArray(arg) ? arg : arg.split(",");
        if (asked.some((p) => !/^\s*(address|rowIndex|columnIndex|rowCount|columnCount)\s*$/.test(p)))
          throw new Error(`fake Excel: refusing to load the cells of ${formatAddress(g)}`);
        Batch.snapshot(r, geometryOnly);
        return;
      }
      const table = (f: (cell: FakeCell | undefined) => unknown) =>
        Array.from({ length: g!.rows }, (_, r) =>
          Array.from({ length: g!.columns }, (_, c) => f(sheet.cells.get(key(g!.row + r, g!.column + c)))),
        );
      Batch.snapshot(r, {
        ...geometryOnly,
        values: table((c) => c?.value ?? ""),
        formulas: table((c) => c?.formula ?? c?.value ?? ""),
        numberFormat: table((c) => c?.numberFormat ?? "General"),
        text: table((c) => String(c?.value ?? "")),
      });
    };
    this.loadFromQueue(r, refresh);
    return this.track(r, () => g === null, { refresh, geometry });
  }

  private charts(sheetOf: () => FakeSheet): OfficeMockObject {
    return this.collection(
      {
        add: (type: string, source: OfficeMockObject, seriesBy = "Auto") => {
          let chart: FakeChart | undefined;
          this.enqueue(() => {
            const sourceGeometry = this.internals.get(source)?.geometry;
            if (!sourceGeometry) throw new Error("fake Excel: charts.add needs a Range as its source");
            const sheet = sheetOf();
            chart = {
              name: `Chart ${sheet.charts.length + 1}`,
              type,
              source: formatAddress(sourceGeometry()),
              seriesBy,
              title: "",
            };
            sheet.charts.push(chart);
          });
          const proxy = this.chart(() => {
            if (!chart) throw new Error("fake Excel: chart used before its creation ran");
            return chart;
          }, sheetOf);
          return proxy;
        },
      },
      () => sheetOf().charts.map((c) => this.chart(() => c, sheetOf)),
      (item, props) => this.loadNow(item, props),
    );
  }

  private chart(chartOf: () => FakeChart, sheetOf: () => FakeSheet): OfficeMockObject {
    const where = (cell: unknown): string => {
      if (typeof cell === "string") return cell;
      const g = this.internals.get(cell as object)?.geometry;
      if (!g) throw new Error("fake Excel: setPosition takes an address or a Range");
      return formatAddress(g());
    };
    const c = new OfficeMockObject({
      name: "",
      title: { text: "" },
      setPosition: (start: unknown, end?: unknown) =>
        this.enqueue(() => {
          const chart = chartOf();
          chart.topLeft = where(start);
          chart.bottomRight = end === undefined ? undefined : where(end);
        }),
      delete: () =>
        this.enqueue(() => {
          const charts = sheetOf().charts;
          const i = charts.indexOf(chartOf());
          if (i >= 0) charts.splice(i, 1);
        }),
    });
    this.intercept(c, ["name"], (_, v) => (chartOf().name = String(v)));
    const title = c.title as OfficeMockObject; // office-addin-mock types every property as any
    this.intercept(title, ["text"], (_, v) => (chartOf().title = String(v)));
    const refresh = () => {
      Batch.snapshot(c, { name: chartOf().name });
      Batch.snapshot(title, { text: chartOf().title });
    };
    this.loadFromQueue(c, refresh);
    return this.track(c, () => false, { refresh });
  }
}
