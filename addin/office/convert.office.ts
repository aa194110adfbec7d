/**
 * "Convert the active sheet", the Excel half: reading is `readActiveSheet`; after the user has
 * reviewed the mapping, `writeImportedRows` puts the converted rows into the canonical tables.
 * Missing tables are created by the same setup as "Create sheets"; rows then fill the tables'
 * blank rows and are appended (import-writes.ts), in requests under the 5 MB cap, events off and
 * calculation suspended. Only the add-in's tables are written: the original sheet is never
 * touched, renamed or deleted.
 */
import type { Methodology } from '../../shared/model';
import type { CanonicalRow } from '../../shared/import';
import { ALL_TABLES } from '../../shared/workbook';
import type { ImportWriteResult, SetupResult } from '../deps';
import { withBulkWrites } from './bulk-write';
import { planTableWrites, type ExistingTable, type TableWrites } from './import-writes';
import { loadInBlocks } from './load-blocks.office';
import { CELL_BUDGET } from './read-blocks';
import { setupWorkbook } from './setup-workbook.office';

type Found = {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly body: Excel.Range;
  readonly existing: ExistingTable;
};

/** Reads header and body (as formulas, so calculated columns are recognised) of the named tables. */
async function readTables(
  ctx: Excel.RequestContext,
  names: readonly string[],
): Promise<Map<string, Found>> {
  const all = ctx.workbook.tables;
  all.load('items/name');
  await ctx.sync();
  const meta = all.items
    .filter((t) => names.includes(t.name))
    .map((table) => {
      const header = table.getHeaderRowRange();
      header.load('values');
      const body = table.getDataBodyRange();
      body.load('rowIndex,columnIndex,rowCount,columnCount');
      table.worksheet.load('name');
      return { table, header, body };
    });
  await ctx.sync();
  const bodies = await loadInBlocks(
    ctx,
    meta.map((m) => m.table.worksheet),
    meta.map((m) => m.body),
    'formulas',
  );
  return new Map(
    meta.map((m, i) => [
      m.table.name,
      {
        table: m.table,
        sheet: m.table.worksheet,
        body: m.body,
        existing: {
          table: m.table.name,
          headers: (m.header.values[0] ?? []).map(String),
          body: bodies[i],
        },
      },
    ]),
  );
}

/** The writes of all tables as batches of at most CELL_BUDGET cells (one sync each). */
function batchesOf(plans: readonly { found: Found; w: TableWrites }[]): (() => void)[] {
  const batches: (() => void)[] = [];
  let current: (() => void)[] = [];
  let cells = 0;
  const push = (size: number, op: () => void) => {
    if (current.length > 0 && cells + size > CELL_BUDGET) {
      const ops = current;
      batches.push(() => ops.forEach((o) => o()));
      current = [];
      cells = 0;
    }
    current.push(op);
    cells += size;
  };
  for (const { found, w } of plans) {
    const width = found.existing.headers.length;
    for (const f of w.fills)
      push(
        width,
        () =>
          (found.sheet.getRangeByIndexes(
            found.body.rowIndex + f.index,
            found.body.columnIndex,
            1,
            width,
          ).formulas = [[...f.cells]]),
      );
    const step = Math.max(1, Math.floor(CELL_BUDGET / Math.max(1, width)));
    for (let i = 0; i < w.appends.length; i += step) {
      const rows = w.appends.slice(i, i + step).map((r) => [...r]);
      push(rows.length * width, () => found.table.rows.add(undefined, rows));
    }
  }
  if (current.length > 0) batches.push(() => current.forEach((o) => o()));
  return batches;
}

function whyMissing(table: string, setup: SetupResult | null): string {
  const sheet = ALL_TABLES.find((d) => d.table === table)?.sheet;
  return (
    setup?.skipped.find((s) => s.sheet === sheet)?.reason ??
    `the table ${table} could not be created`
  );
}

export async function writeImportedRows(
  ctx: Excel.RequestContext,
  rows: Partial<Record<string, readonly CanonicalRow[]>>,
  m: Methodology,
): Promise<ImportWriteResult> {
  const wanted = Object.entries(rows).filter(
    (e): e is [string, CanonicalRow[]] => (e[1]?.length ?? 0) > 0,
  );
  const names = wanted.map(([t]) => t);
  let found = await readTables(ctx, names);
  let setup: SetupResult | null = null;
  if (names.some((t) => !found.has(t))) {
    setup = await setupWorkbook(ctx, m);
    found = await readTables(ctx, names);
  }
  const plans = wanted.flatMap(([t, r]) => {
    const f = found.get(t);
    return f ? [{ found: f, w: planTableWrites(f.existing, r) }] : [];
  });
  await withBulkWrites(ctx, batchesOf(plans));
  const first = plans[0]?.found.sheet;
  if (first) {
    first.activate();
    await ctx.sync();
  }
  return {
    setup,
    tables: plans.map(({ found: f, w }) => ({
      table: w.table,
      sheet: f.sheet.name,
      added: w.added,
      completed: w.completed,
      duplicates: w.duplicates,
      missingColumns: w.missingColumns,
    })),
    notWritten: wanted
      .filter(([t]) => !found.has(t))
      .map(([t, r]) => ({ table: t, rows: r.length, reason: whyMissing(t, setup) })),
  };
}
