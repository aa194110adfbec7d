/**
 * The Check tab's filters: severity group, rule, sheet, Annex A control (read from the message),
 * and free text. Pure; the facet counts show what each chip would keep.
 */
import type { Finding } from '../../shared/validation';
import { groupOf, type GroupId } from './groups';

export type FindingFilter = {
  readonly group: GroupId | null;
  readonly rule: string | null;
  readonly sheet: string | null;
  readonly control: string | null;
  readonly text: string;
};

export const NO_FILTER: FindingFilter = {
  group: null,
  rule: null,
  sheet: null,
  control: null,
  text: '',
};

const CONTROL = /\bA\.(\d{1,2}\.\d{1,2})\b/;

/** The Annex A control a finding is about (`A.5.15`), read from its message, or null. */
export function controlOf(f: Finding): string | null {
  const m = CONTROL.exec(f.message);
  return m ? `A.${m[1]}` : null;
}

export function whereOf(f: Finding): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  if (f.sheet && f.row) return `${f.sheet}, row ${f.row}`;
  return f.sheet ?? 'Workbook';
}

export function matches(f: Finding, q: FindingFilter, blankSoa: boolean): boolean {
  if (q.group && groupOf(f, blankSoa) !== q.group) return false;
  if (q.rule && f.rule !== q.rule) return false;
  if (q.sheet && f.sheet !== q.sheet) return false;
  if (q.control && controlOf(f) !== q.control) return false;
  const t = q.text.trim().toLowerCase();
  if (!t) return true;
  return `${f.rule} ${whereOf(f)} ${f.workbook} ${f.message}`.toLowerCase().includes(t);
}

export type Facet = { readonly value: string; readonly count: number };

function facet(findings: readonly Finding[], key: (f: Finding) => string | null): Facet[] {
  const m = new Map<string, number>();
  for (const f of findings) {
    const k = key(f);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

export function facets(findings: readonly Finding[]) {
  return {
    rules: facet(findings, (f) => f.rule),
    sheets: facet(findings, (f) => f.sheet),
    controls: facet(findings, controlOf),
  };
}
