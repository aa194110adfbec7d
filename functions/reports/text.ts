/** Text helpers shared by the report writers (plain functions, no I/O). */
import type { ClauseStatus, ImplementationStatus } from '../../shared/model';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Status fill and text colours (Excel's "Good / Neutral / Bad" palette). */
export const CLAUSE_COLORS: Readonly<Record<ClauseStatus, { fill: string; text: string }>> = {
  Conformant: { fill: '#C6EFCE', text: '#006100' },
  Partial: { fill: '#FFEB9C', text: '#7A4B00' },
  Nonconformant: { fill: '#FFC7CE', text: '#9C0006' },
  'Not assessed': { fill: '#E7E6E6', text: '#3A3A3A' },
};

export const IMPLEMENTATION_COLORS: Readonly<
  Record<ImplementationStatus | 'No status', { fill: string; text: string }>
> = {
  Implemented: { fill: '#C6EFCE', text: '#006100' },
  'Partially implemented': { fill: '#FFEB9C', text: '#7A4B00' },
  Planned: { fill: '#DDEBF7', text: '#1F4E79' },
  'Not implemented': { fill: '#FFC7CE', text: '#9C0006' },
  'No status': { fill: '#E7E6E6', text: '#3A3A3A' },
};

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function textOn(hex: string | null): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? '');
  if (!m) return '#1A1A1A';
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35 ? '#1A1A1A' : '#FFFFFF';
}

/** `A.5.15`. */
export function controlLabel(id: string): string {
  return `A.${id}`;
}

/** `Risks!F12` style reference of a location, for report cells. */
export function locationText(
  l: { workbook: string; sheet: string; cell: string | null; row: number | null } | null,
): string {
  if (!l) return '';
  const at = l.cell ?? (l.row !== null ? `row ${l.row}` : '');
  return `${l.workbook} · ${l.sheet}${at ? `!${at}` : ''}`;
}

/** A `#RRGGBB` colour from user data, or the fallback (no CSS from cells reaches the page). */
export function safeColor(hex: string | null | undefined, fallback = '#FFFFFF'): string {
  return hex && /^#[0-9a-f]{6}$/i.test(hex.trim()) ? hex.trim().toUpperCase() : fallback;
}
