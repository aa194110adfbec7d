/**
 * The report routes of the OpenAPI document, generated from the report catalogue: one POST
 * operation per kind, its `format` parameter and 200 content types listing exactly the kind's
 * formats, the JSON body referring to the kind's component schema.
 */
import { FORMAT_INFO, REPORT_KIND_IDS, REPORT_KINDS, type ReportKind } from '../../shared/reports';

type Json = Record<string, unknown>;

/** Component schema of each kind's JSON body. */
export const REPORT_SCHEMA_IDS: Readonly<Record<ReportKind, string>> = {
  'gap-report': 'GapReport',
  'review-pack': 'ReviewPack',
  'treatment-plan': 'TreatmentPlan',
  'soa-report': 'SoaReport',
};

/** The kinds' JSON bodies described and linked to their types (the gap report's comes from zod). */
export const REPORT_COMPONENTS: Json = {
  ReviewPack: {
    type: 'object',
    description:
      'Management review pack (shared/review/types.ts): summary, previousActions (9.3.2 a), changes (b, c), performance (d), feedback (e), risk (f), improvement (g), decisions (9.3.3)',
  },
  TreatmentPlan: {
    type: 'object',
    description:
      'Risk treatment plan (shared/treatment/types.ts): rows per risk above the threshold or modified, with controls, actions, owners, due dates, residual, approval, overdue and unowned flags',
  },
  SoaReport: {
    type: 'object',
    description:
      'Statement of Applicability (shared/soa-report/types.ts): documentControl from tblDocuments, 93 rows with applicability, justification, status, evidence, linked risks',
  },
};

export function reportPaths(
  operation: (summary: string, ok: Json, extraParams: Json[]) => Json,
): Json {
  const paths: Json = {};
  for (const kind of REPORT_KIND_IDS) {
    const info = REPORT_KINDS[kind];
    const formats = [...info.formats];
    const content: Json = {};
    for (const f of formats)
      content[FORMAT_INFO[f].mediaType] =
        f === 'json'
          ? { schema: { $ref: `#/components/schemas/${REPORT_SCHEMA_IDS[kind]}` } }
          : { schema: f === 'html' ? { type: 'string' } : { type: 'string', format: 'binary' } };
    paths[`/api/${kind}`] = operation(
      `${info.title} as ${formats.join(', ')}`,
      { description: `${info.about} content-disposition names the file.`, content },
      [
        {
          name: 'format',
          in: 'query',
          required: false,
          schema: { type: 'string', enum: formats },
          description: 'Overrides the Accept header; default json',
        },
      ],
    );
  }
  return paths;
}
