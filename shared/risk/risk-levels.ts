/**
 * Reading a risk's likelihood/impact cells against the methodology's scales, and the scores the
 * method computes from them (inherent and residual).
 */
import type { Cell } from '../grid/grid';
import type { Methodology, Risk, ScaleLevel } from '../model/types';
import { asInteger, isBlank } from '../grid/cell';
import { computeScore } from './score-risk';

/** The level a cell holds when it is a level of the scale (numeric text too), else null. */
export function levelOf(scale: readonly ScaleLevel[], v: Cell): number | null {
  const n = asInteger(v);
  return n !== null && scale.some((l) => l.level === n) ? n : null;
}

export type Assessed = {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
};

function assessed(m: Methodology, l: Cell, i: Cell): Assessed | null {
  const likelihood = levelOf(m.likelihood, l);
  const impact = levelOf(m.impact, i);
  if (likelihood === null || impact === null) return null;
  const score = computeScore(m, likelihood, impact);
  return score === null ? null : { likelihood, impact, score };
}

/** The inherent assessment, or null when likelihood or impact is blank or off-scale. */
export function inherentOf(m: Methodology, r: Risk): Assessed | null {
  return assessed(m, r.likelihood, r.impact);
}

/** The residual assessment, or null when residual likelihood or impact is blank or off-scale. */
export function residualOf(m: Methodology, r: Risk): Assessed | null {
  return assessed(m, r.residualLikelihood, r.residualImpact);
}

/** True when a residual assessment was attempted (either residual cell filled). */
export function hasResidual(r: Risk): boolean {
  return !isBlank(r.residualLikelihood) || !isBlank(r.residualImpact);
}
