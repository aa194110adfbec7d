/**
 * Checklists assessed per Annex A domain (`A.9 Access control ⚠️`) rather than per control: a
 * domain status cannot be given to each control without inventing data, so nothing goes into
 * tblSoA; the domains and their statuses are listed in the report instead.
 */
import { asText } from '../grid/cell';
import { parseImplementation } from '../vocabulary/implementation-status';
import type { DataRow } from './data-rows';

export type DomainNote = {
  readonly explanation: string;
  readonly notes: { row: number; message: string }[];
};

const DOMAIN = /^A\.(\d{1,2})\s+(.+)$/;

export function domainNote(rows: readonly DataRow[]): DomainNote | null {
  const notes: { row: number; message: string }[] = [];
  const majors: number[] = [];
  for (const r of rows) {
    const text = asText(r.field('id')) ?? asText(r.field('title')) ?? '';
    const m = DOMAIN.exec(text);
    if (!m) continue;
    majors.push(Number(m[1]));
    const raw = asText(r.field('status'));
    const status = parseImplementation(raw);
    notes.push({
      row: r.row,
      message: `domain A.${m[1]} ${m[2]}: ${status ?? 'no status'}${raw ? ` (${raw})` : ''}`,
    });
  }
  if (notes.length === 0) return null;
  const edition = majors.some((n) => n > 8) ? 'ISO/IEC 27001:2013' : 'Annex A';
  return {
    explanation:
      `The sheet assesses ${notes.length} ${edition} domains (A.${majors[0]} …), not individual controls: a domain's status cannot be ` +
      'assigned to each of its controls, so no SoA rows were created; the domain statuses are listed in the import report.',
    notes,
  };
}
