/**
 * Marks offending cells with a conditional format the add-in owns: a custom rule whose formula
 * carries a marker (`=N("isms-mark:major")=0`, always TRUE). The cell's own format and the user's
 * conditional formats are never changed, and "Clear marks" deletes only rules with the marker.
 */
import type { Finding, Severity } from '../../shared/validation';
import { parseRange } from '../../shared/grid';
import { withBulkWrite } from './bulk-write';

const MARKER = 'isms-mark';
export const MARK_FILL: Readonly<Record<Severity, string>> = {
  major: '#FDE7E9',
  minor: '#FFF4CE',
  observation: '#DEECF9',
  'not-checked': '#EDEBE9',
};

export function markFormula(severity: Severity): string {
  return `=N("${MARKER}:${severity}")=0`;
}

export function isMarkFormula(formula: string): boolean {
  return formula.includes(`"${MARKER}:`);
}

/** One mark per distinct cell, keeping the most severe finding's colour. */
function marksOf(
  findings: readonly Finding[],
): Map<string, { sheet: string; cell: string; severity: Severity }> {
  const rank: Record<Severity, number> = { 'not-checked': 0, major: 3, minor: 2, observation: 1 };
  const marks = new Map<string, { sheet: string; cell: string; severity: Severity }>();
  for (const f of findings) {
    if (!f.sheet || !f.cell || !parseRange(f.cell)) continue;
    const key = `${f.sheet}!${f.cell}`;
    const prev = marks.get(key);
    if (!prev || rank[f.severity] > rank[prev.severity])
      marks.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
  }
  return marks;
}

/** Clears the add-in's marks on `sheets`, then marks the cells of `findings`; returns how many. */
export async function markFindings(
  ctx: Excel.RequestContext,
  findings: readonly Finding[],
  sheets: readonly string[],
): Promise<number> {
  const marks = marksOf(findings);
  await clearMarks(ctx, [...new Set([...sheets, ...[...marks.values()].map((m) => m.sheet)])]);
  await withBulkWrite(ctx, () => {
    for (const m of marks.values()) {
      const cf = ctx.workbook.worksheets
        .getItem(m.sheet)
        .getRange(m.cell)
        .conditionalFormats.add('Custom');
      cf.custom.rule.formula = markFormula(m.severity);
      cf.custom.format.fill.color = MARK_FILL[m.severity];
    }
  });
  return marks.size;
}

/** Deletes the add-in's mark rules on the given sheets (sheets that do not exist are skipped). */
export async function clearMarks(
  ctx: Excel.RequestContext,
  sheets: readonly string[],
): Promise<number> {
  const found = sheets.map((s) => ctx.workbook.worksheets.getItemOrNullObject(s));
  found.forEach((ws) => ws.load('isNullObject'));
  await ctx.sync();
  const collections = found
    .filter((ws) => !ws.isNullObject)
    .map((ws) => ws.getRange().conditionalFormats);
  collections.forEach((c) => c.load('items/type'));
  await ctx.sync();
  const custom = collections.flatMap((c) => c.items.filter((cf) => cf.type === 'Custom'));
  custom.forEach((cf) => cf.custom.rule.load('formula'));
  await ctx.sync();
  const ours = custom.filter((cf) => isMarkFormula(cf.custom.rule.formula));
  if (ours.length > 0) await withBulkWrite(ctx, () => ours.forEach((cf) => cf.delete()));
  return ours.length;
}
