/**
 * A sheet's kind from its cells when no header row named it: a column of Annex A ids makes an
 * SoA (with an applicability or status column) or the reference of an audit findings register,
 * clause numbers 4–10 make a clause checklist, scale columns with their product (or two columns
 * whose validation lists are one scale) make a risk register, finding types (in the cells or a
 * validation list) make a findings register. The header row, if any, is the text row just
 * above the first record; its words still map the columns content does not.
 */
import { columnLetter, columnNumber } from '../grid/address';
import { profileColumns } from './column-profile';
import { anchors } from './content-anchors';
import { contentFields } from './content-fields';
import { headerLabels } from './header-block';
import type { TableKind } from './kind-tables';
import { mapColumns, type HeaderLabel } from './match-header';
import { filledCount, type SheetView } from './sheet-view';
import type { ColumnMapping } from './types';

export type ContentTable = {
  readonly kind: TableKind;
  readonly top: number;
  readonly bottom: number;
  readonly labels: readonly HeaderLabel[];
  readonly columns: readonly ColumnMapping[];
  readonly reason: string;
};

export type ContentSignals = { readonly found: string[]; readonly missing: string[] };

/** On equal evidence: scored columns are the rarest signal, clause-like numbers the commonest. */
const PRIORITY: readonly TableKind[] = ['risks', 'soa', 'findings', 'clauses'];

/** Rows scanned for a table by content (the data may start far down). */
const SCAN = 2000;

/** The nearest text row above the first record (within 3 rows), or none. */
function headerRowAbove(v: SheetView, first: number): number | null {
  for (let r = first - 1; r >= Math.max(v.top, first - 3); r--) {
    let texts = 0;
    for (let c = v.left; c <= v.right; c++) if (typeof v.get(r, c) === 'string') texts++;
    if (texts >= 2 && texts >= filledCount(v, r) - 1) return r;
  }
  return null;
}

export function detectByContent(v: SheetView): {
  table: ContentTable | null;
  signals: ContentSignals;
} {
  const last = Math.min(v.bottom, v.top + SCAN);
  const found = anchors(v, profileColumns(v, v.top, last)).sort(
    (a, b) => b.count - a.count || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind),
  );
  const signals: ContentSignals = { found: found.map((a) => a.evidence), missing: [] };
  for (const a of found) {
    let first = v.top;
    while (first <= last && !a.test(first)) first++;
    const header = headerRowAbove(v, first);
    const top = header ?? first;
    const bottom = header ?? first - 1;
    const labels = header ? headerLabels(v, header, header) : [];
    const profiles = profileColumns(v, bottom + 1, v.bottom);
    const evidence = anchors(v, profiles).find((x) => x.kind === a.kind)?.evidence ?? a.evidence;
    signals.found[found.indexOf(a)] = evidence;
    const headerOf = (l: string) => labels.find((x) => x.column === l)?.header ?? '';
    let byContent = contentFields(a.kind, profiles, [], headerOf);
    if ((a.kind === 'soa' || a.kind === 'clauses') && !byContent.some((c) => c.field === 'id')) {
      // Numbers shared by clauses and controls: the anchor's column, kind decided by the titles.
      const letter = columnLetter(a.col);
      const id = {
        column: letter,
        header: headerOf(letter),
        field: 'id',
        confidence: 0.75,
        evidence,
      };
      byContent = [id, ...contentFields(a.kind, profiles, [id], headerOf)];
    }
    const taken = new Set(byContent.map((c) => c.column));
    const byWords = mapColumns(
      labels.filter((l) => !taken.has(l.column)),
      a.kind,
    ).columns.filter((c) => !byContent.some((x) => x.field === c.field));
    const columns = [...byContent, ...byWords].sort(
      (x, y) => columnNumber(x.column) - columnNumber(y.column),
    );
    const lacking = missingFor(a.kind, columns);
    if (lacking) {
      signals.missing.push(lacking);
      continue;
    }
    return {
      table: { kind: a.kind, top, bottom, labels, columns, reason: `by content: ${evidence}` },
      signals,
    };
  }
  return { table: null, signals };
}

/** What a content-found table still needs to be that kind (null when it has it). */
function missingFor(kind: TableKind, columns: readonly ColumnMapping[]): string | null {
  const f = new Set(columns.map((c) => c.field));
  const any = (...k: string[]) => k.some((x) => f.has(x));
  const named = (k: string) =>
    columns.some((c) => c.field === k && c.evidence?.startsWith('header'));
  if (
    kind === 'soa' &&
    !any('applicable', 'status') &&
    !named('justification') &&
    !named('reasons')
  )
    return 'no applicability, implementation status or justification column next to the Annex A ids (a list of controls, not an SoA)';
  if (kind === 'clauses' && !any('status', 'evidence', 'notes'))
    return 'no conformance status, evidence or notes column next to the clause numbers (a list of clauses, not a checklist)';
  if (kind === 'risks' && !any('description', 'threat', 'vulnerability', 'title', 'assetIds', 'id'))
    return 'scored columns but no risk id, description, threat or asset column';
  if (kind === 'findings' && !any('description', 'reference'))
    return 'finding types but no description or clause/control reference column';
  return null;
}
