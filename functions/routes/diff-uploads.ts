/**
 * The multipart form of POST /api/diff: the previous cycle's files under "previous", the current
 * ones under "current" (or "files"); at most `maxFiles` per cycle and the usual size limits,
 * checked before any file is read.
 */
import type { Context } from 'hono';
import { resolveAsOf } from '../http/as-of';
import type { DecodeDeps } from '../http/decode-workbooks';
import { formatBytes } from '../http/limits';
import { ProblemError } from '../http/problem';
import { readUpload } from '../http/read-upload';
import type { DiffRequest } from './diff-request';
import { readFormData } from '../http/multipart';

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

export async function fromMultipart(c: Context, deps: DecodeDeps): Promise<DiffRequest> {
  let form: FormData;
  try {
    form = await readFormData(c.req.raw);
  } catch {
    throw new ProblemError(
      'bad-request',
      'The multipart/form-data body is malformed (missing boundary or truncated part).',
      [{ field: 'body', detail: 'could not parse multipart/form-data' }],
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
