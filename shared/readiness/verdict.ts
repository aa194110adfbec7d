import type { AreaScore, Blocker, Verdict } from './types';
import { THRESHOLDS } from './areas';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  'not-ready': 'Not ready',
  'stage-1': 'Ready for Stage 1',
  'stage-2': 'Ready for Stage 2',
};

/**
 * Not ready: any blocker, or overall below 60. Ready for Stage 2: no blocker, overall at least
 * 85, every area at least 60/100 and no clause recorded Nonconformant (the certification audit
 * would find it). Otherwise ready for Stage 1.
 */
export function decideVerdict(
  overall: number,
  areas: readonly AreaScore[],
  blockers: readonly Blocker[],
  nonconformantClauses: readonly string[] = [],
): { verdict: Verdict; reason: string } {
  if (blockers.length > 0)
    return {
      verdict: 'not-ready',
      reason: `${blockers.length} blocker(s) an auditor would raise as major nonconformities.`,
    };
  if (overall < THRESHOLDS.stage1)
    return {
      verdict: 'not-ready',
      reason: `Overall score ${overall} is below ${THRESHOLDS.stage1}.`,
    };
  const weak = areas.filter((a) => a.score < THRESHOLDS.stage2MinArea);
  if (overall >= THRESHOLDS.stage2 && weak.length === 0 && nonconformantClauses.length === 0)
    return {
      verdict: 'stage-2',
      reason: `No blockers, overall ${overall} ≥ ${THRESHOLDS.stage2}, every area ≥ ${THRESHOLDS.stage2MinArea} and no clause nonconformant.`,
    };
  const why = [
    overall < THRESHOLDS.stage2 ? `overall ${overall} is below ${THRESHOLDS.stage2}` : '',
    weak.length ? `${weak.map((a) => a.name).join(', ')} below ${THRESHOLDS.stage2MinArea}` : '',
    nonconformantClauses.length
      ? `clause ${nonconformantClauses.join(', ')} recorded nonconformant`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    verdict: 'stage-1',
    reason: `No blockers and overall ${overall} ≥ ${THRESHOLDS.stage1}; not yet Stage 2: ${why}.`,
  };
}
