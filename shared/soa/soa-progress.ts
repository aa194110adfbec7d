/**
 * SoA implementation progress by Annex A theme (organizational, people, physical, technological):
 * applicability decisions, implementation status, evidence, and the controls risks rely on that
 * the SoA excludes. Rows whose id is no 2022 control, and duplicates, are not counted.
 */
import { CONTROLS, THEMES, type Theme } from '../catalog/controls';
import { parseControlRef } from '../catalog/find-control';
import type { SoaProgress, ThemeProgress } from '../model/assessment';
import type { IsmsWorkbook, SoaEntry } from '../model/types';

/** What the counts read of one control's SoA decision (an SoA row, or a decision merged across SoAs). */
export type SoaDecision = Pick<SoaEntry, 'applicable' | 'status' | 'evidence'>;

type Counts = { -readonly [K in keyof ThemeProgress]: ThemeProgress[K] };

function empty(theme: string, controls: number): Counts {
  return {
    theme,
    controls,
    applicable: 0,
    excluded: 0,
    undecided: 0,
    implemented: 0,
    partial: 0,
    planned: 0,
    notImplemented: 0,
    withEvidence: 0,
  };
}

function add(c: Counts, e: SoaDecision | undefined): void {
  if (!e || e.applicable === null) return void c.undecided++;
  if (!e.applicable) return void c.excluded++;
  c.applicable++;
  if (e.status === 'Implemented') c.implemented++;
  else if (e.status === 'Partially implemented') c.partial++;
  else if (e.status === 'Planned') c.planned++;
  else if (e.status === 'Not implemented') c.notImplemented++;
  if (e.evidence !== null) c.withEvidence++;
}

function excludedButReferenced(
  wb: IsmsWorkbook,
  byId: ReadonlyMap<string, SoaEntry>,
): SoaProgress['excludedButReferenced'] {
  const refs = new Map<string, Set<string>>();
  for (const r of wb.risks ?? []) {
    for (const text of r.controls) {
      const ref = parseControlRef(text);
      if (ref.kind !== '2022' || byId.get(ref.control.id)?.applicable !== false) continue;
      const names = refs.get(ref.control.id) ?? new Set<string>();
      names.add(r.id ?? `row ${r.ref.row}`);
      refs.set(ref.control.id, names);
    }
  }
  const order = new Map(CONTROLS.map((c, i) => [c.id, i]));
  return [...refs]
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([controlId, riskIds]) => ({ controlId, riskIds: [...riskIds] }));
}

/**
 * Counts per Annex A theme (in THEMES order) and over all 93 controls, from each control's
 * decision; a control without one counts as undecided. The one computation behind the
 * assessment's SoA progress and the gap report's SoA implementation.
 */
export function progressByTheme(
  decisionOf: (controlId: string) => SoaDecision | undefined,
  totalLabel = 'All',
): { byTheme: ThemeProgress[]; total: ThemeProgress } {
  const byTheme = new Map<Theme, Counts>(
    THEMES.map((t) => [t, empty(t, CONTROLS.filter((c) => c.theme === t).length)]),
  );
  const total = empty(totalLabel, CONTROLS.length);
  for (const c of CONTROLS) {
    const e = decisionOf(c.id);
    add(byTheme.get(c.theme) as Counts, e);
    add(total, e);
  }
  return { byTheme: [...byTheme.values()], total };
}

/**
 * Progress of the workbook's SoA, or null when it has no SoA table. A control missing from the
 * SoA counts as undecided.
 */
export function soaProgress(wb: IsmsWorkbook): SoaProgress | null {
  if (!wb.soa) return null;
  const byId = new Map<string, SoaEntry>();
  for (const e of wb.soa) if (e.controlId && !byId.has(e.controlId)) byId.set(e.controlId, e);
  return {
    ...progressByTheme((id) => byId.get(id)),
    excludedButReferenced: excludedButReferenced(wb, byId),
  };
}
