/**
 * Which gap-report format a request wants: `?format=json|html|xlsx` wins, else the Accept header
 * (the xlsx media type, text/html, JSON), else JSON.
 */
import { ProblemError } from './problem';

export const REPORT_FORMATS = ['json', 'html', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function reportFormat(query: string | undefined, accept: string | undefined): ReportFormat {
  if (query !== undefined && query !== '') {
    const f = query.toLowerCase();
    if ((REPORT_FORMATS as readonly string[]).includes(f)) return f as ReportFormat;
    throw new ProblemError(
      'bad-request',
      `format must be one of ${REPORT_FORMATS.join(', ')}; got "${query.slice(0, 20)}".`,
      [{ field: 'query.format', detail: `expected ${REPORT_FORMATS.join(' | ')}` }],
    );
  }
  const a = (accept ?? '').toLowerCase();
  if (a.includes(XLSX_MEDIA_TYPE)) return 'xlsx';
  if (a.includes('text/html')) return 'html';
  return 'json';
}
