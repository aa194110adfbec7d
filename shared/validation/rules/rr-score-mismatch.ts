/**
 * RR-SCORE-MISMATCH: a stored score or rating differs from what the methodology computes (typed
 * over the formula, stale copy). Skipped when the inputs are invalid (RR-SCALE reports those) and
 * when the stored cell is blank (formula not yet calculated).
 */
import type { Cell } from '../../grid/grid';
import { asNumber, asText, isBlank } from '../../grid/cell';
import type { Methodology, Risk } from '../../model/types';
import { inherentOf, residualOf, type Assessed } from '../../risk/risk-levels';
import { rateScore } from '../../risk/score-risk';
import type { Finding } from '../../findings/finding';
import { makeFinding, whereOf } from '../make-finding';
import { RR, SCORE_WHAT, riskLabel } from '../messages';
import { defineRule } from '../rule';

type Key = keyof typeof SCORE_WHAT;

function scoreDiffers(stored: Cell, expected: number): boolean {
  const n = asNumber(stored);
  return n === null || Math.abs(n - expected) > 1e-9;
}

function ratingDiffers(stored: Cell, expected: string): boolean {
  return (asText(stored) ?? '').toLowerCase() !== expected.trim().toLowerCase();
}

/** Pushes the findings for one of a risk's assessments (inherent or residual) onto `out`. */
function check(
  m: Methodology,
  r: Risk,
  a: Assessed | null,
  scoreKey: Key,
  ratingKey: Key,
  wb: string,
  out: Finding[],
): void {
  if (!a) return;
  const storedScore = r[scoreKey];
  if (!isBlank(storedScore) && scoreDiffers(storedScore, a.score)) {
    const msg = RR.scoreMismatch(
      riskLabel(r.id, r.ref.row),
      SCORE_WHAT[scoreKey],
      asText(storedScore) ?? '',
      String(a.score),
      RR.how(m.formula, a.likelihood, a.impact),
    );
    out.push(makeFinding('RR-SCORE-MISMATCH', whereOf(wb, r.ref, scoreKey), msg));
  }
  const band = rateScore(m, a.score);
  const storedRating = r[ratingKey];
  if (band && !isBlank(storedRating) && ratingDiffers(storedRating, band.name)) {
    const msg = RR.scoreMismatch(
      riskLabel(r.id, r.ref.row),
      SCORE_WHAT[ratingKey],
      `"${asText(storedRating)}"`,
      `"${band.name}"`,
      RR.howRating(a.score),
    );
    out.push(makeFinding('RR-SCORE-MISMATCH', whereOf(wb, r.ref, ratingKey), msg));
  }
}

export const rrScoreMismatch = defineRule({
  id: 'RR-SCORE-MISMATCH',
  severity: 'minor',
  clause: '6.1.2 b), e)',
  stage: 'stage1',
  check: ({ wb }) => {
    const m = wb.methodology;
    if (!m) return [];
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      check(m, r, inherentOf(m, r), 'inherentScore', 'inherentRating', wb.name, out);
      check(m, r, residualOf(m, r), 'residualScore', 'residualRating', wb.name, out);
    }
    return out;
  },
});
