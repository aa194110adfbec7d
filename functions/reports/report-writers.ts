/**
 * The report-writer registry: for each report kind of the catalogue (shared/reports/report-kinds.ts)
 * its builder, the one-line summary the CLI prints, and one writer per listed format. The CLI,
 * the API routes, the OpenAPI document and (through the catalogue) the task pane all read this
 * table; a format listed in the catalogue without a writer here does not compile. Writers that
 * need exceljs or pptxgenjs load them on first use.
 */
import type { IsmsWorkbook } from '../../shared/model';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { ChangeItem } from '../../shared/diff';
import type { GapReport } from '../../shared/gaps';
import type { ReviewPack } from '../../shared/review';
import type { TreatmentPlan } from '../../shared/treatment';
import type { SoaReport } from '../../shared/soa-report';
import type { FormatOf, ReportFormat, ReportKind } from '../../shared/reports';
import { buildGapReport } from '../../shared/gaps';
import { readEffortOverrides } from '../../shared/gaps';
import { buildReviewPack } from '../../shared/review';
import { buildTreatmentPlan } from '../../shared/treatment';
import { buildSoaReport } from '../../shared/soa-report';
import { renderGapReportHtml } from './render-gap-report-html';
import { renderReviewPackHtml } from './review-pack/render-html';
import { renderTreatmentPlanHtml } from './treatment-plan/render-html';
import { renderSoaReportHtml } from './soa-report/render-html';
import { writeTreatmentPlanCsv } from './treatment-plan/write-csv';

/** What every builder gets: the parsed workbooks, their snapshots, the date, and the previous review's changes. */
export type ReportInput = {
  readonly workbooks: readonly IsmsWorkbook[];
  readonly snapshots: readonly WorkbookSnapshot[];
  readonly asOf: string;
  /** From `--previous` / the diff; null when no previous review was supplied. */
  readonly changes: readonly ChangeItem[] | null;
};

export type Written = Uint8Array | string;

type Entry<K extends ReportKind, M> = {
  readonly build: (input: ReportInput) => M;
  /** What the CLI prints after "Wrote FILE (format):". */
  readonly summary: (model: M) => string;
  readonly write: { readonly [F in FormatOf<K>]: (model: M) => Promise<Written> };
};

const json = async (model: unknown): Promise<Written> => `${JSON.stringify(model, null, 2)}\n`;
const sync =
  <M>(f: (m: M) => string) =>
  async (m: M): Promise<Written> =>
    f(m);

/** The model each kind's builder returns (its JSON format is this object). */
export type ReportModels = {
  readonly 'gap-report': GapReport;
  readonly 'review-pack': ReviewPack;
  readonly 'treatment-plan': TreatmentPlan;
  readonly 'soa-report': SoaReport;
};

export const REPORT_WRITERS: { readonly [K in ReportKind]: Entry<K, ReportModels[K]> } = {
  'gap-report': {
    build: (i) =>
      buildGapReport(i.workbooks, { asOf: i.asOf, effort: readEffortOverrides(i.snapshots) }),
    summary: (r) =>
      `${r.summary.clauses.Conformant}/30 clauses conformant, ${r.summary.controlGaps} control gap(s), ` +
      `${r.summary.personDays} person-day(s) estimated, ${r.summary.openAuditFindings} open audit finding(s)`,
    write: {
      json,
      html: sync(renderGapReportHtml),
      xlsx: async (r) => (await import('./write-gap-report-xlsx')).writeGapReportXlsx(r),
    },
  },
  'review-pack': {
    build: (i) => buildReviewPack(i.workbooks, { asOf: i.asOf, changes: i.changes }),
    summary: (p) =>
      `${p.summary.readiness.verdictLabel} (${p.summary.readiness.overall}/100), ${p.previousActions.length} review action(s), ` +
      `${p.performance.nonconformities.length} nonconformity(ies), ${p.decisions.length} decision(s) proposed`,
    write: {
      json,
      html: sync(renderReviewPackHtml),
      xlsx: async (p) => (await import('./review-pack/write-xlsx')).writeReviewPackXlsx(p),
      pptx: async (p) => (await import('./review-pack/write-pptx')).writeReviewPackPptx(p),
    },
  },
  'treatment-plan': {
    build: (i) => buildTreatmentPlan(i.workbooks, { asOf: i.asOf }),
    summary: (p) =>
      `${p.summary.inPlan} risk(s) in the plan, ${p.summary.overdue} overdue, ${p.summary.unowned} without an action owner`,
    write: {
      json,
      html: sync(renderTreatmentPlanHtml),
      xlsx: async (p) => (await import('./treatment-plan/write-xlsx')).writeTreatmentPlanXlsx(p),
      csv: sync(writeTreatmentPlanCsv),
    },
  },
  'soa-report': {
    build: (i) => buildSoaReport(i.workbooks, { asOf: i.asOf }),
    summary: (r) =>
      `${r.summary.controls} controls, ${r.summary.applicable} applicable, ${r.summary.implemented} implemented`,
    write: {
      json,
      html: sync(renderSoaReportHtml),
      xlsx: async (r) => (await import('./soa-report/write-xlsx')).writeSoaReportXlsx(r),
    },
  },
};

/**
 * Builds the report of `kind` and writes it in `format` (which must be one of the kind's formats:
 * callers check with `formatsOf` / `formatFromFileName` first). Returns the bytes or text and the
 * CLI's summary line.
 */
export async function produceReport(
  kind: ReportKind,
  format: ReportFormat,
  input: ReportInput,
): Promise<{ readonly output: Written; readonly summary: string }> {
  const entry = REPORT_WRITERS[kind] as unknown as Entry<ReportKind, unknown>;
  const write = (entry.write as Readonly<Record<string, (m: unknown) => Promise<Written>>>)[format];
  if (!write) throw new Error(`No ${format} writer for ${kind}`);
  const model = entry.build(input);
  return { output: await write(model), summary: entry.summary(model) };
}
