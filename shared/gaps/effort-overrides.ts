/**
 * Effort estimates a workbook overrides (docs/gap-report.md, "Overriding the estimates"): an
 * optional Excel Table named tblEffort with columns Item and Person-days (Reason optional).
 * Item is a control (`A.5.30`), a clause (`6.1.2` or `Clause 6.1.2`), `Tooling A.8.16` for a
 * control's tooling days, or `Consultancy` with a share (`20%` or 0.2). Later workbooks of a set
 * win. Read from the snapshot, as the table is not part of the ISMS model.
 */
import type { WorkbookSnapshot } from '../grid/grid';
import { asNumber, asText } from '../grid/cell';
import { readTable } from '../workbook/table-rows';
import { normalizeControlId } from '../catalog/find-control';
import { getControl } from '../catalog/find-control';

export type EffortOverrides = {
  readonly controls: Readonly<Record<string, number>>;
  readonly tooling: Readonly<Record<string, number>>;
  readonly clauses: Readonly<Record<string, number>>;
  /** 0–1, or null for the default. */
  readonly consultancyShare: number | null;
};

export const NO_OVERRIDES: EffortOverrides = {
  controls: {},
  tooling: {},
  clauses: {},
  consultancyShare: null,
};

const COLUMNS = [
  { key: 'item', header: 'Item' },
  { key: 'days', header: 'Person-days' },
];

function share(raw: unknown): number | null {
  const text = asText(raw as never) ?? '';
  const n = asNumber(raw as never) ?? Number.parseFloat(text.replace('%', ''));
  if (!Number.isFinite(n) || n < 0) return null;
  return text.includes('%') || n > 1 ? Math.min(n / 100, 5) : n;
}

export function readEffortOverrides(snapshots: readonly WorkbookSnapshot[]): EffortOverrides {
  const controls: Record<string, number> = {};
  const tooling: Record<string, number> = {};
  const clauses: Record<string, number> = {};
  let consultancyShare: number | null = null;
  for (const s of snapshots) {
    const t = readTable(s, { table: 'tblEffort', sheet: 'Effort', columns: COLUMNS });
    const [ii, di] = [t?.index.get('item'), t?.index.get('days')];
    if (!t || ii === undefined || di === undefined) continue;
    for (const r of t.records) {
      const item = (asText(r.values[ii]) ?? '').trim();
      const days = asNumber(r.values[di]);
      if (/^consultan/i.test(item)) consultancyShare = share(r.values[di]) ?? consultancyShare;
      if (days === null || days < 0 || days > 10_000) continue;
      const tool = /^tool(?:ing)?\s+/i.test(item);
      const rest = item.replace(/^tool(?:ing)?\s+/i, '');
      const clause = /^(?:clause\s+)?(\d{1,2}(?:\.\d{1,2}){0,2})$/i.exec(rest);
      const id = /^(?:clause\s)/i.test(rest) ? null : normalizeControlId(rest);
      if (id && /^a/i.test(rest) && getControl(id)) (tool ? tooling : controls)[id] = days;
      else if (clause && !tool) clauses[clause[1]] = days;
    }
  }
  return { controls, tooling, clauses, consultancyShare };
}
