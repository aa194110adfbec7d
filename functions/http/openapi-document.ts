/**
 * The OpenAPI 3.1 description served at /api/openapi.json, generated from the same zod schemas
 * that validate the requests (z.toJSONSchema emits JSON Schema 2020-12, OpenAPI 3.1's dialect).
 */
// Namespace import: esbuild then tree-shakes zod (the named `z` pulls in every locale, ~750 KB).
import * as z from 'zod';
import type { Limits } from './limits';
import { formatBytes } from './limits';
import { XLSX_MEDIA_TYPE } from './report-format';
import { REPORT_COMPONENTS, reportPaths } from './openapi-reports';
import { workbooksBodySchema, workbookSnapshotSchema } from './workbook-schema';
import * as s from './openapi-schemas';

type Json = Record<string, unknown>;

function componentSchemas(): Json {
  const registry = z.registry<{ id: string }>();
  const named: Record<string, z.ZodType> = {
    WorkbooksBody: workbooksBodySchema,
    WorkbookSnapshot: workbookSnapshotSchema,
    Finding: s.findingSchema,
    FindingSummary: s.findingSummarySchema,
    ValidateResponse: s.validateResponseSchema,
    CheckResponse: s.checkResponseSchema,
    GapReport: s.gapReportSchema,
    Readiness: s.readinessSchema,
    Health: s.healthSchema,
    Problem: s.problemSchema,
  };
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
    unrepresentable: 'any',
  });
  const schemas: Json = {};
  for (const [id, schema] of Object.entries(out.schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Json;
    schemas[id] = rest;
  }
  return schemas;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

function workbookRequestBody(limits: Limits): Json {
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['files'],
          properties: {
            files: {
              type: 'array',
              maxItems: limits.maxFiles,
              items: { type: 'string', format: 'binary' },
            },
            asOf: { type: 'string', format: 'date' },
          },
        },
        encoding: {
          files: {
            contentType: `${XLSX_MEDIA_TYPE}, application/vnd.ms-excel.sheet.macroEnabled.12, text/csv`,
          },
        },
      },
      'application/json': { schema: ref('WorkbooksBody') },
    },
    description: `xlsx/xlsm or csv files under "files" (also "file"): at most ${limits.maxFiles} files, ${formatBytes(limits.maxFileBytes)} each, ${formatBytes(limits.maxTotalBytes)} in all; or the JSON workbook snapshots the add-in reads.`,
  };
}

const ERROR_RESPONSES = {
  '400': problem(
    'No files, an empty file, a bad asOf/format, or a JSON body that violates the schema (errors[] gives each pointer)',
  ),
  '401': problem('Bearer token missing or invalid (only when Entra ID validation is configured)'),
  '403': problem('A cross-site browser request from an origin not in CORS_ORIGINS (CSRF)'),
  '413': problem('Too many files, a file or the request too large'),
  '415': problem('Content-Type is neither multipart/form-data nor application/json'),
  '422': problem(
    'A file is not a readable workbook: not xlsx, legacy xls, encrypted, truncated (errors[].file names it)',
  ),
  '500': problem('Unexpected error (no internals disclosed)'),
  '503': problem('Local server: its worker queue is full (Retry-After says when to try again)'),
  '504': problem('Local server: the request ran over its time budget and was stopped'),
};

const AS_OF_PARAM = {
  name: 'asOf',
  in: 'query',
  required: false,
  description: 'Date that "today" means for overdue checks; default: today on the server',
  schema: { type: 'string', format: 'date' },
};

function workbookOperation(
  limits: Limits,
  summary: string,
  ok: Json,
  extraParams: Json[] = [],
): Json {
  return {
    post: {
      summary,
      parameters: [AS_OF_PARAM, ...extraParams],
      requestBody: workbookRequestBody(limits),
      responses: { '200': ok, ...ERROR_RESPONSES },
    },
  };
}

const json = (id: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
});

/** The user-editable mapping of POST /api/import (docs/import.md; `isms import --json` prints one). */
const IMPORT_MAPPING: Json = {
  type: 'object',
  required: ['sheets'],
  properties: {
    version: { const: 1 },
    sheets: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['kind', 'headerRow'],
        properties: {
          kind: { enum: ['risks', 'soa', 'assets', 'clauses', 'other'] },
          headerRow: { type: 'integer', minimum: 1 },
          headerRows: { type: 'integer', minimum: 1 },
          columns: {
            type: 'object',
            description: 'Column letter or header label → canonical field key, or "ignore"',
            additionalProperties: { type: 'string' },
          },
        },
      },
    },
  },
};

