/** What the cells under a header say about the sheet, beyond its header words. */
import { asText } from '../grid/cell';
import { columnLetter, columnNumber } from '../grid/address';
import { readControlId } from './control-id';
import { scoreField } from './match-header';
import { FIELD_SPECS } from './synonyms';
import { parseApplicable } from '../vocabulary/yes-no';
import type { SheetView } from './sheet-view';
import { MAX_COLS } from './header-block';
import type { ColumnMapping } from './types';

const SAMPLE = 300;

function sample(v: SheetView, headerBottom: number, col: number): string[] {
  const out: string[] = [];
  for (let r = headerBottom + 1; r <= Math.min(v.bottom, headerBottom + SAMPLE); r++) {
    const t = asText(v.get(r, col));
    if (t) out.push(t);
  }
  return out;
}

/** Share of an asset sheet's id/name values that are Annex A control ids (a control list, not assets). */
export function controlListShare(
  v: SheetView,
  headerBottom: number,
  columns: readonly ColumnMapping[],
): number {
  const col = columns.find((c) => c.field === 'id') ?? columns.find((c) => c.field === 'name');
  if (!col) return 0;
  const values = sample(v, headerBottom, columnNumber(col.column));
  if (values.length === 0) return 0;
  return (
    values.filter((t) => /^A\s*\.?\s*\d/i.test(t) && readControlId(t) !== null).length /
    values.length
  );
}

/**
 * A column whose cells are attribute names (Owner, Custodian, Asset ID, Location …): the assets
 * are laid out as vertical key/value blocks, not as a table. Returns that column or null.
 */
export function keyValueColumn(v: SheetView, headerTop: number): string | null {
  for (let col = v.left; col <= Math.min(v.right, v.left + MAX_COLS - 1); col++) {
    const values = new Set(sample(v, headerTop - 1, col));
    let keys = 0;
    for (const t of values)
      if (ATTRIBUTE_WORDS.test(t) || FIELD_SPECS.assets.some((s) => scoreField(t, s) >= 0.95))
        keys++;
    if (keys >= 3) return columnLetter(col);
  }
  return null;
}

const ATTRIBUTE_WORDS =
  /^(custodian|users?|serial number|ip address|os|operating system|asset id|life cycle|storage details|sys admin)$/i;

/**
 * When no header named the applicability, the column whose values are mostly Yes/No or ticks
 * (at least three) is taken as it; it replaces whatever that column was mapped to.
 */
export function applicableByContent(
  v: SheetView,
  headerBottom: number,
  columns: readonly ColumnMapping[],
  labels: readonly { column: string; header: string }[],
): ColumnMapping[] {
  if (columns.some((c) => c.field === 'applicable')) return [...columns];
  const taken = new Set(
    columns.filter((c) => c.field === 'id' || c.field === 'title').map((c) => c.column),
  );
  for (let col = v.left; col <= Math.min(v.right, v.left + MAX_COLS - 1); col++) {
    const letter = columnLetter(col);
    if (taken.has(letter)) continue;
    const values = sample(v, headerBottom, col);
    const yesNo = values.filter((t) => parseApplicable(t) !== null).length;
    if (yesNo >= 3 && yesNo >= values.length * 0.6) {
      const header = labels.find((l) => l.column === letter)?.header ?? '';
      return [
        ...columns.filter((c) => c.column !== letter),
        { column: letter, header, field: 'applicable', confidence: 0.7 },
      ].sort((a, b) => columnNumber(a.column) - columnNumber(b.column));
    }
  }
  return [...columns];
}
