/**
 * The files of a multipart/form-data request, checked against the limits before any is read:
 * at most `maxFiles` files, each at most `maxFileBytes`, together at most `maxTotalBytes`, none
 * empty. Files travel under "files" (repeatable), "files[]" or "file"; "asOf" may ride along.
 */
import type { Limits } from './limits';
import type { Upload } from './read-upload';
import { formatBytes } from './limits';
import { ProblemError } from './problem';
import { readFormData } from './multipart';

export const FILE_FIELDS = ['files', 'files[]', 'file'] as const;

export type CollectedUploads = {
  readonly uploads: readonly Upload[];
  readonly asOf: string | undefined;
};

export async function collectUploads(request: Request, limits: Limits): Promise<CollectedUploads> {
  const form = await readForm(request);
  const files: File[] = [];
  for (const field of FILE_FIELDS) {
    for (const v of form.getAll(field)) {
      if (typeof v === 'string') {
        throw new ProblemError(
          'bad-request',
          `Form field "${field}" must carry a file upload, not text.`,
          [{ field, detail: 'expected a file part (curl -F files=@register.xlsx)' }],
        );
      }
      files.push(v);
    }
  }
  if (files.length === 0) throw noFiles([...form.keys()]);
  checkSizes(files, limits);
  const uploads = await Promise.all(
    files.map(async (f) => ({
      name: fileName(f),
      type: f.type,
      bytes: new Uint8Array(await f.arrayBuffer()),
    })),
  );
  const asOf = form.get('asOf');
  return { uploads, asOf: typeof asOf === 'string' ? asOf : undefined };
}

async function readForm(request: Request): Promise<FormData> {
  try {
    return await readFormData(request);
  } catch {
    throw new ProblemError(
      'bad-request',
      'The multipart/form-data body is malformed (missing boundary or truncated part).',
      [{ field: 'body', detail: 'could not parse multipart/form-data' }],
    );
  }
}

function fileName(f: File): string {
  return f.name && f.name.trim() !== '' ? f.name : 'upload.xlsx';
}

function noFiles(fields: readonly string[]): ProblemError {
  const got = fields.length ? `; the form had ${fields.map((f) => `"${f}"`).join(', ')}` : '';
  return new ProblemError(
    'no-files',
    `No workbook was uploaded: send xlsx or csv files under the form field "files"${got}.`,
    [{ field: 'files', detail: 'at least one file is required' }],
  );
}

function checkSizes(files: readonly File[], limits: Limits): void {
  if (files.length > limits.maxFiles) {
    throw new ProblemError(
      'payload-too-large',
      `${files.length} files were uploaded; at most ${limits.maxFiles} are accepted per request.`,
      [{ field: 'files', detail: `at most ${limits.maxFiles} files` }],
    );
  }
  const tooBig = files.filter((f) => f.size > limits.maxFileBytes);
  if (tooBig.length > 0) {
    throw new ProblemError(
      'payload-too-large',
      `${tooBig.map(fileName).join(', ')}: larger than ${formatBytes(limits.maxFileBytes)}, the limit per file.`,
      tooBig.map((f) => ({
        file: fileName(f),
        detail: `${formatBytes(f.size)} exceeds ${formatBytes(limits.maxFileBytes)}`,
      })),
    );
  }
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > limits.maxTotalBytes) {
    throw new ProblemError(
      'payload-too-large',
      `The files total ${formatBytes(total)}; at most ${formatBytes(limits.maxTotalBytes)} are accepted per request.`,
      [{ field: 'files', detail: `total exceeds ${formatBytes(limits.maxTotalBytes)}` }],
    );
  }
  const empty = files.filter((f) => f.size === 0);
  if (empty.length > 0) {
    throw new ProblemError(
      'empty-file',
      `${empty.map(fileName).join(', ')}: empty file, nothing to read.`,
      empty.map((f) => ({ file: fileName(f), detail: 'the file has 0 bytes' })),
    );
  }
}
