/**
 * Likelihood, impact and score found from the cells alone: two columns of small whole numbers on
 * one scale and a third column equal to their product (or sum) on nearly every row. The first such
 * triple is the inherent assessment; a second one to its right is the residual one.
 */
import type { ColumnProfile } from './column-profile';

export type ScoreTriple = {
  readonly likelihood: ColumnProfile;
  readonly impact: ColumnProfile;
  readonly score: ColumnProfile;
  readonly relation: 'product' | 'sum';
  readonly rows: number;
  readonly matched: number;
};

/** A column of small whole numbers (a 1–10 scale at most), mostly filled with numbers. */
export function isScale(p: ColumnProfile): boolean {
  return p.ints >= 3 && p.ints >= 0.8 * p.filled && p.max <= 10 && p.min >= 0;
}

function relate(a: ColumnProfile, b: ColumnProfile, c: ColumnProfile) {
  let rows = 0;
  let product = 0;
  let sum = 0;
  const ratios = new Set<number>();
  for (let i = 0; i < c.nums.length; i++) {
    const [x, y, z] = [a.nums[i], b.nums[i], c.nums[i]];
    if (x === null || y === null || z === null) continue;
    rows++;
    ratios.add(x === 0 ? -1 : Math.round((y / x) * 1000));
    if (Math.abs(x * y - z) < 1e-9) product++;
    if (Math.abs(x + y - z) < 1e-9) sum++;
  }
  const relation: 'product' | 'sum' = product >= sum ? 'product' : 'sum';
  // Proportional columns (b = k × a on every row) are a risk matrix's rows, not two assessments.
  return { rows, matched: ratios.size <= 1 ? 0 : Math.max(product, sum), relation };
}

/** All triples, best first (most matched rows, then leftmost score column). */
function triples(profiles: readonly ColumnProfile[]): ScoreTriple[] {
  const scales = profiles.filter(isScale);
  const numeric = profiles.filter((p) => p.ints >= 3 || p.nums.some((n) => n !== null));
  const out: ScoreTriple[] = [];
  for (let i = 0; i < scales.length; i++) {
    for (let j = i + 1; j < scales.length; j++) {
      const [a, b] = [scales[i], scales[j]];
      for (const c of numeric) {
        if (c === a || c === b) continue;
        const r = relate(a, b, c);
        // A sum of two scale columns that equals a third scale column is too easy a coincidence.
        if (r.rows < 3 || r.matched < 0.8 * r.rows || (r.relation === 'sum' && isScale(c)))
          continue;
        if (r.relation === 'product' && r.matched === r.rows && a.max <= 1 && b.max <= 1) continue;
        out.push({ likelihood: a, impact: b, score: c, ...r });
      }
    }
  }
  return out.sort((x, y) => y.matched - x.matched || x.score.col - y.score.col);
}

/** The inherent triple and, when there is one to its right with other columns, the residual one. */
export function findScoreTriples(profiles: readonly ColumnProfile[]): {
  inherent: ScoreTriple | null;
  residual: ScoreTriple | null;
} {
  const all = triples(profiles);
  if (all.length === 0) return { inherent: null, residual: null };
  const cols = (t: ScoreTriple) => [t.likelihood.col, t.impact.col, t.score.col];
  const disjoint = (t: ScoreTriple, u: ScoreTriple) => !cols(t).some((c) => cols(u).includes(c));
  const byPosition = [...all].sort((x, y) => Math.max(...cols(x)) - Math.max(...cols(y)));
  const inherent = byPosition.find((t) => t.matched >= 0.9 * all[0].matched) ?? all[0];
  const residual =
    all.find((t) => disjoint(t, inherent) && Math.min(...cols(t)) > Math.max(...cols(inherent))) ??
    null;
  return { inherent, residual };
}

export function tripleEvidence(t: ScoreTriple): string {
  const op = t.relation === 'product' ? '×' : '+';
  return `columns ${t.likelihood.letter}, ${t.impact.letter} hold small whole numbers (${t.likelihood.min}–${Math.max(t.likelihood.max, t.impact.max)}) and ${t.score.letter} = ${t.likelihood.letter} ${op} ${t.impact.letter} on ${t.matched} of ${t.rows} rows`;
}
