/**
 * @module reports — the catalogue of the report kinds every host offers and the formats each is
 * written in: ONE table read by the CLI (`--out` extension → format), the API (`?format=` and
 * Accept), the OpenAPI document and the task pane's Reports panel. Pure data: the writers
 * themselves are registered beside it in functions/reports/report-writers.ts, whose type makes a
 * format listed here without a writer a compile error.
 */

/** How one format travels: its media type and its file extension (without the dot). */
export type FormatInfo = {
  readonly mediaType: string;
  readonly extension: string;
  /** Extra extensions the CLI accepts for it (`htm`). */
  readonly aliases?: readonly string[];
  /** Shown on the pane's buttons. */
  readonly label: string;
};

export const FORMAT_INFO = {
  json: { mediaType: 'application/json', extension: 'json', label: 'JSON' },
  html: { mediaType: 'text/html', extension: 'html', aliases: ['htm'], label: 'HTML' },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    label: 'Excel',
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
    label: 'Slides',
  },
  csv: { mediaType: 'text/csv', extension: 'csv', label: 'CSV' },
} as const satisfies Readonly<Record<string, FormatInfo>>;

export type ReportFormat = keyof typeof FORMAT_INFO;

/** One report kind: its route and command name, its title, and its formats (the first is the CLI's example). */
export type ReportKindInfo = {
  readonly title: string;
  /** One line: what the reader gets. */
  readonly about: string;
  readonly formats: readonly ReportFormat[];
};

export const REPORT_KINDS = {
  'gap-report': {
    title: 'Gap report',
    about:
      'Clause conformance matrix, control gaps with their risks, a dated remediation roadmap, effort estimate, findings and readiness.',
    formats: ['xlsx', 'html', 'json'],
  },
  'review-pack': {
    title: 'Management review pack',
    about:
      'The ISO/IEC 27001 9.3 management review: summary, inputs a) to g), and the decisions page (9.3.3).',
    formats: ['pptx', 'html', 'xlsx', 'json'],
  },
  'treatment-plan': {
    title: 'Risk treatment plan',
    about:
      'Per risk above the acceptance threshold or being modified: controls, actions, owners, due dates, residual risk and approval (6.1.3 e, 8.3).',
    formats: ['xlsx', 'html', 'json', 'csv'],
  },
  'soa-report': {
    title: 'Statement of Applicability',
    about:
      'The formal SoA document: document control, all 93 Annex A controls with applicability, justification, status, evidence and linked risks (6.1.3 d).',
    formats: ['xlsx', 'html', 'json'],
  },
} as const satisfies Readonly<Record<string, ReportKindInfo>>;

export type ReportKind = keyof typeof REPORT_KINDS;
export type FormatOf<K extends ReportKind> = (typeof REPORT_KINDS)[K]['formats'][number];

export const REPORT_KIND_IDS = Object.keys(REPORT_KINDS) as ReportKind[];

/** The formats of a kind, in catalogue order. */
export function formatsOf(kind: ReportKind): readonly ReportFormat[] {
  return REPORT_KINDS[kind].formats;
}

/** The format a file name asks for by its extension, or null when the kind has no such format. */
export function formatFromFileName(kind: ReportKind, fileName: string): ReportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (!ext) return null;
  const f = formatsOf(kind).find((x) => {
    const info: FormatInfo = FORMAT_INFO[x];
    return info.extension === ext || (info.aliases ?? []).includes(ext);
  });
  return f ?? null;
}

/**
 * A download name from the workbook's name and the date: `ISMS register – review-pack – 2026-12-01.pptx`
 * style, without characters file systems refuse.
 */
export function reportFileName(
  kind: ReportKind,
  format: ReportFormat,
  workbookNames: readonly string[],
  asOf: string,
): string {
  const first = (workbookNames[0] ?? '').replace(/\.(xlsx|xlsm|xls|csv)$/i, '');
  const safe = first
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  const more = workbookNames.length > 1 ? ` +${workbookNames.length - 1}` : '';
  const stem = safe ? `${safe}${more} ${kind}` : kind;
  return `${stem} ${asOf}.${FORMAT_INFO[format].extension}`;
}
