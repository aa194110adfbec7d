/**
 * Which format a report request wants, from the report catalogue (shared/reports/report-kinds.ts):
 * `?format=` wins (one of the kind's formats), else the Accept header (the first of the kind's
 * non-JSON media types it names), else JSON.
 */
import { ProblemError } from './problem';
import { FORMAT_INFO, formatsOf, type ReportFormat, type ReportKind } from '../../shared/reports';

export type { ReportFormat } from '../../shared/reports';

/** The gap report's formats (kept for callers of the first version of this module). */
export const REPORT_FORMATS = formatsOf('gap-report');

export const XLSX_MEDIA_TYPE = FORMAT_INFO.xlsx.mediaType;

export function reportFormat(
  query: string | undefined,
  accept: string | undefined,
  kind: ReportKind = 'gap-report',
): ReportFormat {
  const formats = formatsOf(kind);
  if (query !== undefined && query !== '') {
    const f = query.toLowerCase();
    if ((formats as readonly string[]).includes(f)) return f as ReportFormat;
    throw new ProblemError(
      'bad-request',
      `format must be one of ${formats.join(', ')}; got "${query.slice(0, 20)}".`,
      [{ field: 'query.format', detail: `expected ${formats.join(' | ')}` }],
    );
  }
  const a = (accept ?? '').toLowerCase();
  return formats.find((f) => f !== 'json' && a.includes(FORMAT_INFO[f].mediaType)) ?? 'json';
}
