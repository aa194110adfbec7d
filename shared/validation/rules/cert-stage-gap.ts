/**
 * CERT-STAGE-GAP: Stage 2 is scheduled less than 2 weeks after Stage 1 (or before it) while
 * Stage 2 is still ahead on `asOf`. Stage 2 typically follows Stage 1 by 2–8 weeks, the time to
 * address what Stage 1 found (docs/cycle.md).
 */
import { daysBetween } from '../../cycle/calendar';
import { cyclePlan, whenOf } from '../../cycle/cycle-plan';
import { makeFinding, whereOf } from '../make-finding';
import { CERT } from '../messages-cycle';
import { defineRule } from '../rule';

/** The least time between the stages: 2 weeks (seed 000: "typically 2-4 weeks later"). */
export const MIN_STAGE_GAP_DAYS = 14;

export const certStageGap = defineRule({
  id: 'CERT-STAGE-GAP',
  severity: 'observation',
  clause: 'ISO/IEC 17021-1',
  stage: 'stage2',
  check: ({ wb, asOf }) => {
    const plan = cyclePlan([wb]);
    const s1 = plan.get('stage-1');
    const s2 = plan.get('stage-2');
    if (!s1 || !s2 || s1.skipped || s2.skipped || s2.done) return [];
    const d1 = whenOf(s1);
    const d2 = whenOf(s2);
    if (d1 === null || d2 === null || d2 < asOf) return [];
    const days = daysBetween(d1, d2);
    if (days >= MIN_STAGE_GAP_DAYS) return [];
    return [
      makeFinding(
        'CERT-STAGE-GAP',
        whereOf(s2.workbook, s2.row.ref, 'planned'),
        CERT.stageGap(d1, d2, days),
      ),
    ];
  },
});
