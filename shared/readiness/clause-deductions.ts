/**
 * Clause checks (CLAUSE-*): each assessable clause carries 1 point in its area, kept only when it
 * is Conformant with documented information and the workbook does not contradict it
 * (CL-CONTRADICTED: a self-declaration the workbook contradicts is a finding, not a point).
 */
import type { ClauseRow } from '../gaps/types';
import type { Deduction } from './types';
import { areaOfClause, CLAUSE_POINTS } from './areas';
import { deduct } from './deduction';
import { DEDUCTION_TEXT as T } from './messages';

function clauseDeduction(c: ClauseRow, contradicted: ReadonlySet<string>): Deduction | null {
  const area = areaOfClause(c.id);
  if (!area) return null;
  const ref = `Clause ${c.id}`;
  const at = c.source ? [c.source] : [];
  const name = `${c.id} ${c.title}`;
  if (!c.recorded)
    return deduct(area, CLAUSE_POINTS, 'CLAUSE-MISSING', ref, T['CLAUSE-MISSING'](name));
  switch (c.status) {
    case 'Conformant':
      if (contradicted.has(c.id))
        return deduct(
          area,
          CLAUSE_POINTS,
          'CLAUSE-CONTRADICTED',
          ref,
          T['CLAUSE-CONTRADICTED'](name),
          at,
        );
      if (c.evidence) return null;
      return deduct(
        area,
        CLAUSE_POINTS,
        'CLAUSE-NO-EVIDENCE',
        ref,
        T['CLAUSE-NO-EVIDENCE'](name),
        at,
      );
    case 'Partial':
      return deduct(area, CLAUSE_POINTS, 'CLAUSE-PARTIAL', ref, T['CLAUSE-PARTIAL'](name), at);
    case 'Nonconformant':
      return deduct(
        area,
        CLAUSE_POINTS,
        'CLAUSE-NONCONFORMANT',
        ref,
        T['CLAUSE-NONCONFORMANT'](name),
        at,
      );
    case 'Not assessed':
      return deduct(
        area,
        CLAUSE_POINTS,
        'CLAUSE-NOT-ASSESSED',
        ref,
        T['CLAUSE-NOT-ASSESSED'](name),
        at,
      );
  }
}

/** `contradicted`: ids of the clauses a CL-CONTRADICTED finding names. */
export function clauseDeductions(
  clauses: readonly ClauseRow[],
  contradicted: ReadonlySet<string> = new Set(),
): Deduction[] {
  return clauses
    .map((c) => clauseDeduction(c, contradicted))
    .filter((d): d is Deduction => d !== null);
}
