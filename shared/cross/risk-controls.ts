import type { Risk } from '../model/types';
import { parseControlRef } from '../catalog/find-control';

/**
 * The Annex A 2022 controls a risk relies on (its `Annex A Controls` cell): 2022 references as
 * they are, 2013 references as their 2022 successors (ISO/IEC 27002:2022 Annex B); unknown
 * references are left out (RR-UNKNOWN-CONTROL reports them). Sorted, without duplicates.
 */
export function riskControlIds(risk: Risk): string[] {
  return controlIdsOf(risk.controls);
}

/** The 2022 control ids of a list of references as written (see `riskControlIds`). */
export function controlIdsOf(refs: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const text of refs) {
    const ref = parseControlRef(text);
    if (ref.kind === '2022') ids.add(ref.control.id);
    else if (ref.kind === '2013') for (const s of ref.successors) ids.add(s.id);
  }
  return [...ids].sort(compareControlIds);
}

/** Orders `5.2` before `5.10` (numeric by part). */
export function compareControlIds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
