/**
 * Likelihood and impact from the workbook's validation lists, when no product or sum column gave
 * the scored triple: two columns carrying the same scale list are a pair.
 */
import type { ColumnProfile } from './column-profile';
import { listEvidence, scalePairs } from './list-vocabulary';

type Add = (p: ColumnProfile, field: string, confidence: number, evidence: string) => void;

/**
 * Pairs of columns whose validation lists are the same scale (1–5, Rare … Almost certain) where
 * no product or sum column gave the scored triple: likelihood and impact, then the residual pair.
 * A lone scale list (a rating, an appetite threshold) is not taken for either.
 */
export function scaleLists(
  profiles: readonly ColumnProfile[],
  usedCols: ReadonlySet<string>,
  usedFields: ReadonlySet<string>,
  add: Add,
): void {
  const pairs = [
    ['likelihood', 'impact'],
    ['residualLikelihood', 'residualImpact'],
  ].filter((keys) => keys.every((k) => !usedFields.has(k)));
  for (const [a, b] of scalePairs(profiles.filter((p) => !usedCols.has(p.letter)))) {
    const keys = pairs.shift();
    if (!keys) return;
    add(a, keys[0], 0.7, listEvidence(a.letter, a.validation ?? []));
    add(b, keys[1], 0.7, listEvidence(b.letter, b.validation ?? []));
  }
}
