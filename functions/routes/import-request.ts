/**
 * The request of POST /api/import: exactly one workbook, as a multipart upload (field "files" or
 * "file", optional text field "mapping" holding the ImportMapping JSON) or as JSON
 * `{ workbooks: [WorkbookSnapshot], mapping? }`. A bad mapping is a 400 naming the sheet and
 * column (the same sentence `isms import --map` prints).
 */
import type { Context } from 'hono';
import type { WorkbookSnapshot } from '../../shared/grid';
import { parseImportMapping, type ImportMapping } from '../../shared/import';
import { collectUploads } from '../http/collect-uploads';
import type { DecodeDeps } from '../http/decode-workbooks';
import { ACCEPTED_MEDIA_TYPES } from '../http/decode-workbooks';
import { readWorkbooksJson } from '../http/parse-json-body';
import { ProblemError } from '../http/problem';
import { readUpload } from '../http/read-upload';
import { readFormData } from '../http/multipart';

export type ImportRequest = {
  readonly snapshot: WorkbookSnapshot;
  readonly mapping: ImportMapping | undefined;
  /** The uploaded bytes (multipart only): a canonical workbook is returned as it came. */
  readonly original: Uint8Array | null;
};

export async function decodeImportRequest(c: Context, deps: DecodeDeps): Promise<ImportRequest> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === 'multipart/form-data') return fromMultipart(c.req.raw, deps);
  if (mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType))
    return fromJson(c.req.raw);
  throw new ProblemError(
    'unsupported-media-type',
    `${mediaType ? `Content-Type ${mediaType} is not accepted` : 'The request has no Content-Type'}; send multipart/form-data with one xlsx or csv file under "files" (and optionally "mapping"), or application/json { "workbooks": [snapshot], "mapping"? }.`,
    [
      {
        field: 'header.content-type',
        detail: `expected one of ${ACCEPTED_MEDIA_TYPES.join(', ')}`,
      },
    ],
    { accept: ACCEPTED_MEDIA_TYPES.join(', ') },
  );
}

async function fromMultipart(request: Request, deps: DecodeDeps): Promise<ImportRequest> {
  // The form is read twice (files by the shared collector, then the mapping field): clone first.
  const copy = request.clone();
  const { uploads } = await collectUploads(request, deps.limits);
  if (uploads.length !== 1) throw oneWorkbook(uploads.length);
  const field = (await readFormData(copy)).get('mapping');
  if (field !== null && typeof field !== 'string')
    throw badMapping('the form field "mapping" must be JSON text, not a file');
  const mapping = field === null || field.trim() === '' ? undefined : mappingOf(parseText(field));
  const decoded = readUpload(uploads[0], deps.services);
  return { snapshot: decoded.snapshot, mapping, original: uploads[0].bytes };
}

async function fromJson(request: Request): Promise<ImportRequest> {
  const { body, json } = await readWorkbooksJson(
    request,
    '{ "workbooks": [ WorkbookSnapshot ], "mapping"? }',
  );
  if (body.workbooks.length !== 1) throw oneWorkbook(body.workbooks.length);
  const raw = (json as { mapping?: unknown }).mapping;
  return {
    snapshot: body.workbooks[0],
    mapping: raw === undefined || raw === null ? undefined : mappingOf(raw),
    original: null,
  };
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badMapping(`not valid JSON (${err instanceof Error ? err.message : 'syntax error'})`);
  }
}

function mappingOf(json: unknown): ImportMapping {
  const checked = parseImportMapping(json);
  if (!checked.ok) throw badMapping(checked.error);
  return checked.mapping;
}

function badMapping(why: string): ProblemError {
  return new ProblemError('bad-request', `The import mapping is invalid: ${why}.`, [
    { field: 'mapping', pointer: '/mapping', detail: why },
  ]);
}

function oneWorkbook(n: number): ProblemError {
  return new ProblemError(
    'bad-request',
    `import converts one workbook at a time; ${n} were sent.`,
    [{ field: 'files', detail: 'exactly one workbook' }],
  );
}
