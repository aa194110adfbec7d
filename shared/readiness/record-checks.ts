/**
 * Operation, performance evaluation and improvement record checks (docs/readiness.md):
 * OP-OVERDUE 1–2; PE-AUDIT 2 and PE-REVIEW 2 (from the ISMS-level findings); IM-MAJOR-NC 2, else
 * IM-OVERDUE 1 and IM-EFFECTIVENESS 1.
 */
import type { AuditFinding, IsmsWorkbook } from '../model/types';
import { isActionOverdue } from '../vocabulary/overdue';
import { isOverdue } from '../gaps/risk-progress';
import { at, deduct, found, part, type Context, type Part } from './deduction';

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

/** PE-AUDIT and PE-REVIEW: the points of ISMS-NO-INTERNAL-AUDIT and ISMS-NO-MANAGEMENT-REVIEW. */
export function performanceChecks(ctx: Context): Part {
  const out = part();
  if (found(ctx, 'ISMS-NO-INTERNAL-AUDIT')) {
    const reason =
      'No internal audit record: neither clause 9.2 evidence nor any finding from an internal audit (9.2).';
    out.deductions.push(deduct('performance', 2, 'PE-AUDIT', 'Clause 9.2', reason));
  }
  if (found(ctx, 'ISMS-NO-MANAGEMENT-REVIEW')) {
    const reason =
      'No management review record: neither clause 9.3 evidence, a review meeting, nor any finding from a management review (9.3).';
    out.deductions.push(deduct('performance', 2, 'PE-REVIEW', 'Clause 9.3', reason));
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
    return part([
      deduct('improvement', 2, 'IM-MAJOR-NC', 'Clause 10.2', reason, cells(majors, 'id')),
    ]);
  }
  const overdue = all.filter((p) => isNc(p.f) && isActionOverdue(p.f, ctx.asOf));
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
