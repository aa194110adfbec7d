/**
 * The request of POST /api/diff: the previous and the current cycle's workbooks, as JSON
 * `{ previous: WorkbookSnapshot[], current: WorkbookSnapshot[], asOf?, previousAsOf? }` or as a
 * multipart upload with the previous cycle's files under "previous" and the current ones under
 * "current" (or "files"). Count and size limits apply to both sides together, before any is read.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import { resolveAsOf } from '../http/as-of';
import { ACCEPTED_MEDIA_TYPES, type DecodeDeps } from '../http/decode-workbooks';
import { DEFAULT_LIMITS, formatBytes } from '../http/limits';
import { schemaProblem } from '../http/parse-json-body';
import { ProblemError } from '../http/problem';
import { readUpload } from '../http/read-upload';
import { isoDateSchema, MAX_JSON_CELLS, workbookSnapshotSchema } from '../http/workbook-schema';

export type DiffRequest = {
  readonly previous: readonly WorkbookSnapshot[];
  readonly current: readonly WorkbookSnapshot[];
  readonly asOf: string;
  readonly previousAsOf: string;
};

// Each cycle may hold as many workbooks as one request of the other routes.
const side = z.array(workbookSnapshotSchema).min(1).max(DEFAULT_LIMITS.maxFiles);
export const diffBodySchema = z
  .object({
    previous: side,
    current: side,
    asOf: isoDateSchema.optional(),
    previousAsOf: isoDateSchema.optional(),
  })
  .refine(
    (b) =>
      [...b.previous, ...b.current].reduce(
        (n, w) => n + w.sheets.reduce((m, s) => m + s.rows.reduce((k, r) => k + r.length, 0), 0),
        0,
      ) <= MAX_JSON_CELLS,
    { message: `at most ${MAX_JSON_CELLS} cells are accepted per request`, path: ['current'] },
  );

function bad(message: string, field: string, detail: string): ProblemError {
  return new ProblemError('bad-request', message, [{ field, detail }]);
}

async function fromJson(c: Context, deps: DecodeDeps): Promise<DiffRequest> {
  const text = await c.req.raw.text();
  if (text.trim() === '')
    throw new ProblemError(
      'no-files',
      'The request body is empty: send { "previous": [...], "current": [...] }.',
      [{ field: 'previous', pointer: '/previous', detail: 'required' }],
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : 'syntax error';
    throw bad(`The request body is not valid JSON (${why}).`, 'body', why);
  }
  const parsed = diffBodySchema.safeParse(json);
  if (!parsed.success) throw schemaProblem(parsed.error.issues);
  const b = parsed.data;
  const query = c.req.query('asOf');
  const asOf = resolveAsOf(
    [
      { field: 'query.asOf', value: query },
      { field: 'asOf', value: b.asOf },
    ],
    deps.now,
  );
  const previousAsOf = b.previousAsOf ?? asOf;
  return { previous: b.previous, current: b.current, asOf, previousAsOf };
}

type Part = Exclude<ReturnType<FormData['get']>, string | null>;

function checkFiles(previous: readonly Part[], current: readonly Part[], deps: DecodeDeps): void {
  const { maxFiles, maxFileBytes, maxTotalBytes } = deps.limits;
  const files = [...previous, ...current];
  if (previous.length > maxFiles || current.length > maxFiles)
    throw new ProblemError(
      'payload-too-large',
      `${Math.max(previous.length, current.length)} files were uploaded for one cycle; at most ${maxFiles} are accepted per cycle.`,
      [{ field: 'files', detail: `at most ${maxFiles} files per cycle` }],
    );
  const big = files.find((f) => f.size > maxFileBytes);
  if (big)
    throw new ProblemError(
      'payload-too-large',
      `${big.name}: larger than ${formatBytes(maxFileBytes)}, the limit per file.`,
      [{ file: big.name, detail: `${formatBytes(big.size)} exceeds ${formatBytes(maxFileBytes)}` }],
    );
  if (files.reduce((n, f) => n + f.size, 0) > maxTotalBytes)
    throw new ProblemError(
      'payload-too-large',
      `The files are larger than ${formatBytes(maxTotalBytes)} together.`,
      [{ field: 'files', detail: `at most ${formatBytes(maxTotalBytes)} in all` }],
    );
}

async function fromMultipart(c: Context, deps: DecodeDeps): Promise<DiffRequest> {
  let form: FormData;
  try {
    form = await c.req.raw.formData();
  } catch {
    throw bad(
      'The multipart/form-data body is malformed (missing boundary or truncated part).',
      'body',
      'could not parse multipart/form-data',
    );
  }
  const files = (field: string) =>
    form.getAll(field).filter((v): v is Part => typeof v !== 'string');
  const previous = files('previous');
  const current = [...files('current'), ...files('files')];
  if (previous.length === 0 || current.length === 0)
    throw new ProblemError(
      'no-files',
      'Send the previous cycle\'s workbooks under "previous" and the current ones under "current".',
      [
        {
          field: previous.length === 0 ? 'previous' : 'current',
          detail: 'at least one file is required',
        },
      ],
    );
  checkFiles(previous, current, deps);
  const read = async (f: Part) =>
    readUpload(
      { name: f.name || 'upload.xlsx', type: f.type, bytes: new Uint8Array(await f.arrayBuffer()) },
      deps.services,
    ).snapshot;
  const asOfField = form.get('asOf');
  const asOf = resolveAsOf(
    [
      { field: 'query.asOf', value: c.req.query('asOf') },
      { field: 'asOf', value: typeof asOfField === 'string' ? asOfField : undefined },
    ],
    deps.now,
  );
  const prevField = form.get('previousAsOf');
  const previousAsOf =
    typeof prevField === 'string' && prevField !== ''
      ? resolveAsOf([{ field: 'previousAsOf', value: prevField }], deps.now)
      : asOf;
  return {
    previous: await Promise.all(previous.map(read)),
    current: await Promise.all(current.map(read)),
    asOf,
    previousAsOf,
  };
}

export async function decodeDiffRequest(c: Context, deps: DecodeDeps): Promise<DiffRequest> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === 'multipart/form-data') return fromMultipart(c, deps);
  if (mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType))
    return fromJson(c, deps);
  throw new ProblemError(
    'unsupported-media-type',
    `${mediaType ? `Content-Type ${mediaType} is not accepted` : 'The request has no Content-Type'}; send multipart/form-data with files under "previous" and "current", or application/json { "previous": [...], "current": [...] }.`,
    [
      {
        field: 'header.content-type',
        detail: `expected one of ${ACCEPTED_MEDIA_TYPES.join(', ')}`,
      },
    ],
    { accept: ACCEPTED_MEDIA_TYPES.join(', ') },
  );
}
