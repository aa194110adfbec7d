/**
 * CERT-MINOR-NC-PLAN: a minor nonconformity raised by the certification body (source Stage 1,
 * Stage 2 or Surveillance) still has no corrective action 90 days after it was raised (`asOf`),
 * and is not closed. Certification bodies commonly expect the plan within 90 days (seed 000).
 */
import { daysBetween } from '../../cycle/calendar';
import type { AuditFinding, AuditSource } from '../../model/types';
import type { Finding } from '../finding';
import { makeFinding, whereOf } from '../make-finding';
import { CERT, findingLabel } from '../messages-cycle';
import { defineRule } from '../rule';

export const CB_SOURCES: ReadonlySet<AuditSource> = new Set(['Stage 1', 'Stage 2', 'Surveillance']);
export const CAP_DAYS = 90;

export function isCbFinding(f: AuditFinding): boolean {
  return f.source !== null && CB_SOURCES.has(f.source);
}

export const certMinorNcPlan = defineRule({
  id: 'CERT-MINOR-NC-PLAN',
  severity: 'major',
  clause: '10.2',
  stage: 'stage2',
  check: ({ wb, asOf }) => {
    const out: Finding[] = [];
    for (const f of wb.auditFindings ?? []) {
      if (!isCbFinding(f) || f.type !== 'Minor NC' || f.raised === null) continue;
      if (f.correctiveAction !== null || f.closed !== null) continue;
      const days = daysBetween(f.raised, asOf);
      if (days <= CAP_DAYS) continue;
      out.push(
        makeFinding(
          'CERT-MINOR-NC-PLAN',
          whereOf(wb.name, f.ref, 'correctiveAction'),
          CERT.minorNoPlan(findingLabel(f.id, f.ref.row), f.source as string, f.raised, days, asOf),
        ),
      );
    }
    return out;
  },
});
