import type { AreaScore, Blocker, StageReadiness, Verdict } from './types';
import { THRESHOLDS } from './areas';
import { STAGE_TEXT } from './messages';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  'not-ready': 'Not ready',
  'stage-1': 'Ready for Stage 1',
  'stage-2': 'Ready for Stage 2',
};

function stage(
  id: 'stage1' | 'stage2',
  blockers: readonly Blocker[],
  others: readonly string[],
  ready: string,
): StageReadiness {
  const ok = blockers.length === 0 && others.length === 0;
  return {
    stage: id,
    ready: ok,
    label: STAGE_TEXT.label(id, ok),
    blockers,
    reasons: ok ? [ready] : [...blockers.map((b) => b.reason), ...others],
  };
}

/**
 * Stage 1 (documentation and planning): ready with no Stage 1 blocker and overall ≥ 60.
 * Stage 2 (implementation): ready when Stage 1 is, with no major finding at all, overall ≥ 85,
 * every area ≥ 60 and no clause recorded Nonconformant (the certification audit would find it).
 */
export function decideStages(
  overall: number,
  areas: readonly AreaScore[],
  blockers: readonly Blocker[],
  stage1Blockers: readonly Blocker[],
  nonconformantClauses: readonly string[] = [],
  notChecked: readonly string[] = [],
): { stage1: StageReadiness; stage2: StageReadiness } {
  const T = THRESHOLDS;
  const unread = notChecked.length ? [STAGE_TEXT.notChecked(notChecked)] : [];
  const low1 = [...unread, ...(overall < T.stage1 ? [STAGE_TEXT.below(overall, T.stage1)] : [])];
  const stage1 = stage('stage1', stage1Blockers, low1, STAGE_TEXT.ready1(overall, T.stage1));
  const weak = areas.filter((a) => a.score < T.stage2MinArea).map((a) => a.name);
  const others = [
    ...unread,
    ...(overall < T.stage2 ? [STAGE_TEXT.below(overall, T.stage2)] : []),
    ...(weak.length ? [STAGE_TEXT.weakAreas(weak, T.stage2MinArea)] : []),
    ...(nonconformantClauses.length ? [STAGE_TEXT.nonconformant(nonconformantClauses)] : []),
    ...(stage1.ready || stage1Blockers.length > 0 ? [] : [STAGE_TEXT.stage1First()]),
  ];
  const ready2 = STAGE_TEXT.ready2(overall, T.stage2, T.stage2MinArea);
  return { stage1, stage2: stage('stage2', blockers, others, ready2) };
}

/**
 * Not ready: Stage 1 is not ready. Ready for Stage 2: Stage 2 is ready. Otherwise ready for
 * Stage 1. `stage1Blockers` defaults to every blocker (each then blocks Stage 1).
 */
export function decideVerdict(
  overall: number,
  areas: readonly AreaScore[],
  blockers: readonly Blocker[],
  nonconformantClauses: readonly string[] = [],
  stage1Blockers: readonly Blocker[] = blockers,
  notChecked: readonly string[] = [],
): { verdict: Verdict; reason: string } {
  const s = decideStages(
    overall,
    areas,
    blockers,
    stage1Blockers,
    nonconformantClauses,
    notChecked,
  );
  if (!s.stage1.ready)
    return {
      verdict: 'not-ready',
      reason: stage1Blockers.length
        ? STAGE_TEXT.verdictBlocked(stage1Blockers.length)
        : s.stage1.reasons.join(' '),
    };
  if (s.stage2.ready) return { verdict: 'stage-2', reason: s.stage2.reasons.join(' ') };
  // The blockers are listed per stage; the verdict counts them.
  const n = s.stage2.blockers.length;
  const why = [...(n > 0 ? [STAGE_TEXT.blocks2(n)] : []), ...s.stage2.reasons.slice(n)].join(' ');
  return { verdict: 'stage-1', reason: STAGE_TEXT.verdictStage1(overall, THRESHOLDS.stage1, why) };
}
