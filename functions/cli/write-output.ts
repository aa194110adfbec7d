/**
 * Writing a command's output file (isms template, import, gap-report) so that nothing is ever
 * half-written: the bytes go to a temporary file beside the target, which is then renamed over it.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function codeOf(e: unknown): string | undefined {
  return (e as { code?: string }).code;
}

/**
 * Writes `data` beside `path` and renames it into place (replacing an existing file). The
 * temporary file is created exclusively, so a stray one that is not ours is never clobbered,
 * and it is removed again when the write or the rename fails.
 */
export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    if (codeOf(e) !== 'EEXIST') await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * Never replaces an existing file unless `force`; with it, writes atomically. Returns 'ok' or a
 * one-line reason the CLI prints after the file name.
 */
export async function saveOutput(
  path: string,
  bytes: Uint8Array,
  force: boolean,
): Promise<'ok' | string> {
  try {
    if (force) await writeAtomically(path, bytes);
    else await writeFile(path, bytes, { flag: 'wx' });
    return 'ok';
  } catch (e) {
    const code = codeOf(e);
    if (code === 'EEXIST') return 'already exists; nothing was written (use --force to replace it)';
    if (code === 'ENOENT') return 'cannot write there: the folder does not exist';
    if (code === 'EACCES' || code === 'EPERM') return 'cannot write there: permission denied';
    if (code === 'EISDIR') return 'is a folder';
    return `cannot write the file (${code ?? String(e)})`;
  }
}
