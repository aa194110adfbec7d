/**
 * Clause checks (CLAUSE-*): each assessable clause carries 2 points in its area.
 * Conformant with documented information 0; Conformant without it 1 (7.5: conformance must be
 * shown); Partial 1; Nonconformant 2; Not assessed or not recorded 2.
 */
import type { ClauseRow } from '../gaps/types';
import type { Deduction } from './types';
import { areaOfClause, CLAUSE_POINTS } from './areas';
import { deduct } from './deduction';

function clauseDeduction(c: ClauseRow): Deduction | null {
  const area = areaOfClause(c.id);
  if (!area) return null;
  const ref = `Clause ${c.id}`;
  const at = c.source ? [c.source] : [];
  const name = `${c.id} ${c.title}`;
  if (!c.recorded)
    return deduct(
      area,
      CLAUSE_POINTS,
      'CLAUSE-MISSING',
      ref,
      `Clause ${name} is not in any clause register (tblClauses): conformance not assessed.`,
    );
  switch (c.status) {
    case 'Conformant':
      if (c.evidence) return null;
      return deduct(
        area,
        1,
        'CLAUSE-NO-EVIDENCE',
        ref,
        `Clause ${name} is marked Conformant without documented information or evidence (7.5).`,
        at,
      );
    case 'Partial':
      return deduct(
        area,
        1,
        'CLAUSE-PARTIAL',
        ref,
        `Clause ${name} is only partially conformant.`,
        at,
      );
    case 'Nonconformant':
      return deduct(
        area,
        CLAUSE_POINTS,
        'CLAUSE-NONCONFORMANT',
        ref,
        `Clause ${name} is recorded as nonconformant.`,
        at,
      );
    case 'Not assessed':
      return deduct(
        area,
        CLAUSE_POINTS,
        'CLAUSE-NOT-ASSESSED',
        ref,
        `Clause ${name} has not been assessed (status Not assessed or unreadable).`,
        at,
      );
  }
}

export function clauseDeductions(clauses: readonly ClauseRow[]): Deduction[] {
  return clauses.map(clauseDeduction).filter((d): d is Deduction => d !== null);
}
