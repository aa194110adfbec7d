/**
 * SoA sheet → tblSoA rows: edition detected, old ids migrated to 2022 (one old → several new,
 * several old → one new merged), ids disambiguated (8.2 / 8.20), titles and themes from the catalog.
 */
import { getControl } from '../catalog/find-control';
import { CONTROLS } from '../catalog/controls';
import { SOA } from '../workbook/canonical';
import { disambiguate } from './control-id';
import { detectEdition } from './edition';
import { migrate2005, migrate2013 } from './migrate';
import type { SoaSource } from './soa-entries';
import type { CanonicalRow, DroppedItem, Edition, Migration } from './types';

export type SoaConversion = {
  readonly rows: CanonicalRow[];
  readonly migrations: Migration[];
  readonly dropped: DroppedItem[];
  readonly edition: Edition;
  readonly explanation: string | null;
  /** Messages for the report (ambiguous ids resolved, duplicates merged, values kept as written). */
  readonly notes: { row: number; message: string }[];
};

const ORDER = new Map(CONTROLS.map((c, i) => [c.id, i]));

export function convertSoa(
  sheet: string,
  entries: readonly SoaSource[],
  hints: readonly string[],
): SoaConversion {
  const { edition, explanation } = detectEdition(entries, hints);
  const old = edition === '2005' || edition === '2013' || edition === 'mixed';
  const fromEdition: '2005' | '2013' = edition === '2005' ? '2005' : '2013';
  const byTarget = new Map<string, { src: SoaSource; from: string }[]>();
  const migrations: Migration[] = [];
  const dropped: DroppedItem[] = [];
  const notes: { row: number; message: string }[] = [];
  let previous: string | null = null;
  for (const e of entries) {
    const levels = e.id.split('.').length;
    if (old && levels === 2) {
      dropped.push(
        drop(
          sheet,
          e,
          `control objective ${e.id} (${fromEdition} numbering), a heading rather than a control`,
        ),
      );
      continue;
    }
    let targets: readonly string[];
    let from = `A.${e.id}`;
    if (old) {
      const m = fromEdition === '2005' ? migrate2005(e.id, e.title) : migrate2013(e.id);
      if (!m.ok) {
        dropped.push(drop(sheet, e, m.reason));
        continue;
      }
      from = fromEdition === '2005' ? e.id : `A.${e.id}`;
      migrations.push({
        sheet,
        row: e.row,
        from,
        fromEdition,
        to: m.to.map((t) => `A.${t}`),
        note: m.note,
        ...(m.toConfirm ? { toConfirm: true } : {}),
      });
      if (m.toConfirm) {
        dropped.push(drop(sheet, e, `${m.note} (not imported until confirmed)`));
        continue;
      }
      targets = m.to;
    } else {
      const d: { id: string; how: string } = e.ambiguous
        ? disambiguate(e.id, e.title, previous)
        : { id: e.id, how: 'value' };
      if (d.id !== e.id)
        notes.push({
          row: e.row,
          message: `id stored as the number ${e.id} read as A.${d.id} (by ${d.how})`,
        });
      if (!getControl(d.id)) {
        dropped.push(drop(sheet, e, `A.${d.id} is not an ISO/IEC 27001:2022 Annex A control`));
        continue;
      }
      targets = [d.id];
      previous = d.id;
    }
    for (const t of targets) {
      const got = byTarget.get(t);
      if (got) got.push({ src: e, from });
      else byTarget.set(t, [{ src: e, from }]);
    }
  }
  const rows = [...byTarget.entries()]
    .sort((a, b) => (ORDER.get(a[0]) ?? 0) - (ORDER.get(b[0]) ?? 0))
    .map(([id, srcs]) => {
      if (srcs.length > 1 && !old)
        notes.push({
          row: srcs[1].src.row,
          message: `A.${id} listed ${srcs.length} times; rows merged`,
        });
      return soaRow(id, srcs, old);
    });
  for (const e of entries) {
    if (!e.statusKnown)
      notes.push({
        row: e.row,
        message: `implementation status "${e.status}" is not a recognised status; kept as written`,
      });
  }
  return { rows, migrations, dropped, edition, explanation, notes };
}

function drop(sheet: string, e: SoaSource, reason: string): DroppedItem {
  return {
    sheet,
    rows: [e.row, e.row],
    cell: null,
    value: e.title ? `${e.id} ${e.title}` : e.id,
    reason,
  };
}

const H = Object.fromEntries(SOA.columns.map((c) => [c.key, c.header]));

/** One tblSoA row from one or more sources (several old controls merged into one 2022 control). */
function soaRow(
  id: string,
  srcs: readonly { src: SoaSource; from: string }[],
  old: boolean,
): CanonicalRow {
  const c = getControl(id);
  // Migrated or merged rows name their source ids in the texts they carry.
  const tag = srcs.length > 1 || old;
  const join = (pick: (s: SoaSource) => string | null): string | null => {
    const parts = srcs
      .map(({ src, from }) => {
        const v = pick(src);
        return v === null ? null : tag ? `[${from}] ${v}` : v;
      })
      .filter((x): x is string => x !== null);
    return parts.length ? [...new Set(parts)].join('; ') : null;
  };
  const apps = srcs.map((s) => s.src.applicable);
  const applicable = apps.some((a) => a === true)
    ? 'Yes'
    : apps.length && apps.every((a) => a === false)
      ? 'No'
      : null;
  return {
    [H.id]: `A.${id}`,
    // The title as written is evidence (SOA-TITLE-MISMATCH reads it); the official one fills gaps.
    [H.title]:
      (srcs.length === 1 && !old ? srcs[0].src.title : null) ?? c?.title ?? srcs[0].src.title,
    [H.theme]: c?.theme ?? null,
    [H.applicable]: applicable,
    [H.justification]: join((s) => s.justification),
    [H.status]: mergeStatus(srcs.map((s) => s.src.status)),
    [H.howImplemented]: join((s) => s.howImplemented),
    [H.evidence]: join((s) => s.evidence),
    [H.owner]: join((s) => s.owner),
    [H.linkedRisks]: join((s) => s.linkedRisks),
    [H.lastReviewed]: srcs.map((s) => s.src.lastReviewed).find((x) => x !== null) ?? null,
  };
}

/** Same status everywhere → that status; a mix with some implementation → partially implemented. */
function mergeStatus(statuses: readonly (string | null)[]): string | null {
  const set = [...new Set(statuses.filter((s): s is string => s !== null))];
  if (set.length <= 1) return set[0] ?? null;
  return set.includes('Implemented') || set.includes('Partially implemented')
    ? 'Partially implemented'
    : set.join('; ');
}
