/**
 * "Overdue", defined once for validation (RR-OVERDUE, NC-OVERDUE), readiness (OP-OVERDUE,
 * IM-OVERDUE) and the gap report: a due date before `asOf` on something not done. A risk is done
 * when its status says so in any of the words people use (Closed, Treated, Accepted — retained,
 * no action pending — Done, Complete(d), Resolved, Retired, in six languages); an audit finding
 * is done when it has a Closed date.
 */
import { foldText } from './fold-text';
import { parseRiskStatus } from './risk-status';

const DONE_WORDS = new Set([
  'done',
  'complete',
  'completed',
  'resolved',
  'retired',
  'finished',
  'implemented',
  'erledigt',
  'abgeschlossen',
  'termine',
  'completado',
  'concluido',
]);

/** True when a risk status means no treatment action is pending. */
export function isRiskDone(status: string | null): boolean {
  if (status === null) return false;
  const canonical = parseRiskStatus(status);
  if (canonical === 'Closed' || canonical === 'Treated' || canonical === 'Accepted') return true;
  return DONE_WORDS.has(foldText(status));
}

/** A risk treatment due before `asOf` whose risk is not done. */
export function isTreatmentOverdue(
  r: { readonly dueDate: string | null; readonly status: string | null },
  asOf: string,
): boolean {
  return r.dueDate !== null && r.dueDate < asOf && !isRiskDone(r.status);
}

/** An audit finding's corrective action due before `asOf` and the finding not closed. */
export function isActionOverdue(
  f: { readonly due: string | null; readonly closed: string | null },
  asOf: string,
): boolean {
  return f.closed === null && f.due !== null && f.due < asOf;
}
