/**
 * The audit dates the roadmap is scheduled against: the next Stage 1 and Stage 2 planned in
 * tblCertification (milestones not yet held, planned on or after asOf). An ISMS already certified
 * has no Stage 1 ahead; its next surveillance or recertification audit then plays Stage 2's part.
 * Phase windows: 1 from asOf to Stage 1 (or the first audit ahead), 2 from there to Stage 2,
 * 3 the 180 days after it (before the first surveillance).
 */
import type { IsmsWorkbook, Milestone } from '../model/types';

export type AuditDates = { readonly stage1: string | null; readonly stage2: string | null };

export type PhaseWindow = { readonly start: string; readonly finish: string };

const STAGE1 = /stage\s*(?:1|i)\b/i;
const STAGE2 = /stage\s*(?:2|ii)\b|certification\s+audit/i;
const LATER = /surveillance|recertif/i;

function ahead(ms: readonly Milestone[], re: RegExp, asOf: string): string | null {
  return (
    ms
      .filter((m) => m.planned && m.planned >= asOf && !m.actual && re.test(m.milestone ?? ''))
      .map((m) => m.planned as string)
      .sort()[0] ?? null
  );
}

export function nextAuditDates(
  workbooks: readonly IsmsWorkbook[],
  asOf: string,
): AuditDates | null {
  const ms = workbooks.flatMap((w) => w.certification ?? []);
  const stage1 = ahead(ms, STAGE1, asOf);
  const stage2 = ahead(ms, STAGE2, asOf) ?? ahead(ms, LATER, asOf);
  return stage1 || stage2 ? { stage1, stage2 } : null;
}

/** ISO date `days` after `iso` (UTC calendar arithmetic, no clock). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function phaseWindows(
  dates: AuditDates | null,
  asOf: string,
): Readonly<Record<1 | 2 | 3, PhaseWindow | null>> {
  if (!dates) return { 1: null, 2: null, 3: null };
  const first = dates.stage1 ?? dates.stage2 ?? asOf;
  const second = dates.stage2 ?? first;
  return {
    1: { start: asOf, finish: first },
    2: { start: first, finish: second },
    3: { start: second, finish: addDays(second, 180) },
  };
}
