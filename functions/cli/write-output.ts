/**
 * Writing a command's output file (isms template, import, gap-report, and every future command
 * that writes: review-pack, treatment-plan, soa-report, diff) so that nothing is ever
 * half-written: the bytes go to a temporary file in the target folder, are fsynced, and only
 * then take the final name — by a hard link that fails if the name exists (no --force: an
 * existing file is never replaced, even one created meanwhile) or by a rename over it (--force).
 * The temp file is removed on any failure and on SIGINT/SIGTERM (temp-files.ts).
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { release, track } from './temp-files';

/** What a writer produces: bytes, text, or chunks (so a big output need not sit in memory). */
export type OutputData = Uint8Array | string | AsyncIterable<Uint8Array>;

const EXISTS = 'already exists; nothing was written (use --force to replace it)';

function codeOf(e: unknown): string | undefined {
  return (e as { code?: string }).code;
}

/** `.report.xlsx.1234.9f2c…tmp` beside `report.xlsx`: hidden, ours alone, same file system. */
export function tempPathFor(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

async function writeTemp(tmp: string, data: OutputData): Promise<void> {
  const fh = await open(tmp, 'wx', 0o666);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await fh.writeFile(data);
    else for await (const chunk of data) await fh.write(chunk);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Best effort: makes the new directory entry durable too (not every platform can). */
async function syncFolder(path: string): Promise<void> {
  try {
    const fh = await open(dirname(path), 'r');
    await fh.sync().finally(() => fh.close());
  } catch {
    // Windows and some file systems cannot fsync a folder; the rename is still atomic.
  }
}

/** Gives the temp file the final name without replacing anything (hard link, else a checked rename). */
async function claim(tmp: string, path: string): Promise<void> {
  try {
    await link(tmp, path);
    return;
  } catch (e) {
    const code = codeOf(e);
    if (code === 'EEXIST') throw e;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
  }
  // A file system without hard links (FAT, some network shares): check, then rename.
  const exists = await lstat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
  await rename(tmp, path);
}

/**
 * Writes `data` to `path` atomically; throws the file system error (EEXIST when `path` exists
 * and `replace` is false). Never leaves the temp file behind, whatever happens.
 */
export async function writeFileAtomically(
  path: string,
  data: OutputData,
  replace: boolean,
): Promise<void> {
  const tmp = tempPathFor(path);
  track(tmp);
  try {
    await writeTemp(tmp, data);
    if (replace) await rename(tmp, path);
    else await claim(tmp, path);
    await syncFolder(path);
  } finally {
    await rm(tmp, { force: true }).catch(() => undefined);
    release(tmp);
  }
}

/** Replaces `path` (or creates it) atomically. */
export async function writeAtomically(path: string, data: OutputData): Promise<void> {
  await writeFileAtomically(path, data, true);
}

/**
 * Never replaces an existing file unless `force`; writes atomically either way. Returns 'ok' or
 * a one-line reason the CLI prints after the file name.
 */
export async function saveOutput(
  path: string,
  data: OutputData,
  force: boolean,
): Promise<'ok' | string> {
  try {
    await writeFileAtomically(path, data, force);
    return 'ok';
  } catch (e) {
    return writeFailure(codeOf(e) ?? String(e));
  }
}

/** The one-line reason for a failed write, from the file system's error code. */
export function writeFailure(code: string): string {
  if (code === 'EEXIST') return EXISTS;
  if (code === 'ENOENT') return 'cannot write there: the folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot write there: permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot write the file (${code})`;
}

/** True when `path` names something already (checked before a long render, to fail fast). */
export async function outputExists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
