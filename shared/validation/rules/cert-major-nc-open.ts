/**
 * CERT-MAJOR-NC-OPEN: a major nonconformity raised by the certification body is still open at the
 * certification decision — the certificate issue (for Stage 1/2 findings) or the recertification
 * (for surveillance findings) dated on or after it was raised: closed after that date, or not
 * closed once the date has come (`asOf`).
 */
import { cyclePlan, whenOf } from '../../cycle/cycle-plan';
import type { AuditFinding } from '../../model/types';
import type { Finding } from '../finding';
import { makeFinding, whereOf } from '../make-finding';
import { CERT, findingLabel } from '../messages-cycle';
import { defineRule } from '../rule';
import { isCbFinding } from './cert-minor-nc-plan';

function decisionFor(f: AuditFinding, issue: string | null, recert: string | null): string | null {
  const candidates = f.source === 'Surveillance' ? [recert] : [issue, recert];
  const raised = f.raised;
  return candidates.find((d) => d !== null && (raised === null || d >= raised)) ?? null;
}

export const certMajorNcOpen = defineRule({
  id: 'CERT-MAJOR-NC-OPEN',
  severity: 'major',
  clause: '10.2',
  stage: 'stage2',
  check: ({ wb, asOf }) => {
    const plan = cyclePlan([wb]);
    const issue = whenOf(plan.get('certificate-issued'));
    const recert = whenOf(plan.get('recertification'));
    const out: Finding[] = [];
    for (const f of wb.auditFindings ?? []) {
      if (!isCbFinding(f) || f.type !== 'Major NC') continue;
      const decision = decisionFor(f, issue, recert);
      if (decision === null) continue;
      const late = f.closed !== null ? f.closed > decision : asOf >= decision;
      if (!late) continue;
      out.push(
        makeFinding(
          'CERT-MAJOR-NC-OPEN',
          whereOf(wb.name, f.ref, 'closed'),
          CERT.majorOpen(findingLabel(f.id, f.ref.row), f.source as string, decision, f.closed),
        ),
      );
    }
    return out;
  },
});
