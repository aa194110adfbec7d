import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveOutput, writeAtomically } from '../../../functions/cli/write-output';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isms-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (s: string) => new TextEncoder().encode(s);

describe('writeAtomically', () => {
  it('replaces an existing file and leaves no temporary file behind', async () => {
    const path = join(dir, 'report.json');
    await writeFile(path, 'old');
    await writeAtomically(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('throws and cleans up when the folder does not exist', async () => {
    await expect(writeAtomically(join(dir, 'missing', 'r.json'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('saveOutput', () => {
  it('refuses to replace an existing file without force, and says so', async () => {
    const path = join(dir, 'out.xlsx');
    await writeFile(path, 'keep');
    expect(await saveOutput(path, bytes('new'), false)).toBe(
      'already exists; nothing was written (use --force to replace it)',
    );
    expect(await readFile(path, 'utf8')).toBe('keep');
  });

  it('replaces an existing file with force', async () => {
    const path = join(dir, 'out.xlsx');
    await writeFile(path, 'old');
    expect(await saveOutput(path, bytes('new'), true)).toBe('ok');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.xlsx']);
  });

  it('names a missing folder and a folder in place of the file', async () => {
    expect(await saveOutput(join(dir, 'nope', 'out.xlsx'), bytes('x'), false)).toBe(
      'cannot write there: the folder does not exist',
    );
    expect(await saveOutput(dir, bytes('x'), false)).toBe(
      'already exists; nothing was written (use --force to replace it)',
    );
  });
});

describe('saveOutput with streamed data (the helper every writing command shares)', () => {
  async function* chunks(during?: () => Promise<void>, fail = false): AsyncIterable<Uint8Array> {
    yield bytes('first ');
    await during?.();
    if (fail) throw new Error('renderer failed');
    yield bytes('second');
  }

  it('writes every chunk and leaves only the final file', async () => {
    const path = join(dir, 'r.html');
    expect(await saveOutput(path, chunks(), false)).toBe('ok');
    expect(await readFile(path, 'utf8')).toBe('first second');
    expect(await readdir(dir)).toEqual(['r.html']);
  });

  it('removes the temp file when producing the data fails, and writes nothing', async () => {
    const path = join(dir, 'r.html');
    await expect(saveOutput(path, chunks(undefined, true), false)).resolves.toMatch(
      /renderer failed|cannot write/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('never replaces a file that appeared while it was writing (no --force)', async () => {
    const path = join(dir, 'r.html');
    const appear = () => writeFile(path, 'theirs');
    expect(await saveOutput(path, chunks(appear), false)).toBe(
      'already exists; nothing was written (use --force to replace it)',
    );
    expect(await readFile(path, 'utf8')).toBe('theirs');
    expect(await readdir(dir)).toEqual(['r.html']);
  });
});
