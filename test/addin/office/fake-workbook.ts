/**
 * A cell-backed Excel fake for office-js tests that read what earlier batches wrote (convert:
 * set up the tables, read them back, fill and append rows). Ranges, tables and sheets are
 * office-addin-mock `OfficeMockObject`s, so reading a property before `load` + `sync` gives the
 * mock's "not loaded" string; writes to `values`/`formulas` land in the cell model and are logged
 * with their sheet, so tests can prove which sheets were touched.
 */
import { fakeContext, mockRegistry, type Loadable } from './fake-context';
import { cellAddress, parseRange } from '../../../shared/grid/address';

export type SheetInit = {
  name: string;
  rows?: unknown[][];
  merges?: string[];
  text?: Record<string, string>;
  /** Data-validation lists: A1 range → list source (`Yes,No`, `=Lists!$A$1:$A$3`, `=Name`). */
  lists?: Record<string, string>;
};
export type TableInit = { name: string; sheet: string; address: string };
export type Write = {
  sheet: string;
  address: string;
  kind: 'values' | 'formulas' | 'rows.add' | 'validation' | 'cf';
};
type Table = { name: string; sheet: string; r0: number; c0: number; rows: number; cols: number };
type Obj = Loadable & Record<string, unknown>;

const MARKER = /^Error, (property was not loaded|context\.sync\(\) was not called)/;