function importOperation(limits: Limits): Json {
  return {
    post: {
      summary: 'Convert any ISO 27001 workbook into the canonical workbook (as isms import does)',
      requestBody: {
        required: true,
        description: `One xlsx/xlsm or csv file under "files" (at most ${formatBytes(limits.maxFileBytes)}) with an optional "mapping" field of ImportMapping JSON; or JSON with one snapshot.`,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['files'],
              properties: {
                files: { type: 'string', format: 'binary' },
                mapping: {
                  type: 'string',
                  contentMediaType: 'application/json',
                  description: 'ImportMapping JSON',
                },
              },
            },
          },
          'application/json': {
            schema: {
              type: 'object',
              required: ['workbooks'],
              properties: {
                workbooks: {
                  type: 'array',
                  minItems: 1,
                  maxItems: 1,
                  items: ref('WorkbookSnapshot'),
                },
                mapping: ref('ImportMapping'),
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description:
            'The canonical workbook: tables, an "Import Report" sheet and every original sheet ("Original - …"); a canonical upload comes back unchanged (x-import-canonical: true)',
          content: { [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
        },
        ...ERROR_RESPONSES,
        '400': problem(
          'No file, more than one workbook, a bad mapping (errors[].field = mapping), or a JSON body that violates the schema',
        ),
      },
    },
  };
}

const TEMPLATE_OPERATION: Json = {
  get: {
    summary: 'A new canonical ISMS workbook (as isms template does)',
    security: [{}],
    parameters: [
      {
        name: 'method',
        in: 'query',
        required: false,
        schema: { type: 'string', enum: ['product', 'sum', 'matrix'], default: 'product' },
        description: 'Risk score formula of the 5×5 methodology',
      },
    ],
    responses: {
      '200': {
        description: 'The template; content-disposition names isms-register-<method>.xlsx',
        content: { [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
      },
      '400': problem('Unknown method'),
      '500': problem('Unexpected error (no internals disclosed)'),
      '503': problem('Local server: its worker queue is full (Retry-After says when to try again)'),
      '504': problem('Local server: the request ran over its time budget and was stopped'),
    },
  },
};

export function buildOpenApiDocument(limits: Limits): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'ISMS workbook checks API',
      version: '0.1.0',
      description:
        'ISO/IEC 27001:2022 risk register and SoA checks across workbooks: validation, cross-workbook checks, readiness score, and the reports (gap report, management review pack, risk treatment plan, Statement of Applicability). Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: '/' }],
    security: [{}, { functionKey: [] }, { entraId: [] }],
    paths: {
      '/api/health': {
        get: {
          summary: 'Liveness and the upload limits',
          security: [{}],
          responses: { '200': json('Health', 'Service is up') },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          security: [{}],
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
        },
      },
      '/api/validate': workbookOperation(
        limits,
        'Validate each workbook on its own (RR-, SOA-, METH- rules)',
        json('ValidateResponse', 'Findings per workbook and overall'),
      ),
      '/api/check': workbookOperation(
        limits,
        'The set as one ISMS: ISMS-level rules once over the whole set, cross-workbook checks (XWB- rules) and the consolidated view',
        json('CheckResponse', 'The findings of the set'),
      ),
      ...reportPaths((summary, ok, extra) => workbookOperation(limits, summary, ok, extra)),
      '/api/readiness': workbookOperation(
        limits,
        'Certification readiness score',
        json('Readiness', 'Score, deductions, blockers, verdict'),
      ),
      '/api/import': importOperation(limits),
      '/api/template': TEMPLATE_OPERATION,
    },
    components: {
      schemas: { ...componentSchemas(), ...REPORT_COMPONENTS, ImportMapping: IMPORT_MAPPING },
      securitySchemes: {
        functionKey: {
          type: 'apiKey',
          in: 'header',
          name: 'x-functions-key',
          description: 'Azure Functions key (authLevel function); not needed on the local server',
        },
        entraId: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Entra ID access token with scope access_as_user, when AUTH_TENANTS/AUTH_AUDIENCE are set',
        },
      },
    },
  };
}
