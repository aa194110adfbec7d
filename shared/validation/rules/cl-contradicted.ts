/**
 * CL-CONTRADICTED: a self-declared clause status the workbook contradicts — Conformant while the
 * control that implements the clause is not in operation, or while a nonconformity against it is
 * open; Nonconformant while every nonconformity against it is closed and verified (9.1: the
 * evaluation must rest on evidence). Readiness counts such a clause as a finding, not points.
 */
import { findClause } from '../../catalog/clauses';
import { getControl } from '../../catalog/find-control';
import type { Finding } from '../../findings/finding';
import type { AuditFinding, ClauseEntry, IsmsWorkbook } from '../../model/types';
import { makeFinding, whereOf } from '../make-finding';
import { controlName } from '../messages';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';
import { ncLabel, ncsOf } from './nc';
import { notInOperation, soaByControl, statusText } from './soa-status';

/** Clause → the Annex A controls through which it is put in operation. */
export const CLAUSE_CONTROLS: Readonly<Record<string, readonly string[]>> = {
  '5.2': ['5.1'],
  '5.3': ['5.2'],
  '7.3': ['6.3'],
  '8.1': ['5.24', '5.26', '5.29', '5.30', '5.37'],
  '9.2.1': ['5.35'],
  '9.2.2': ['5.35'],
};

/** Whether a finding's reference names the clause (or its parent: an NC against 9.2 is against 9.2.1). */
function against(f: AuditFinding, clause: string): boolean {
  const c = f.reference ? findClause(f.reference) : null;
  return c !== null && (c.id === clause || clause.startsWith(`${c.id}.`));
}

function conformantWhy(wb: IsmsWorkbook, c: ClauseEntry, id: string): string[] {
  const soa = soaByControl(wb);
  const why = (CLAUSE_CONTROLS[id] ?? []).flatMap((cid) => {
    const e = soa.get(cid);
    const control = getControl(cid);
    return e && control && notInOperation(e)
      ? [RECORDS.controlPlanned(controlName(control), statusText(e))]
      : [];
  });
  const open = ncsOf(wb).filter((f) => f.closed === null && against(f, id));
  return [...why, ...open.map((f) => RECORDS.openNc(ncLabel(f)))];
}

export const clContradicted = defineRule({
  id: 'CL-CONTRADICTED',
  severity: 'minor',
  clause: '9.1',
  stage: 'stage1',
  check: ({ wb }) => {
    const out: Finding[] = [];
    for (const c of wb.clauses ?? []) {
      const id = c.id ? findClause(c.id)?.id : undefined;
      if (!id) continue;
      const where = whereOf(wb.name, c.ref, 'status');
      if (c.status === 'Conformant') {
        const why = conformantWhy(wb, c, id);
        if (why.length > 0)
          out.push(
            makeFinding(
              'CL-CONTRADICTED',
              where,
              RECORDS.clauseConformantContradicted(id, why.join('; ')),
            ),
          );
      } else if (c.status === 'Nonconformant') {
        const ncs = ncsOf(wb).filter((f) => against(f, id));
        if (
          ncs.length > 0 &&
          ncs.every((f) => f.closed !== null && f.effectivenessVerified === true)
        )
          out.push(
            makeFinding(
              'CL-CONTRADICTED',
              where,
              RECORDS.clauseNonconformantContradicted(id, ncs.map(ncLabel).join(', ')),
            ),
          );
      }
    }
    return out;
  },
});
