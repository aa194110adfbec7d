/**
 * A small Excel object tree for office-js unit tests, built from office-addin-mock's
 * OfficeMockObject: properties read by the code under test only have values after `load` and
 * `context.sync()` (reading earlier gives the mock's "not loaded"/"not synced" error string), so
 * the tests also check load-before-read. Collections are plain objects whose `load('items/x')`
 * forwards to their items, since the mock has no collection support. Writes are recorded.
 */
import { fakeContext, mockRegistry, type Loadable } from './fake-context';
import { cellAddress, parseRange } from '../../../shared/grid/address';

export type FakeTable = {
  name: string;
  sheet: string;
  address: string;
  values: unknown[][];
  showHeaders?: boolean;
};
export type FakeCf = {
  sheet: string;
  address: string;
  type: string;
  formula: string;
  deleted?: boolean;
};
export type Write = {
  sheet: string;
  address: string;
  kind: 'values' | 'formulas' | 'validation' | 'fill' | 'cf';
  value: unknown;
};

export type FakeExcelInit = {
  name?: string;
  sheets: string[];
  tables?: FakeTable[];
  cfs?: FakeCf[];
};

export function fakeExcel(init: FakeExcelInit) {
  const { registry, mock } = mockRegistry();
  const writes: Write[] = [];
  const addedSheets: string[] = [];
  const addedTables: { name: string; sheet: string; address: string; style?: string }[] = [];
  const selections: string[] = [];
  const handlers: { table: string; fn: (e: unknown) => Promise<void>; removed: boolean }[] = [];
  const cfs: FakeCf[] = [...(init.cfs ?? [])];
  const cells = new Map<string, unknown>();
  const calls: string[] = [];
  const collection = <T extends Loadable>(items: T[], extra: object = {}) => ({
    items,
    load(p: string) {
      for (const path of p.split(',')) {
        const sub = path.trim().replace(/^items\//, '');
        for (const it of items) it.load(sub.split('/')[0]);
      }
    },
    ...extra,
  });
  for (const t of init.tables ?? []) {
    const pos = parseRange(t.address.split('!').pop()!)!;
    t.values.forEach((row, r) =>
      row.forEach((v, c) =>
        cells.set(`${t.sheet}!${cellAddress(pos.start.row + r, pos.start.col + c)}`, v),
      ),
    );
  }
  const valuesAt = (sheet: string, r0: number, c0: number, rows: number, cols: number) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from(
        { length: cols },
        (_, c) => cells.get(`${sheet}!${cellAddress(r0 + r + 1, c0 + c + 1)}`) ?? '',
      ),
    );

  function range(sheet: string, address: string) {
    const pos = parseRange(address);
    const values = pos
      ? valuesAt(
          sheet,
          pos.start.row - 1,
          pos.start.col - 1,
          pos.end.row - pos.start.row + 1,
          pos.end.col - pos.start.col + 1,
        )
      : [];
    const r = mock({ values, address: `${sheet}!${address}` });
    Object.assign(r, {
      select: () => selections.push(`${sheet}!${address}`),
      getCell: () => r,
      conditionalFormats: cfCollection(sheet, address),
      format: { fill: {}, font: {}, columnWidth: 0 },
      dataValidation: {},
    });
    return { r };
  }
  function writable(sheet: string, address: string) {
    const { r } = range(sheet, address);
    Object.defineProperty(r, '__addr', { value: `${sheet}!${address}` });
    const box: Record<string, unknown> = {};
    for (const kind of ['values', 'formulas'] as const) {
      Object.defineProperty(r, kind, {
        get: () => box[kind] ?? r,
        set: (v) => {
          box[kind] = v;
          writes.push({ sheet, address, kind, value: v });
        },
        configurable: true,
      });
    }
    Object.defineProperty(r, 'dataValidation', {
      value: {
        set rule(v: unknown) {
          writes.push({ sheet, address, kind: 'validation', value: v });
        },
      },
    });
    Object.defineProperty(r, 'format', {
      value: {
        fill: {
          set color(v: unknown) {
            writes.push({ sheet, address, kind: 'fill', value: v });
          },
        },
        font: {},
        columnWidth: 0,
      },
    });
    return r;
  }
  function cfCollection(sheet: string, address: string) {
    const here = () =>
      cfs.filter(
        (c) => c.sheet === sheet && !c.deleted && (address === '' || c.address === address),
      );
    const asMock = (c: FakeCf) => {
      const m = mock({ type: c.type });
      return Object.assign(m, {
        custom: { rule: Object.assign(mock({ formula: c.formula }), {}) },
        delete: () => {
          c.deleted = true;
        },
      });
    };
    const coll = {
      items: [] as ReturnType<typeof asMock>[],
      load() {
        coll.items = here().map(asMock);
        coll.items.forEach((i) => i.load('type'));
      },
    };
    return Object.assign(coll, {
      add(type: string) {
        const c: FakeCf = { sheet, address, type, formula: '' };
        cfs.push(c);
        writes.push({ sheet, address, kind: 'cf', value: type });
        const fmt = { fill: {}, font: {} };
        return {
          custom: {
            rule: {
              set formula(f: string) {
                c.formula = f;
              },
            },
            format: fmt,
          },
          cellValue: { format: fmt, rule: null },
        };
      },
    });
  }
  function sheetObj(name: string) {
    const ws = mock({ name, visibility: 'Visible', isNullObject: false });
    return Object.assign(ws, {
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
        addedSheets.includes(name)
          ? writable(name, `${cellAddress(r + 1, c + 1)}:${cellAddress(r + rows, c + cols)}`)
          : range(name, `${cellAddress(r + 1, c + 1)}:${cellAddress(r + rows, c + cols)}`).r,
      getRange: (a?: string) =>
        addedSheets.includes(name) ? writable(name, a ?? '') : range(name, a ?? '').r,
      getCell: (r: number, c: number) => writable(name, cellAddress(r + 1, c + 1)),
      activate: () => calls.push(`activate ${name}`),
      delete: () => calls.push(`delete ${name}`),
      freezePanes: {
        freezeRows: (n: number) => calls.push(`freeze ${name} ${n}`),
        freezeAt: (r: { __addr?: string }) => calls.push(`freeze ${String(r.__addr)}`),
      },
      tables: {
        add(rng: { __addr?: string }, _headers: boolean) {
          const t = { name: '', sheet: name, address: String(rng.__addr), style: '' };
          addedTables.push(t);
          const body = (h: string) => ({
            getDataBodyRange: () => writable(name, `${t.name || '?'}[${h}]`),
          });
          return Object.assign(t, { columns: { getItem: (h: string) => body(h) } });
        },
      },
    });
  }
  const sheets = new Map(init.sheets.map((s) => [s, sheetObj(s)]));
  const tableObjs = (init.tables ?? []).map((t) => {
    const pos = parseRange(t.address.split('!').pop()!)!;
    const tm = mock({ name: t.name, showHeaders: t.showHeaders ?? true });
    const rangeInfo = {
      address: `${t.sheet}!${t.address}`,
      rowIndex: pos.start.row - 1,
      columnIndex: pos.start.col - 1,
      rowCount: pos.end.row - pos.start.row + 1,
      columnCount: pos.end.col - pos.start.col + 1,
    };
    return Object.assign(tm, {
      getRange: () => mock(rangeInfo),
      worksheet: sheets.get(t.sheet)!,
      onChanged: {
        add(fn: (e: unknown) => Promise<void>) {
          const h = { table: t.name, fn, removed: false };
          handlers.push(h);
          return {
            context: 'ctx',
            remove: () => {
              h.removed = true;
            },
          };
        },
      },
    });
  });
  const nullSheet = () => mock({ isNullObject: true });
  const workbook = Object.assign(mock({ name: init.name ?? 'Book1.xlsx' }), {
    worksheets: collection([...sheets.values()], {
      add(name: string) {
        addedSheets.push(name);
        const ws = sheetObj(name);
        sheets.set(name, ws);
        return ws;
      },
      getItem: (n: string) => sheets.get(n)!,
      getItemOrNullObject: (n: string) => sheets.get(n) ?? nullSheet(),
    }),
    tables: collection(tableObjs),
  });
  const { ctx, runtime } = fakeContext(workbook, registry, calls);
  return {
    ctx: ctx as unknown as Excel.RequestContext,
    raw: ctx,
    writes,
    addedSheets,
    addedTables,
    selections,
    handlers,
    cfs,
    calls,
    runtime,
  };
}