export function fakeWorkbook(init: {
  name?: string;
  sheets: SheetInit[];
  active?: string;
  tables?: TableInit[];
  /** Defined names → their formula (`=Lists!$A$1:$A$3`). */
  names?: Record<string, string>;
}) {
  const { registry, mock } = mockRegistry();
  const writes: Write[] = [];
  const calls: string[] = [];
  const sheets = new Map(
    init.sheets.map((s) => [
      s.name,
      {
        cells: new Map<string, unknown>(),
        merges: s.merges ?? [],
        text: s.text ?? {},
        lists: s.lists ?? {},
      },
    ]),
  );
  for (const s of init.sheets)
    s.rows?.forEach((row, r) =>
      row.forEach(
        (v, c) =>
          v !== null && v !== '' && sheets.get(s.name)!.cells.set(cellAddress(r + 1, c + 1), v),
      ),
    );
  const tables: Table[] = (init.tables ?? []).map((t) => {
    const p = parseRange(t.address)!;
    return {
      name: t.name,
      sheet: t.sheet,
      r0: p.start.row - 1,
      c0: p.start.col - 1,
      rows: p.end.row - p.start.row + 1,
      cols: p.end.col - p.start.col + 1,
    };
  });
  let active = init.active ?? init.sheets[0]?.name;
  const cellsOf = (sheet: string) => sheets.get(sheet)!.cells;
  const grid = (
    sheet: string,
    r0: number,
    c0: number,
    rows: number,
    cols: number,
    f: (v: unknown, a: string) => unknown,
  ) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const a = cellAddress(r0 + r + 1, c0 + c + 1);
        return f(cellsOf(sheet).get(a), a);
      }),
    );
  // A formula reads as '' (nothing is computed); "'" is Excel's text prefix, not part of the value.
  const valueOf = (v: unknown) =>
    v === undefined || (typeof v === 'string' && v.startsWith('='))
      ? ''
      : typeof v === 'string' && v.startsWith("'")
        ? v.slice(1)
        : v;
  const shown = (sheet: string) => (v: unknown, a: string) =>
    sheets.get(sheet)!.text[a] ?? String(valueOf(v));

  function range(sheet: string, r0: number, c0: number, rows: number, cols: number) {
    const address = `${sheet}!${cellAddress(r0 + 1, c0 + 1)}:${cellAddress(r0 + rows, c0 + cols)}`;
    const initial = {
      values: grid(sheet, r0, c0, rows, cols, valueOf),
      formulas: grid(sheet, r0, c0, rows, cols, (v) => v ?? ''),
      text: grid(sheet, r0, c0, rows, cols, shown(sheet)),
    };
    const r = mock({
      ...initial,
      address,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: rows,
      columnCount: cols,
      isNullObject: false,
    });
    for (const kind of ['values', 'formulas'] as const) {
      let current: unknown = (r as Record<string, unknown>)[kind];
      Object.defineProperty(r, kind, {
        get: () => current,
        set: (v: unknown) => {
          current = v;
          if (v === initial[kind] || (typeof v === 'string' && MARKER.test(v))) return;
          writes.push({ sheet, address, kind });
          (v as unknown[][]).forEach((row, i) =>
            row.forEach((x, j) => cellsOf(sheet).set(cellAddress(r0 + i + 1, c0 + j + 1), x)),
          );
        },
      });
    }
    const log = (kind: Write['kind']) => writes.push({ sheet, address, kind });
    const fmt = { fill: {}, font: {} };
    Object.defineProperty(r, '__where', { value: { r0, c0, rows, cols } });
    return Object.assign(r, {
      format: { columnWidth: 0, fill: {}, font: {} },
      dataValidation: validationOf(sheet, r0, c0, rows, cols, () => log('validation')),
      conditionalFormats: {
        add: () => {
          log('cf');
          return { cellValue: { format: fmt, rule: null }, custom: { rule: {}, format: fmt } };
        },
      },
      getMergedAreasOrNullObject: () => {
        const inside = sheets.get(sheet)!.merges.filter((m) => {
          const p = parseRange(m)!;
          return p.start.row > r0 && p.start.col > c0;
        });
        return mock({
          isNullObject: inside.length === 0,
          address: inside.map((m) => `'${sheet}'!${m}`).join(', '),
        });
      },
    });
  }

  /**
   * A range's validation as office-js reports it: the list covering every cell of the range, else
   * 'None' (the fake does not model mixed ranges). Readable after load + sync; writing `rule` is
   * logged as a write.
   */
  function validationOf(
    sheet: string,
    r0: number,
    c0: number,
    rows: number,
    cols: number,
    onWrite: () => void,
  ) {
    const inside = (a: string) => {
      const p = parseRange(a)!;
      return (
        p.start.row <= r0 + 1 &&
        p.start.col <= c0 + 1 &&
        p.end.row >= r0 + rows &&
        p.end.col >= c0 + cols
      );
    };
    const hit = Object.entries(sheets.get(sheet)!.lists).find(([a]) => inside(a));
    let requested = false;
    let loaded = false;
    const dv = {
      load: () => {
        requested = true;
      },
      sync: () => {
        loaded = requested;
        return Promise.resolve();
      },
      get type() {
        if (!loaded) return 'Error, property was not loaded';
        return hit ? 'List' : 'None';
      },
      get rule(): unknown {
        if (!loaded) return 'Error, property was not loaded';
        return hit ? { list: { source: hit[1], inCellDropDown: true } } : {};
      },
      set rule(_v: unknown) {
        onWrite();
      },
    };
    registry.push(dv);
    return dv;
  }

  function tableObj(t: Table): Obj {
    const m = mock({ name: t.name, showHeaders: true });
    return Object.assign(m, {
      worksheet: sheetObj(t.sheet),
      getRange: () => range(t.sheet, t.r0, t.c0, t.rows, t.cols),
      getHeaderRowRange: () => range(t.sheet, t.r0, t.c0, 1, t.cols),
      getDataBodyRange: () => range(t.sheet, t.r0 + 1, t.c0, t.rows - 1, t.cols),
      rows: {
        add(_index: number | undefined, values: unknown[][]) {
          writes.push({ sheet: t.sheet, address: `${t.name}+${values.length}`, kind: 'rows.add' });
          values.forEach((row, i) =>
            row.forEach((x, j) =>
              cellsOf(t.sheet).set(cellAddress(t.r0 + t.rows + i + 1, t.c0 + j + 1), x),
            ),
          );
          t.rows += values.length;
        },
      },
    });
  }

  const collection = <T extends Loadable>(items: () => T[], extra: object = {}) => {
    const c = {
      items: [] as T[],
      load(p: string) {
        c.items = items();
        for (const path of p.split(','))
          for (const it of c.items) it.load(path.trim().replace(/^items\//, ''));
      },
    };
    return Object.assign(c, extra);
  };

  function sheetObj(name: string): Obj {
    const ws = mock({ name, visibility: 'Visible', isNullObject: false });
    return Object.assign(ws, {
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
        range(name, r, c, rows, cols),
      getCell: (r: number, c: number) => range(name, r, c, 1, 1),
      getRange: (a: string) => {
        const p = parseRange(a)!;
        return range(
          name,
          p.start.row - 1,
          p.start.col - 1,
          p.end.row - p.start.row + 1,
          p.end.col - p.start.col + 1,
        );
      },
      getUsedRangeOrNullObject: () => {
        const used = [...cellsOf(name).entries()]
          .filter(([, v]) => v !== '' && v !== null)
          .map(([a]) => parseRange(a)!.start);
        if (used.length === 0)
          return mock({
            isNullObject: true,
            rowIndex: 0,
            columnIndex: 0,
            rowCount: 0,
            columnCount: 0,
          });
        const top = Math.min(...used.map((p) => p.row)),
          left = Math.min(...used.map((p) => p.col));
        return range(
          name,
          top - 1,
          left - 1,
          Math.max(...used.map((p) => p.row)) - top + 1,
          Math.max(...used.map((p) => p.col)) - left + 1,
        );
      },
      activate: () => calls.push(`activate ${name}`),
      freezePanes: { freezeRows: () => undefined, freezeAt: () => undefined },
      tables: collection(() => tables.filter((t) => t.sheet === name).map(tableObj), {
        add(rng: object, _headers: boolean) {
          const w = (rng as { __where: { r0: number; c0: number; rows: number; cols: number } })
            .__where;
          const t: Table = { name: `Table${tables.length + 1}`, sheet: name, ...w };
          tables.push(t);
          const headers = () => grid(name, t.r0, t.c0, 1, t.cols, (v) => String(v ?? ''))[0];
          return {
            set name(n: string) {
              t.name = n;
            },
            set style(_s: string) {},
            columns: {
              getItem: (h: string) => ({
                getDataBodyRange: () =>
                  range(name, t.r0 + 1, t.c0 + headers().indexOf(h), t.rows - 1, 1),
              }),
            },
          };
        },
      }),
    });
  }

  const workbook = Object.assign(mock({ name: init.name ?? 'Book1.xlsx' }), {
    worksheets: collection(() => [...sheets.keys()].map(sheetObj), {
      add(name: string) {
        sheets.set(name, { cells: new Map(), merges: [], text: {}, lists: {} });
        return sheetObj(name);
      },
      getItem: (n: string) => sheetObj(n),
      getItemOrNullObject: (n: string) =>
        sheets.has(n) ? sheetObj(n) : mock({ isNullObject: true }),
      getActiveWorksheet: () => sheetObj(active!),
    }),
    tables: collection(() => tables.map(tableObj)),
    names: {
      getItemOrNullObject: (n: string) =>
        init.names?.[n] === undefined
          ? mock({ isNullObject: true, formula: '' })
          : mock({ isNullObject: false, formula: init.names[n] }),
    },
  });
  const { ctx, runtime } = fakeContext(workbook, registry, calls);
  const rowsOf = (sheet: string) => {
    const cells = cellsOf(sheet);
    const ps = [...cells.keys()].map((a) => parseRange(a)!.start);
    const bottom = Math.max(0, ...ps.map((p) => p.row)),
      right = Math.max(0, ...ps.map((p) => p.col));
    return grid(sheet, 0, 0, bottom, right, (v) => v ?? null);
  };
  return {
    ctx: ctx as unknown as Excel.RequestContext,
    raw: ctx,
    writes,
    calls,
    runtime,
    tables,
    rowsOf,
    sheetNames: () => [...sheets.keys()],
    setActive: (n: string) => {
      active = n;
    },
  };
}
