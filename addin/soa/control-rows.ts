/**
 * The SoA tab's control list: all 93 Annex A 2022 controls with the (first) SoA row's decision,
 * status and evidence, and the risks that rely on each (tblRisks Annex A Controls, plus the SoA's
 * own Linked Risks). Built in the engine's worker; the filters and counts below are pure.
 */
import { CONTROLS } from '../../shared/catalog';
import { parseControlRef } from '../../shared/catalog';
import { sourceCell } from '../../shared/cross';
import type { ImplementationStatus, IsmsWorkbook, SoaEntry } from '../../shared/model';

/** Risk ids listed per control; the rest are counted (a 100k register links thousands). */
const MAX_LISTED = 20;

export type ControlRow = {
  /** `A.5.15`. */
  readonly id: string;
  readonly title: string;
  readonly theme: string;
  /** null: no decision (blank, or the control has no SoA row). */
  readonly applicable: boolean | null;
  readonly status: ImplementationStatus | null;
  readonly evidence: string | null;
  readonly risks: readonly string[];
  readonly riskCount: number;
  /** Where the SoA row is (null when the SoA lacks the control). */
  readonly at: {
    readonly sheet: string;
    readonly row: number;
    readonly cell: string | null;
  } | null;
};

function riskRefs(wbs: readonly IsmsWorkbook[]): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  for (const wb of wbs)
    for (const r of wb.risks ?? [])
      for (const text of r.controls) {
        const ref = parseControlRef(text);
        if (ref.kind !== '2022') continue;
        const ids = refs.get(ref.control.id) ?? new Set<string>();
        ids.add(r.id ?? `${r.ref.sheet} row ${r.ref.row}`);
        refs.set(ref.control.id, ids);
      }
  return refs;
}

function rowOf(
  c: (typeof CONTROLS)[number],
  e: SoaEntry | undefined,
  ids: Set<string>,
): ControlRow {
  for (const id of e?.linkedRisks ?? []) ids.add(id);
  const list = [...ids];
  return {
    id: `A.${c.id}`,
    title: c.title,
    theme: c.theme,
    applicable: e ? e.applicable : null,
    status: e?.status ?? null,
    evidence: e?.evidence ?? null,
    risks: list.slice(0, MAX_LISTED),
    riskCount: list.length,
    at: e ? { sheet: e.ref.sheet, row: e.ref.row, cell: sourceCell(e.ref, 'applicable') } : null,
  };
}

/**
 * The 93 rows from the first workbook with an SoA (null when none has one); risks from every
 * workbook count as relying on a control, as the cross-workbook checks read them.
 */
export function controlRows(wbs: readonly IsmsWorkbook[]): ControlRow[] | null {
  const soa = wbs.find((w) => w.soa)?.soa;
  if (!soa) return null;
  const byId = new Map<string, SoaEntry>();
  for (const e of soa) if (e.controlId && !byId.has(e.controlId)) byId.set(e.controlId, e);
  const refs = riskRefs(wbs);
  return CONTROLS.map((c) => rowOf(c, byId.get(c.id), refs.get(c.id) ?? new Set()));
}
