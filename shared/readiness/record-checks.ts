/**
 * Operation, performance evaluation and improvement record checks (docs/readiness.md):
 * OP-OVERDUE 1–2; PE-AUDIT 2 and PE-REVIEW 2 (blockers); IM-MAJOR-NC 2 (blocker), else
 * IM-OVERDUE 1 and IM-EFFECTIVENESS 1.
 */
import type { AuditFinding, AuditSource, IsmsWorkbook } from '../model/types';
import type { ReportLocation } from '../gaps/types';
import { isOverdue } from '../gaps/risk-progress';
import { at, deduct, part, type Context, type Part } from './deduction';

export function operationChecks(ctx: Context): Part {
  const risks = ctx.workbooks.flatMap((wb) => (wb.risks ?? []).map((risk) => ({ wb, risk })));
  const withDue = risks.filter((p) => p.risk.dueDate !== null);
  const overdue = withDue.filter((p) => isOverdue(p.risk, ctx.asOf));
  if (overdue.length === 0) return part();
  const points = overdue.length * 4 > withDue.length ? 2 : 1;
  const reason =
    `${overdue.length} of ${withDue.length} risk treatment actions are past their due date (${ctx.asOf}) and not completed` +
    `${points === 2 ? ' (more than a quarter)' : ''} (8.3, 6.1.3 e).`;
  return part([
    deduct(
      'operation',
      points,
      'OP-OVERDUE',
      'Clause 8.3',
      reason,
      overdue.map((p) => at(p.wb.name, p.risk.ref, 'dueDate')),
    ),
  ]);
}

type Placed = { wb: IsmsWorkbook; f: AuditFinding };

function findingsOf(ctx: Context): Placed[] {
  return ctx.workbooks.flatMap((wb) => (wb.auditFindings ?? []).map((f) => ({ wb, f })));
}

/** A clause row of `clauses` assessed (Conformant or Partial) with documented evidence, or a finding from `source`. */
function recordOf(
  ctx: Context,
  clauses: readonly string[],
  source: AuditSource,
): ReportLocation | null {
  const row = ctx.clauses.find(
    (c) =>
      clauses.includes(c.id) && (c.status === 'Conformant' || c.status === 'Partial') && c.evidence,
  );
  if (row) return row.source;
  const f = findingsOf(ctx).find((p) => p.f.source === source);
  return f ? at(f.wb.name, f.f.ref, 'source') : null;
}

export function performanceChecks(ctx: Context): Part {
  const out = part();
  const audit = recordOf(ctx, ['9.2.1', '9.2.2'], 'Internal audit');
  if (!audit) {
    const reason =
      'No internal audit record: neither clause 9.2 evidence nor any finding from an internal audit (9.2).';
    out.deductions.push(deduct('performance', 2, 'PE-AUDIT', 'Clause 9.2', reason));
    out.blockers.push({ id: 'no-internal-audit', reason, ref: 'Clause 9.2', locations: [] });
  }
  const review = recordOf(ctx, ['9.3.1', '9.3.2', '9.3.3'], 'Management review');
  if (!review) {
    const reason =
      'No management review record: neither clause 9.3 evidence nor any finding from a management review (9.3).';
    out.deductions.push(deduct('performance', 2, 'PE-REVIEW', 'Clause 9.3', reason));
    out.blockers.push({ id: 'no-management-review', reason, ref: 'Clause 9.3', locations: [] });
  }
  return out;
}

const isNc = (f: AuditFinding) => f.type === 'Major NC' || f.type === 'Minor NC';

export function improvementChecks(ctx: Context): Part {
  const all = findingsOf(ctx);
  const cells = (list: Placed[], key: string) => list.map((p) => at(p.wb.name, p.f.ref, key));
  const majors = all.filter((p) => p.f.type === 'Major NC' && p.f.closed === null);
  if (majors.length > 0) {
    const ids = majors.map((p) => p.f.id ?? `row ${p.f.ref.row}`).join(', ');
    const reason = `${majors.length} open major nonconformit${majors.length > 1 ? 'ies' : 'y'} (${ids}): certification cannot be recommended until corrected (10.2).`;
    return part(
      [deduct('improvement', 2, 'IM-MAJOR-NC', 'Clause 10.2', reason, cells(majors, 'id'))],
      [{ id: 'open-major-nc', reason, ref: 'Clause 10.2', locations: cells(majors, 'id') }],
    );
  }
  const overdue = all.filter(
    (p) => isNc(p.f) && p.f.closed === null && p.f.due !== null && p.f.due < ctx.asOf,
  );
  const unverified = all.filter(
    (p) => isNc(p.f) && p.f.closed !== null && p.f.effectivenessVerified !== true,
  );
  const out = part();
  if (overdue.length > 0)
    out.deductions.push(
      deduct(
        'improvement',
        1,
        'IM-OVERDUE',
        'Clause 10.2',
        `${overdue.length} open nonconformit${overdue.length > 1 ? 'ies' : 'y'} past the corrective action due date (10.2 c).`,
        cells(overdue, 'due'),
      ),
    );
  if (unverified.length > 0)
    out.deductions.push(
      deduct(
        'improvement',
        1,
        'IM-EFFECTIVENESS',
        'Clause 10.2',
        `${unverified.length} closed nonconformit${unverified.length > 1 ? 'ies' : 'y'} without verified effectiveness of the corrective action (10.2 d).`,
        cells(unverified, 'effectivenessVerified'),
      ),
    );
  return out;
}
