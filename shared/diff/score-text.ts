/**
 * A risk's inherent or residual score as the diff shows it — `12 (High)` — computed by the
 * current cycle's method; a previous-cycle score is first rescaled onto the current scales when
 * the scales changed, and says so.
 */
import type { Methodology, Risk } from '../model/types';
import { inherentOf, residualOf } from '../risk/risk-levels';
import { computeScore, rateScore } from '../risk/score-risk';
import { needsRescale, rescalePair } from './diff-methodology';

export type Scored = { readonly score: number | null; readonly text: string | null };

const NONE: Scored = { score: null, text: null };

function scored(m: Methodology, score: number | null, note = ''): Scored {
  if (score === null) return NONE;
  const band = rateScore(m, score)?.name;
  return { score, text: `${score}${band ? ` (${band})` : ''}${note}` };
}

/** `which` score of `r` (scored by `own`) on the scale of `target`. */
export function scoreOn(
  r: Risk,
  which: 'inherent' | 'residual',
  own: Methodology | null,
  target: Methodology | null,
): Scored {
  if (own === null || target === null) return NONE;
  const a = which === 'inherent' ? inherentOf(own, r) : residualOf(own, r);
  if (a === null) return NONE;
  if (own === target || !needsRescale(own, target)) {
    return scored(target, computeScore(target, a.likelihood, a.impact));
  }
  const p = rescalePair(a.likelihood, a.impact, own, target);
  if (p === null) return NONE;
  const note = ` rescaled from likelihood ${a.likelihood}, impact ${a.impact}`;
  return scored(target, computeScore(target, p.likelihood, p.impact), note);
}
