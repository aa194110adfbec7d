import type { SourceRef } from '../model/types';

/**
 * A1 address of one field of a record read from a table (`Risk.ref.columns.owner` → `F12`), or
 * null when the table has no such column.
 */
export function sourceCell(ref: SourceRef, key: string): string | null {
  const col = ref.columns[key];
  return col ? `${col}${ref.row}` : null;
}

/** Identifier comparison across workbooks: trimmed, inner spaces collapsed, case-insensitive. */
export function normalizeKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toUpperCase();
}

/** `5.15` → `A.5.15`, the way auditors and the SoA write Annex A controls. */
export function annexLabel(controlId: string): string {
  return `A.${controlId}`;
}
