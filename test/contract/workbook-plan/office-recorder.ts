/**
 * A recording Excel for the workbook-plan contract: worksheets, the workbook and the context are
 * office-addin-mock objects (fake-context.ts: properties read before `load` + `sync` fail), and
 * every range write lands in a per-sheet cell model, so what Set up wrote can be read back as a
 * `Written` workbook and compared with the exceljs file cell by cell.
 */
import { cellAddress, parseRange } from '../../../shared/grid/address';
import type { Cell } from '../../../shared/grid/grid';
import { fakeContext, mockRegistry } from '../../addin/office/fake-context';
import { hexColor, type Written, type WrittenRule, type WrittenTable } from './written';

type SheetModel = {
  name: string;
  cells: Map<string, Cell | { formula: string }>;
  validations: { ref: string; list: string }[];
  rules: { ref: string; type: string; rec: CfRecord }[];
  freeze: { rows: number; cols: number };
};
type CfRecord = {
  custom: { rule: { formula: string }; format: CfFormat };
  cellValue: { format: CfFormat; rule: { formula1?: string; formula2?: string } };
};
type CfFormat = { fill: { color: string }; font: { color: string } };
type Box = { r0: number; c0: number; rows: number; cols: number };

const a1 = (b: Box) =>
  `${cellAddress(b.r0 + 1, b.c0 + 1)}:${cellAddress(b.r0 + b.rows, b.c0 + b.cols)}`;
const single = (b: Box) => (b.rows === 1 && b.cols === 1 ? cellAddress(b.r0 + 1, b.c0 + 1) : a1(b));

function boxOf(address: string): Box {
  const p = parseRange(address);
  if (!p) throw new Error(`bad address ${address}`);
  return {
    r0: p.start.row - 1,
    c0: p.start.col - 1,
    rows: p.end.row - p.start.row + 1,
    cols: p.end.col - p.start.col + 1,
  };
}

function put(s: SheetModel, b: Box, grid: unknown[][], formulas: boolean): void {
  if (grid.length !== b.rows || grid.some((r) => r.length !== b.cols))
    throw new Error(`${s.name}!${a1(b)}: ${grid.length}×${grid[0]?.length} values for the range`);
  grid.forEach((row, i) =>
    row.forEach((v, j) => {
      const at = cellAddress(b.r0 + i + 1, b.c0 + j + 1);
      if (formulas && typeof v === 'string' && v.startsWith('='))
        s.cells.set(at, { formula: v.slice(1) });
      else if (v === '' || v === null) s.cells.delete(at);
      else s.cells.set(at, v as Cell);
    }),
  );
}

function rangeOf(s: SheetModel, b: Box) {
  const ref = single(b);
  const rule = (type: string) => {
    const format: CfFormat = { fill: { color: '' }, font: { color: '' } };
    const rec: CfRecord = {
      custom: { rule: { formula: '' }, format },
      cellValue: { format, rule: {} },
    };
    s.rules.push({ ref, type, rec });
    return rec;
  };
  return {
    set values(v: unknown[][]) {
      put(s, b, v, false);
    },
    set formulas(v: unknown[][]) {
      put(s, b, v, true);
    },
    set numberFormat(_v: unknown[][]) {},
    format: { columnWidth: 0, fill: {}, font: {}, horizontalAlignment: '' },
    dataValidation: {
      set rule(v: { list: { source: string } }) {
        s.validations.push({ ref, list: v.list.source });
      },
      ignoreBlanks: true,
      errorAlert: {},
    },
    conditionalFormats: { add: rule },
    __box: b,
  };
}

function ruleOf(r: SheetModel['rules'][number]): WrittenRule {
  const { custom, cellValue } = r.rec;
  const rule =
    r.type === 'Custom'
      ? `expression ${custom.rule.formula}`
      : `between ${cellValue.rule.formula1}..${cellValue.rule.formula2}`;
  const f = r.type === 'Custom' ? custom.format : cellValue.format;
  return { ref: r.ref, rule, fill: hexColor(f.fill.color), font: hexColor(f.font.color) };
}

