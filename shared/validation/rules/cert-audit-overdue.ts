/**
 * CERT-AUDIT-OVERDUE: a surveillance audit or the recertification audit is past its date
 * (planned, or counted from the certificate issue date) on `asOf` and not recorded as held; or the
 * certificate has expired without a recertification.
 */
import { cyclePlan } from '../../cycle/cycle-plan';
import type { MilestoneKind } from '../../cycle/milestones';
import type { Finding } from '../finding';
import { makeFinding, whereOf } from '../make-finding';
import { CERT } from '../messages-cycle';
import { defineRule } from '../rule';

const AUDITS: readonly (readonly [MilestoneKind, string])[] = [
  ['surveillance-1', 'first surveillance audit'],
  ['surveillance-2', 'second surveillance audit'],
  ['recertification', 'recertification audit'],
];

export const certAuditOverdue = defineRule({
  id: 'CERT-AUDIT-OVERDUE',
  severity: 'major',
  clause: '9.2',
  stage: 'stage2',
  check: ({ wb, asOf }) => {
    const plan = cyclePlan([wb]);
    const out: Finding[] = [];
    for (const [kind, what] of AUDITS) {
      const e = plan.get(kind);
      if (!e || e.done || e.skipped || e.date === null || e.date >= asOf) continue;
      const where = whereOf(e.workbook, e.row.ref, 'planned');
      out.push(
        makeFinding('CERT-AUDIT-OVERDUE', where, CERT.auditOverdue(what, e.date, asOf, e.derived)),
      );
    }
    const expiry = plan.get('certificate-expiry');
    const recert = plan.get('recertification');
    if (expiry?.date && expiry.date < asOf && !recert?.done) {
      const where = whereOf(expiry.workbook, expiry.row.ref, 'planned');
      out.push(makeFinding('CERT-AUDIT-OVERDUE', where, CERT.expired(expiry.date, asOf)));
    }
    return out;
  },
});
