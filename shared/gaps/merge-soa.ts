/**
 * One SoA decision per Annex A control across the set. A control is applicable when any SoA of
 * the set includes it (XWB-SOA-CONFLICT reports disagreements), excluded when every deciding SoA
 * excludes it. Its implementation status is the weakest among the including SoAs.
 */
import type { ImplementationStatus, IsmsWorkbook, SoaEntry } from '../model/types';
import type { ReportLocation } from './types';
import { CONTROLS, type Control } from '../catalog/controls';
import { sourceCell } from '../cross/source-cell';

export type MergedControl = {
  readonly control: Control;
  /** null when no SoA of the set decides the control. */
  readonly applicable: boolean | null;
  readonly status: ImplementationStatus | null;
  readonly evidence: string | null;
  readonly owner: string | null;
  readonly linkedRisks: readonly { readonly workbook: string; readonly id: string }[];
  /** The row that gave the status (or the decision), at its status cell. */
  readonly source: ReportLocation | null;
  /** Every row of the set for this control. */
  readonly entries: readonly { readonly workbook: string; readonly entry: SoaEntry }[];
};

/** Weaker statuses first; blank counts as weakest. */
const STATUS_RANK: Readonly<Record<ImplementationStatus, number>> = {
  'Not implemented': 1,
  Planned: 2,
  'Partially implemented': 3,
  Implemented: 4,
};

function rank(s: ImplementationStatus | null): number {
  return s === null ? 0 : STATUS_RANK[s];
}

function location(workbook: string, e: SoaEntry): ReportLocation {
  return { workbook, sheet: e.ref.sheet, cell: sourceCell(e.ref, 'status'), row: e.ref.row };
}

/**
 * True when at least one SoA row of the set records an applicability decision: a template SoA
 * listing the 93 controls with nothing decided is not yet a Statement of Applicability (6.1.3 d).
 */
export function hasSoa(workbooks: readonly IsmsWorkbook[]): boolean {
  return workbooks.some((w) => (w.soa ?? []).some((e) => e.applicable !== null));
}

export function mergeSoa(workbooks: readonly IsmsWorkbook[]): MergedControl[] {
  return CONTROLS.map((control) => {
    const entries = workbooks.flatMap((wb) =>
      (wb.soa ?? [])
        .filter((e) => e.controlId === control.id)
        .map((entry) => ({ workbook: wb.name, entry })),
    );
    const including = entries.filter((x) => x.entry.applicable === true);
    const decided = entries.filter((x) => x.entry.applicable !== null);
    const applicable = including.length > 0 ? true : decided.length > 0 ? false : null;
    const chosen =
      including.length > 0
        ? including.reduce((a, b) => (rank(b.entry.status) < rank(a.entry.status) ? b : a))
        : (decided[0] ?? entries[0]);
    const linkedRisks = entries.flatMap((x) =>
      x.entry.linkedRisks.map((id) => ({ workbook: x.workbook, id })),
    );
    return {
      control,
      applicable,
      status: chosen && applicable ? chosen.entry.status : null,
      evidence: chosen?.entry.evidence ?? null,
      owner: chosen?.entry.owner ?? entries.find((x) => x.entry.owner)?.entry.owner ?? null,
      linkedRisks,
      source: chosen ? location(chosen.workbook, chosen.entry) : null,
      entries,
    };
  });
}
