/**
 * Old Annex A ids → 2022 ids. 2013 uses ISO/IEC 27002:2022 Annex B (shared/catalog). 2005 has no
 * published mapping in the catalog, so a 2005 control is matched to the 2013 control with the
 * most similar title (most 2005 titles carried over into 2013), then mapped on from there.
 */
import { CONTROLS_2013 } from '../catalog/controls';
import { getControl2013 } from '../catalog/find-control';
import { successorsOf2013 } from '../catalog/migration';
import { titleSimilarity } from './normalize-text';

export type MigrationOutcome =
  | {
      readonly ok: true;
      readonly to: readonly string[];
      readonly note: string;
      /** A weak title match: listed for a person to confirm, never applied by the import. */
      readonly toConfirm?: true;
    }
  | { readonly ok: false; readonly reason: string };

/** Minimum title similarity for a 2005 → 2013 candidate. */
const MIN_2005_SIMILARITY = 0.5;
/** A candidate is applied only when the titles stay this similar without the generic words. */
const SURE_SPECIFIC_SIMILARITY = 0.5;

/** Words nearly every Annex A title shares: a match on them alone says nothing. */
const GENERIC = /\b(information|security|management|controls?|policy|policies|procedures?)\b/gi;

function specificSimilarity(a: string, b: string): number {
  const strip = (t: string) => t.replace(GENERIC, ' ');
  return titleSimilarity(strip(a), strip(b));
}

export function migrate2013(id: string): MigrationOutcome {
  const c = getControl2013(`A.${id}`);
  if (!c) return { ok: false, reason: `A.${id} is not an ISO/IEC 27001:2013 Annex A control` };
  const to = successorsOf2013(c.id);
  if (to.length === 0)
    return { ok: false, reason: `${c.id} has no 2022 successor in ISO/IEC 27002:2022 Annex B` };
  const note =
    to.length > 1
      ? `${c.id} was split into ${to.map((t) => `A.${t}`).join(' and ')}`
      : `${c.id} → A.${to[0]}`;
  return { ok: true, to, note };
}

/** The 2013 control whose title best matches a 2005 control's title, or null. */
export function match2005To2013(
  id: string,
  title: string | null,
): { id2013: string; similarity: number } | null {
  if (!title) return null;
  let best: { id2013: string; similarity: number } | null = null;
  for (const c of CONTROLS_2013) {
    let s = titleSimilarity(title, c.title);
    if (c.id === `A.${id}`) s += 0.05;
    if (!best || s > best.similarity) best = { id2013: c.id, similarity: s };
  }
  return best && best.similarity >= MIN_2005_SIMILARITY ? best : null;
}

export function migrate2005(id: string, title: string | null): MigrationOutcome {
  const m = match2005To2013(id, title);
  if (!m) {
    return {
      ok: false,
      reason: `2005 control ${id}${title ? ` "${title}"` : ''} has no 2013 control with a matching title, so no 2022 successor can be derived (there is no official 2005→2022 mapping)`,
    };
  }
  const to = successorsOf2013(m.id2013);
  if (to.length === 0)
    return {
      ok: false,
      reason: `2005 control ${id} matched ${m.id2013}, which has no 2022 successor`,
    };
  const to2022 = to.map((t) => `A.${t}`).join(', ');
  const c2013 = getControl2013(m.id2013);
  const specific = specificSimilarity(title ?? '', c2013?.title ?? '');
  if (specific < SURE_SPECIFIC_SIMILARITY)
    return {
      ok: true,
      to,
      toConfirm: true,
      note: `to confirm: 2005 ${id} "${title}" only weakly matches 2013 ${m.id2013} "${c2013?.title}" (title similarity ${m.similarity.toFixed(2)}); a person must confirm ${to2022} before it is used`,
    };
  return { ok: true, to, note: `2005 ${id} matched 2013 ${m.id2013} by title, → ${to2022}` };
}
