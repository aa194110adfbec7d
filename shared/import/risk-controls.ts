/** Control references inside a risk row: normalised to `A.x.y`, 2013 references migrated. */
import { parseControlRef, splitControlRefs } from '../catalog/find-control';

export type RiskControls = {
  /** Canonical `A.5.15, A.8.2` list, or null when the text names no control. */
  readonly text: string | null;
  readonly migrated: { readonly from: string; readonly to: readonly string[] }[];
  /** References that are neither 2022 nor 2013 controls (kept in the text as written). */
  readonly unknown: readonly string[];
};

/**
 * @param explicitOnly for free text (a treatment plan), only references written with a prefix
 *   (`A.6.3`, `Control 5.17`) count: a numbered list `1. …` must not read as controls.
 */
export function readRiskControls(text: string | null, explicitOnly: boolean): RiskControls {
  if (!text) return { text: null, migrated: [], unknown: [] };
  const refs = splitControlRefs(text).filter((r) => !explicitOnly || /^[a-z]/i.test(r));
  const ids: string[] = [];
  const migrated: { from: string; to: readonly string[] }[] = [];
  const unknown: string[] = [];
  for (const r of refs) {
    const p = parseControlRef(r);
    if (p.kind === '2022') ids.push(p.control.id);
    else if (p.kind === '2013' && p.successors.length > 0) {
      ids.push(...p.successors.map((s) => s.id));
      migrated.push({ from: p.control2013.id, to: p.successors.map((s) => `A.${s.id}`) });
    } else unknown.push(r);
  }
  if (ids.length === 0) return { text: explicitOnly ? null : text, migrated, unknown };
  const list = [...new Set(ids)].map((i) => `A.${i}`).join(', ');
  return { text: unknown.length ? `${list}; ${text}` : list, migrated, unknown };
}
