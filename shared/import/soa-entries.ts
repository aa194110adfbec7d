/** SoA data rows → source entries (id as read, values normalised), before edition and migration. */
import type { Cell } from '../grid/grid';
import { asText } from '../grid/cell';
import { columnNumber } from '../grid/address';
import { foldText } from './normalize-text';
import { readControlId } from './control-id';
import { isTickMark } from '../vocabulary/yes-no';
import { readImplementation, readYesNo } from './value-words';
import type { DataRow } from './data-rows';
import type { HeaderLabel } from './match-header';
import type { SheetView } from './sheet-view';
import type { ColumnMapping } from './types';

export type SoaSource = {
  readonly row: number;
  readonly id: string;
  readonly ambiguous: boolean;
  readonly title: string | null;
  readonly applicable: boolean | null;
  readonly applicableRaw: string | null;
  readonly justification: string | null;
  /** Canonical status, or the text as written when unrecognised (`statusKnown` false). */
  readonly status: string | null;
  readonly statusKnown: boolean;
  readonly howImplemented: string | null;
  readonly evidence: string | null;
  readonly owner: string | null;
  readonly linkedRisks: string | null;
  readonly lastReviewed: Cell;
};

export type SoaRead = { readonly entries: SoaSource[]; readonly noId: DataRow[] };

export function readSoaEntries(
  v: SheetView,
  rows: readonly DataRow[],
  columns: readonly ColumnMapping[],
  labels: readonly HeaderLabel[],
): SoaRead {
  const wingdingsN = looksLikeWingdings(rows);
  const reasonCols = reasonColumns(columns, labels);
  const entries: SoaSource[] = [];
  const noId: DataRow[] = [];
  for (const r of rows) {
    const title = asText(r.field('title'));
    const read =
      readControlId(r.field('id'), r.display('id')) ??
      (r.field('id') === null && title ? readControlId(title) : null);
    if (!read) {
      noId.push(r);
      continue;
    }
    const applicableRaw = asText(r.field('applicable'));
    const reasons = reasonCols
      .filter((c) => isTickMark(asText(v.get(r.row, c.col)) ?? '', true))
      .map((c) => c.label);
    let applicable = readYesNo(applicableRaw, { wingdingsN });
    if (applicable === null && reasons.length > 0) applicable = true;
    const statusRaw = asText(r.field('status'));
    const parsed =
      statusRaw && isTickMark(statusRaw, true) ? 'Implemented' : readImplementation(statusRaw);
    const justification = [
      asText(r.field('justification')),
      reasons.length ? `Reasons for selection: ${reasons.join(', ')}` : null,
    ]
      .filter((x): x is string => x !== null)
      .join('; ');
    entries.push({
      row: r.row,
      id: read.id,
      ambiguous: read.ambiguous,
      title: title && readControlId(title)?.id === read.id ? title.replace(/^\S+\s*/, '') : title,
      applicable,
      applicableRaw,
      justification: justification || null,
      status: parsed ?? statusRaw,
      statusKnown: parsed !== null || statusRaw === null,
      howImplemented: asText(r.field('howImplemented')),
      evidence: asText(r.field('evidence')),
      owner: asText(r.field('owner')),
      linkedRisks: asText(r.field('linkedRisks')),
      lastReviewed: r.field('lastReviewed'),
    });
  }
  return { entries, noId };
}

/** A column of lone `n`s and no yes-words is a Wingdings tick column (`n` renders as ■). */
function looksLikeWingdings(rows: readonly DataRow[]): boolean {
  let n = 0;
  for (const r of rows) {
    const f = foldText(asText(r.field('applicable')) ?? '');
    if (f === 'n') n++;
    else if (f !== '' && f !== 'x') return false;
  }
  return n > 0;
}

/** The tick columns under the "reasons for selection" parent header (LR / CO / BR/BP / RRA). */
function reasonColumns(
  columns: readonly ColumnMapping[],
  labels: readonly HeaderLabel[],
): { col: number; label: string }[] {
  const m = columns.find((c) => c.field === 'reasons');
  if (!m) return [];
  const parent = m.header.split(' / ')[0];
  return labels
    .filter((l) => l.header.startsWith(`${parent} / `) || l.column === m.column)
    .map((l) => ({ col: columnNumber(l.column), label: l.header.split(' / ').pop() ?? l.header }));
}