/** A recording Excel holding the given (user) sheet names; `written()` reads back what was written. */
export function officeRecorder(existing: readonly string[] = []) {
  const { registry, mock } = mockRegistry();
  const calls: string[] = [];
  const models: SheetModel[] = [];
  const tables: (WrittenTable & { calc: Record<string, string> })[] = [];

  function sheetObj(name: string) {
    const s: SheetModel = {
      name,
      cells: new Map(),
      validations: [],
      rules: [],
      freeze: { rows: 0, cols: 0 },
    };
    models.push(s);
    const ws = mock({ name, showGridlines: true });
    return Object.assign(ws, {
      getRangeByIndexes: (r0: number, c0: number, rows: number, cols: number) =>
        rangeOf(s, { r0, c0, rows, cols }),
      getRange: (address: string) => rangeOf(s, boxOf(address)),
      getCell: (r0: number, c0: number) => rangeOf(s, { r0, c0, rows: 1, cols: 1 }),
      freezePanes: {
        freezeRows: (rows: number) => void (s.freeze = { rows, cols: 0 }),
        freezeAt: (r: { __box: Box }) =>
          void (s.freeze = { rows: r.__box.rows, cols: r.__box.cols }),
      },
      activate: () => calls.push(`activate ${name}`),
      tables: {
        add(range: { __box: Box }, _hasHeaders: boolean) {
          const b = range.__box;
          const headers = Array.from({ length: b.cols }, (_, j) =>
            String(s.cells.get(cellAddress(b.r0 + 1, b.c0 + j + 1)) ?? ''),
          );
          const t = {
            name: '',
            sheet: name,
            ref: a1(b),
            headers,
            calculated: {},
            calc: {} as Record<string, string>,
            style: '',
          };
          tables.push(t);
          const body = (h: string) => {
            const j = headers.indexOf(h);
            if (j < 0) throw new Error(`${t.name} has no column ${h}`);
            const r = rangeOf(s, { r0: b.r0 + 1, c0: b.c0 + j, rows: b.rows - 1, cols: 1 });
            return Object.defineProperty(r, 'formulas', {
              set(v: unknown[][]) {
                put(s, r.__box, v, true);
                const f = new Set(v.map((row) => String(row[0])));
                if (f.size === 1) t.calc[h] = [...f][0].replace(/^=/, '');
              },
            });
          };
          return Object.assign(t, {
            columns: { getItem: (h: string) => ({ getDataBodyRange: () => body(h) }) },
          });
        },
      },
    });
  }

  const sheets = existing.map(sheetObj);
  models.length = 0; // the user's sheets are not part of what Set up wrote
  const collection = <T extends { load(p: string): unknown }>(items: T[], extra: object) => ({
    items,
    load(p: string) {
      for (const it of items) it.load(p.replace(/^items\//, ''));
    },
    ...extra,
  });
  const workbook = Object.assign(mock({ name: 'Book1.xlsx' }), {
    worksheets: collection(sheets, {
      add(name: string) {
        calls.push(`add ${name}`);
        return sheetObj(name);
      },
    }),
    tables: collection([], {}),
  });
  const { ctx } = fakeContext(workbook, registry, calls);

  function written(): Written {
    return {
      sheets: models.map((s) => ({
        name: s.name,
        cells: Object.fromEntries(s.cells),
        validations: s.validations,
        rules: s.rules.map(ruleOf),
        freeze: s.freeze,
      })),
      tables: tables.map(({ name, sheet, ref, headers, calc }) => ({
        name,
        sheet,
        ref,
        headers,
        calculated: calc,
      })),
    };
  }
  return { ctx: ctx as unknown as Excel.RequestContext, calls, written };
}
