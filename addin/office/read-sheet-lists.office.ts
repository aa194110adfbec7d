/**
 * Reads the active sheet's data-validation lists through office-js (DataValidation, ExcelApi
 * 1.8): one request probes a few data cells per column (sheet-lists.ts), a second resolves the
 * lists that name a range or a defined name (bounded: at most MAX_RANGE_CELLS cells each).
 * Nothing here may stop a conversion: a list that cannot be read is left out, and the importer
 * then reads that column from its cells and header alone.
 */
import type { DataValidationList } from '../../shared/grid';
import { parseRange } from '../../shared/grid';
import {
  columnList,
  commonListSource,
  listProbes,
  listValues,
  parseListSource,
  type ListSource,
  type UsedArea,
} from './sheet-lists';

const MAX_RANGE_CELLS = 1024;

type Loaded = { values: unknown[][] } & { load(p: string): unknown };

export async function readSheetLists(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  used: UsedArea,
): Promise<DataValidationList[]> {
  try {
    const probes = listProbes(used);
    if (probes.length === 0) return [];
    const rules = probes.map((col) =>
      col.map((p) => {
        const dv = ws.getCell(p.row, p.col).dataValidation;
        dv.load('type,rule');
        return dv;
      }),
    );
    await ctx.sync();
    const sources = await resolveNames(
      ctx,
      rules.map((col) =>
        parseSource(
          commonListSource(
            col.map((dv) => ({ type: dv.type, source: sourceText(dv.rule?.list?.source) })),
          ),
        ),
      ),
    );
    const ranges = sources.map((s) => (s ? rangeOf(ctx, ws, s) : null));
    if (ranges.some((r) => r !== null)) await ctx.sync();
    const out: DataValidationList[] = [];
    sources.forEach((s, i) => {
      const values =
        s?.kind === 'values' ? s.values : ranges[i] ? listValues(ranges[i].values) : [];
      const list = columnList(probes[i], used, values);
      if (list) out.push(list);
    });
    return out;
  } catch {
    // A host without DataValidation, a list on a deleted sheet or name: no lists, never a failure.
    return [];
  }
}

/** A list rule's source as text (office-js types it as a string or a Range; reads give text). */
const sourceText = (s: unknown): string | null => (typeof s === 'string' ? s : null);

const parseSource = (s: string | null): ListSource | null => (s ? parseListSource(s) : null);

/** Defined names replaced by the range their formula names (`=Lists!$A$1:$A$5`), one request. */
async function resolveNames(
  ctx: Excel.RequestContext,
  sources: readonly (ListSource | null)[],
): Promise<(ListSource | null)[]> {
  const items = sources.map((s) => {
    if (s?.kind !== 'name') return null;
    const n = ctx.workbook.names.getItemOrNullObject(s.name);
    n.load('isNullObject,formula');
    return n;
  });
  if (items.every((n) => n === null)) return [...sources];
  await ctx.sync();
  return sources.map((s, i) => {
    const n = items[i];
    if (!n) return s;
    const named = n.isNullObject ? null : parseListSource(String(n.formula));
    return named?.kind === 'range' ? named : null;
  });
}

/** The range a list names, queued for loading (null: literal values or too large). */
function rangeOf(ctx: Excel.RequestContext, ws: Excel.Worksheet, s: ListSource): Loaded | null {
  if (s.kind !== 'range') return null;
  const p = parseRange(s.address);
  if (!p) return null;
  const cells = (p.end.row - p.start.row + 1) * (p.end.col - p.start.col + 1);
  if (cells > MAX_RANGE_CELLS) return null;
  const sheet = s.sheet ? ctx.workbook.worksheets.getItem(s.sheet) : ws;
  const r = sheet.getRange(s.address);
  r.load('values');
  return r as unknown as Loaded;
}
