/**
 * Operation, performance evaluation and improvement record checks (docs/readiness.md):
 * OP-OVERDUE 1–2; PE-AUDIT 2 and PE-REVIEW 2 (from the ISMS-level findings); IM-MAJOR-NC 2, else
 * IM-OVERDUE 1 and IM-EFFECTIVENESS 1.
 */
import type { AuditFinding, IsmsWorkbook } from '../model/types';
import { isActionOverdue } from '../vocabulary/overdue';
import { isOverdue } from '../gaps/risk-progress';
import { at, deduct, found, part, type Context, type Part } from './deduction';
import { DEDUCTION_TEXT as T } from './messages';

export function operationChecks(ctx: Context): Part {
  const risks = ctx.workbooks.flatMap((wb) => (wb.risks ?? []).map((risk) => ({ wb, risk })));
  const withDue = risks.filter((p) => p.risk.dueDate !== null);
  const overdue = withDue.filter((p) => isOverdue(p.risk, ctx.asOf));
  if (overdue.length === 0) return part();
  const points = overdue.length * 4 > withDue.length ? 2 : 1;
  const reason = T['OP-OVERDUE'](overdue.length, withDue.length, ctx.asOf, points === 2);
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
    out.deductions.push(deduct('performance', 2, 'PE-AUDIT', 'Clause 9.2', T['PE-AUDIT']()));
  }
  if (found(ctx, 'ISMS-NO-MANAGEMENT-REVIEW')) {
    out.deductions.push(deduct('performance', 2, 'PE-REVIEW', 'Clause 9.3', T['PE-REVIEW']()));
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
    const reason = T['IM-MAJOR-NC'](majors.length, ids);
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
        T['IM-OVERDUE'](overdue.length),
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
        T['IM-EFFECTIVENESS'](unverified.length),
        cells(unverified, 'effectivenessVerified'),
      ),
    );
  return out;
}
