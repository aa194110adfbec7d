/**
 * Request → workbooks: multipart/form-data uploads (field "files", also "file") or the JSON body
 * `{ workbooks: WorkbookSnapshot[], asOf? }`. Every refusal is a ProblemError naming the file or
 * field; nothing is read before the count and size limits pass.
 */
import type { Context } from 'hono';
import { snapshotFindings } from '../../readers';
import type { Limits } from './limits';
import type { Services } from './services';
import { ProblemError } from './problem';
import { resolveAsOf } from './as-of';
import { readUpload, type DecodedWorkbook } from './read-upload';
import { collectUploads } from './collect-uploads';
import { parseJsonBody } from './parse-json-body';

export type DecodedRequest = {
  readonly workbooks: readonly DecodedWorkbook[];
  readonly asOf: string;
};

export type DecodeDeps = {
  readonly limits: Limits;
  readonly now: () => Date;
  readonly services: Pick<Services, 'readWorkbook'>;
};

export const ACCEPTED_MEDIA_TYPES = ['multipart/form-data', 'application/json'] as const;

export async function decodeWorkbooks(c: Context, deps: DecodeDeps): Promise<DecodedRequest> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const queryAsOf = { field: 'query.asOf', value: c.req.query('asOf') };
  // A bad ?asOf= is refused before any workbook is read.
  if (queryAsOf.value) resolveAsOf([queryAsOf], deps.now);
  if (mediaType === 'multipart/form-data') {
    const { uploads, asOf } = await collectUploads(c.req.raw, deps.limits);
    const workbooks = uploads.map((u) => readUpload(u, deps.services));
    return { workbooks, asOf: resolveAsOf([queryAsOf, { field: 'asOf', value: asOf }], deps.now) };
  }
  if (mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType)) {
    const body = await parseJsonBody(c.req.raw, deps.limits);
    // Duplicate sheet names and tables on absent sheets: findings, as the xlsx reader reports them.
    const workbooks = body.workbooks.map((snapshot) => ({
      snapshot,
      readFindings: snapshotFindings(snapshot),
    }));
    return {
      workbooks,
      asOf: resolveAsOf([queryAsOf, { field: 'asOf', value: body.asOf }], deps.now),
    };
  }
  throw new ProblemError(
    'unsupported-media-type',
    mediaType === ''
      ? 'The request has no Content-Type; send multipart/form-data with xlsx or csv files under "files", or application/json { "workbooks": [...] }.'
      : `Content-Type ${mediaType} is not accepted; send multipart/form-data with xlsx or csv files under "files", or application/json { "workbooks": [...] }.`,
    [
      {
        field: 'header.content-type',
        detail: `expected one of ${ACCEPTED_MEDIA_TYPES.join(', ')}`,
      },
    ],
    { accept: ACCEPTED_MEDIA_TYPES.join(', ') },
  );
}
