/**
 * The next certification-body audit of the cycle and what must be done before it — for the
 * readiness output and the task pane.
 */
import type { IsmsWorkbook } from '../model/types';
import { daysBetween } from './calendar';
import { cyclePlan } from './cycle-plan';
import { MILESTONES, type MilestoneKind } from './milestones';

export type NextAudit = {
  /** The milestone as the workbook names it (`Stage 1 audit`). */
  readonly milestone: string;
  readonly kind: MilestoneKind;
  readonly date: string;
  /** Days from `asOf` to the audit; negative when it is overdue. */
  readonly daysLeft: number;
  /** Open milestones before it, then the blockers given (what an auditor would raise first). */
  readonly due: readonly string[];
};

/**
 * The first audit in cycle order (Stage 1, Stage 2, surveillance 1 and 2, recertification) that
 * is neither done nor skipped and has a date; null when there is none.
 *
 * @example nextAudit([wb], '2026-05-01')?.daysLeft // 24 when Stage 1 is planned on 2026-05-25
 */
export function nextAudit(
  workbooks: readonly IsmsWorkbook[],
  asOf: string,
  blockers: readonly { readonly reason: string }[] = [],
): NextAudit | null {
  const plan = cyclePlan(workbooks);
  const order = MILESTONES.map((m) => m.kind);
  const audit = MILESTONES.filter((m) => m.audit)
    .map((m) => plan.get(m.kind))
    .find((e) => e !== undefined && !e.done && !e.skipped && e.date !== null);
  if (!audit || audit.date === null) return null;
  const before = order.slice(0, order.indexOf(audit.kind));
  const due: string[] = [];
  for (const kind of before) {
    const e = plan.get(kind);
    if (!e || e.done || e.skipped || kind === 'certificate-expiry') continue;
    const name = e.row.milestone ?? kind;
    due.push(e.date ? `${name} (planned ${e.date})` : `${name} (no date planned)`);
  }
  for (const b of blockers) due.push(b.reason);
  return {
    milestone: audit.row.milestone ?? audit.kind,
    kind: audit.kind,
    date: audit.date,
    daysLeft: daysBetween(asOf, audit.date),
    due,
  };
}
