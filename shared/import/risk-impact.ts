/**
 * Where a risk's impact is read when the sheet scores it per dimension: unmapped columns whose
 * header names an impact dimension (C / I / A, financial …), or the children of a merged
 * `Impact` parent. The impact is then the highest of them.
 */
import { columnNumber } from '../grid/address';
import { foldText } from './normalize-text';
import { RESIDUAL } from './synonyms';
import type { HeaderLabel } from './match-header';
import type { ColumnMapping } from './types';

const IMPACT_WORDS = ['impact', 'impacto', 'auswirkung', 'σοβαροτητα', 'gravite', 'consequence'];

/** Unmapped columns whose header names an impact dimension (C / I / A, financial, …). */
export function impactDimensions(
  labels: readonly HeaderLabel[],
  columns: readonly ColumnMapping[],
): { col: number; header: string }[] {
  const used = new Set(columns.map((c) => c.column));
  return labels
    .filter((l) => !used.has(l.column))
    .filter((l) => {
      const words = foldText(l.header).split(' ');
      return (
        words.some((w) => IMPACT_WORDS.some((i) => w === i || w.endsWith(i))) &&
        !words.some((w) => RESIDUAL.includes(w) || w.startsWith('rest'))
      );
    })
    .map((l) => ({ col: columnNumber(l.column), header: l.header }));
}

/** `Impact / C`, `Impact / I`, `Impact / A` under one merged parent: the impact is their highest. */
export function impactSiblings(
  labels: readonly HeaderLabel[],
  columns: readonly ColumnMapping[],
): { col: number; header: string }[] {
  const m = columns.find((c) => c.field === 'impact');
  const cut = m ? m.header.lastIndexOf(' / ') : -1;
  if (!m || cut < 0) return [];
  const parent = m.header.slice(0, cut + 3);
  return labels
    .filter((l) => l.header.startsWith(parent))
    .map((l) => ({ col: columnNumber(l.column), header: l.header }));
}
