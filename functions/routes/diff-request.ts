/**
 * The request of POST /api/diff: the previous and the current cycle's workbooks, as JSON
 * `{ previous: WorkbookSnapshot[], current: WorkbookSnapshot[], asOf?, previousAsOf? }` or as a
 * multipart upload with the previous cycle's files under "previous" and the current ones under
 * "current" (or "files"; see diff-uploads.ts). At most `maxFiles` workbooks per cycle.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { WorkbookSnapshot } from '../../shared/grid';
import { resolveAsOf } from '../http/as-of';
import { ACCEPTED_MEDIA_TYPES, type DecodeDeps } from '../http/decode-workbooks';
import { DEFAULT_LIMITS } from '../http/limits';
import { schemaProblem } from '../http/parse-json-body';
import { ProblemError } from '../http/problem';
import { fromMultipart } from './diff-uploads';
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
