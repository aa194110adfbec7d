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

function rawText(v: unknown): string | null {
  return v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();
}

function leastImplemented(entries: readonly SoaEntry[]): ImplementationStatus | null {
  let least: ImplementationStatus | null = null;
  for (const e of entries)
    if (e.status !== null && (least === null || RANK[e.status] < RANK[least])) least = e.status;
  return least;
}

/** One control's view from every row that lands on it (linear in the rows: no re-joining). */
function viewOf(id: string, entries: readonly SoaEntry[]): ControlView {
  const applicable = entries.some((e) => e.applicable === true)
    ? true
    : (entries.find((e) => e.applicable !== null)?.applicable ?? null);
  const evidence = [...new Set(entries.map((e) => e.evidence).filter((x) => x !== null))];
  return {
    id,
    applicable,
    status: leastImplemented(entries),
    statusRaw: rawText(entries[0].statusRaw),
    evidence: evidence.length > 0 ? evidence.join('; ') : null,
  };
}

export function soaView(entries: readonly SoaEntry[]): SoaView {
  const rows = new Map<string, SoaEntry[]>();
  let migrated = 0;
  for (const e of entries) {
    const t = targets(e);
    if (t.migrated) migrated++;
    for (const id of t.ids) {
      const list = rows.get(id);
      if (list) list.push(e);
      else rows.set(id, [e]);
    }
  }
  const controls = new Map<string, ControlView>();
  for (const [id, list] of rows) controls.set(id, viewOf(id, list));
  return { controls, migrated };
}
