/**
 * The SoA of one cycle per 2022 control: rows written with 2013 ids (`A.9.2.3`) land on their
 * 2022 successors through the ISO/IEC 27002:2022 Annex B mapping (shared/catalog), `A.5.1` and
 * `5.1` are one control. Where several rows land on one control (2013 controls merged in 2022),
 * the control is applicable when any is, its status the least implemented, its evidence all of
 * theirs.
 */
import { parseControlRef } from '../catalog/find-control';
import type { ImplementationStatus, SoaEntry } from '../model/types';

export type ControlView = {
  readonly id: string;
  readonly applicable: boolean | null;
  readonly status: ImplementationStatus | null;
  readonly statusRaw: string | null;
  readonly evidence: string | null;
};

export type SoaView = {
  /** 2022 id (`5.15`) → view, in catalogue order of first appearance. */
  readonly controls: ReadonlyMap<string, ControlView>;
  /** Rows read through the 2013 → 2022 mapping. */
  readonly migrated: number;
};

const RANK: Readonly<Record<ImplementationStatus, number>> = {
  'Not implemented': 0,
  Planned: 1,
  'Partially implemented': 2,
  Implemented: 3,
};

function targets(e: SoaEntry): { ids: string[]; migrated: boolean } {
  if (e.controlId !== null) return { ids: [e.controlId], migrated: false };
  const ref = e.idText === null ? null : parseControlRef(e.idText);
  if (ref?.kind === '2013') return { ids: ref.successors.map((c) => c.id), migrated: true };
  // Unknown ids still diff against themselves.
  const raw = e.idText?.trim();
  return { ids: raw ? [`?${raw}`] : [], migrated: false };
}

function merge(a: ControlView, e: SoaEntry): ControlView {
  const applicable =
    a.applicable === true || e.applicable === true ? true : (a.applicable ?? e.applicable);
  const status =
    a.status === null
      ? e.status
      : e.status === null || RANK[a.status] <= RANK[e.status]
        ? a.status
        : e.status;
  const evidence = [a.evidence, e.evidence].filter((x): x is string => x !== null);
  return { ...a, applicable, status, evidence: [...new Set(evidence)].join('; ') || null };
}

function rawText(v: unknown): string | null {
  return v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();
}

export function soaView(entries: readonly SoaEntry[]): SoaView {
  const controls = new Map<string, ControlView>();
  let migrated = 0;
  for (const e of entries) {
    const t = targets(e);
    if (t.migrated) migrated++;
    for (const id of t.ids) {
      const had = controls.get(id);
      controls.set(
        id,
        had
          ? merge(had, e)
          : {
              id,
              applicable: e.applicable,
              status: e.status,
              statusRaw: rawText(e.statusRaw),
              evidence: e.evidence,
            },
      );
    }
  }
  return { controls, migrated };
}
