/**
 * The SoA tab's filters and counts over the control list. Evidence is counted over implemented
 * controls only, so "Evidence present: X of Y" never has X > Y (7.5.1 b: evidence of operation
 * is asked of what is in place).
 */
import type { ControlRow } from './control-rows';

export type ControlFilter =
  | 'all'
  | 'applicable-not-implemented'
  | 'implemented-without-evidence'
  | 'excluded-relied-on'
  | 'undecided';

export const CONTROL_FILTERS: readonly { readonly id: ControlFilter; readonly label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'applicable-not-implemented', label: 'Applicable, not implemented' },
  { id: 'implemented-without-evidence', label: 'Implemented without evidence' },
  { id: 'excluded-relied-on', label: 'Excluded but relied on' },
  { id: 'undecided', label: 'Undecided' },
];

const implemented = (c: ControlRow) => c.applicable === true && c.status === 'Implemented';

const TEST: Readonly<Record<ControlFilter, (c: ControlRow) => boolean>> = {
  all: () => true,
  'applicable-not-implemented': (c) => c.applicable === true && c.status !== 'Implemented',
  'implemented-without-evidence': (c) => implemented(c) && c.evidence === null,
  'excluded-relied-on': (c) => c.applicable === false && c.riskCount > 0,
  undecided: (c) => c.applicable === null,
};

export function filterControls(
  rows: readonly ControlRow[],
  filter: ControlFilter,
  theme: string | null = null,
): ControlRow[] {
  return rows.filter((c) => TEST[filter](c) && (theme === null || c.theme === theme));
}

export type ControlCounts = {
  readonly controls: number;
  readonly applicable: number;
  readonly undecided: number;
  readonly implemented: number;
  /** Implemented controls that reference evidence (≤ implemented). */
  readonly evidenced: number;
};

export function countControls(rows: readonly ControlRow[]): ControlCounts {
  const impl = rows.filter(implemented);
  return {
    controls: rows.length,
    applicable: rows.filter((c) => c.applicable === true).length,
    undecided: rows.filter((c) => c.applicable === null).length,
    implemented: impl.length,
    evidenced: impl.filter((c) => c.evidence !== null).length,
  };
}

/** How many rows each filter keeps (the chips' counts). */
export function filterCounts(rows: readonly ControlRow[]): Record<ControlFilter, number> {
  const out = {} as Record<ControlFilter, number>;
  for (const f of CONTROL_FILTERS) out[f.id] = filterControls(rows, f.id).length;
  return out;
}
