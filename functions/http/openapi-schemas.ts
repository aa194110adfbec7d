/**
 * zod schemas of the responses, for the OpenAPI document only (the routes return the core's own
 * types). Findings follow the PRODUCT.md `--json` contract exactly; the bigger report objects
 * are described and linked to their docs rather than repeated here.
 */
// Namespace import: esbuild then tree-shakes zod (the named `z` pulls in every locale, ~750 KB).
import * as z from 'zod';
import { isoDateSchema } from './workbook-schema';
import { PROBLEM_KINDS, problemType } from './problem';

export const findingSchema = z.object({
  rule: z.string().meta({ examples: ['RR-REQUIRED', 'XWB-DUP-RISK-ID'] }),
  severity: z
    .enum(['major', 'minor', 'observation', 'not-checked'])
    .describe(
      'An auditor grade, or not-checked for a tool or format problem (never a nonconformity)',
    ),
  workbook: z.string(),
  sheet: z.string().nullable(),
  cell: z.string().nullable().describe('A1 address, or null for a whole table or workbook'),
  row: z.number().int().nullable().describe('1-based Excel row, or null'),
  message: z.string().describe('One sentence in auditor language citing the clause or control'),
});

export const findingSummarySchema = z.object({
  total: z.number().int(),
  major: z.number().int(),
  minor: z.number().int(),
  observation: z.number().int(),
  notChecked: z.number().int(),
  byRule: z.record(z.string(), z.number().int()),
});

const heatMapsSchema = z
  .looseObject({ inherent: z.looseObject({}), residual: z.looseObject({}) })
  .nullable()
  .describe(
    'Inherent and residual heat maps (shared/model/assessment.ts HeatMap), null without a methodology',
  );

export const validateResponseSchema = z.object({
  asOf: isoDateSchema,
  findings: z.array(findingSchema),
  summary: findingSummarySchema,
  workbooks: z.array(
    z.object({
      name: z.string(),
      findings: z.array(findingSchema),
      summary: findingSummarySchema,
      heatMaps: heatMapsSchema,
      soaProgress: z
        .looseObject({})
        .nullable()
        .describe('SoA implementation progress by theme, null without an SoA'),
    }),
  ),
});

export const checkResponseSchema = z.object({
  asOf: isoDateSchema,
  workbooks: z.array(z.string()),
  findings: z
    .array(findingSchema)
    .describe(
      'ISMS-level findings (ISMS-*, DOC-MISSING) of the whole set, XWB-* findings, plus malformed CSV rows found while reading',
    ),
  summary: findingSummarySchema,
  consolidated: z
    .looseObject({
      methodology: z.looseObject({}).nullable(),
      rescaling: z.array(z.looseObject({})),
      risks: z.array(z.looseObject({})),
    })
    .describe(
      'Every risk of the set rescored on one methodology, with the rescaling stated (shared/cross/types.ts)',
    ),
});

export const gapReportSchema = z
  .looseObject({})
  .describe(
    'Clause matrix 4.1–10.2, control gap register, remediation roadmap, resource estimate (shared/gaps/)',
  );

export const readinessSchema = z
  .looseObject({})
  .describe(
    'Readiness 0–100 overall and per area, itemised deductions, blockers, verdict (docs/readiness.md)',
  );

export const healthSchema = z.object({
  status: z.literal('ok'),
  limits: z.object({ maxFileBytes: z.number(), maxFiles: z.number(), maxTotalBytes: z.number() }),
});

export const problemSchema = z
  .object({
    type: z.enum(PROBLEM_KINDS.map(problemType) as [string, ...string[]]),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('The request path'),
    errors: z.array(
      z.object({
        detail: z.string(),
        file: z.string().optional().describe('The offending uploaded file'),
        field: z
          .string()
          .optional()
          .describe('The offending field (dot path, or query.x / header.x)'),
        pointer: z.string().optional().describe('JSON pointer (RFC 6901) into the JSON body'),
        reason: z
          .string()
          .optional()
          .describe(
            'Why a file could not be read: not_xlsx, legacy_xls, encrypted, truncated, empty, too_large',
          ),
      }),
    ),
  })
  .describe('RFC 9457 problem details');
