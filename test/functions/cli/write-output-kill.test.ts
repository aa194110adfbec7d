/**
 * Issue #11 item 6: killing `isms import` mid-write left a partial file under the final name
 * (which then blocked the re-run), and --force left a temp file behind. A child process is
 * killed while its write is in flight: nothing under the final name, no temp file, and the
 * re-run works. Then the real CLI: `isms import` killed as soon as its temp file appears.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../../readers';

const root = resolve(__dirname, '../../..');

function killWhileWriting(path: string, signal: NodeJS.Signals, force = false) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'slow-writer.ts'), path, ...(force ? ['--force'] : [])],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise<{ signal: NodeJS.Signals | null; tempSeen: boolean }>((done) => {
    let tempSeen = false;
    child.stdout.on('data', (b: Buffer) => {
      if (!b.toString().includes('writing')) return;
      tempSeen = readdirSync(join(path, '..')).some((f) => f.endsWith('.tmp'));
      child.kill(signal);
    });
    child.once('exit', (_code, sig) => done({ signal: sig, tempSeen }));
  });
}

describe('an atomic write interrupted by a signal', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`leaves nothing under the final name and no temp file (${signal})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'isms-kill-'));
      const out = join(dir, 'out.xlsx');
      const r = await killWhileWriting(out, signal);
      expect(r.tempSeen).toBe(true);
      expect(r.signal).toBe(signal);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('with --force keeps the old file intact and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-kill-'));
    const out = join(dir, 'out.xlsx');
    writeFileSync(out, 'old');
    const r = await killWhileWriting(out, 'SIGTERM', true);
    expect(r.tempSeen).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });
});

describe('isms import killed while it writes', () => {
  beforeAll(() => {
    const b = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
    if (b.status !== 0) throw new Error(`build-cli failed: ${b.stderr.toString()}`);
  });

  it('leaves no partial file under the final name and no temp, and the re-run succeeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-kill-'));
    const csv = join(dir, 'risks.csv');
    const lines = ['Risk ID,Description,Risk Owner,Likelihood,Impact,Treatment'];
    for (let i = 1; i <= 800; i++) lines.push(`R-${i},Phishing ${i},CISO,3,4,Modify`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const out = join(dir, 'out.xlsx');
    const child = spawn(process.execPath, [join(root, 'bin/isms.js'), 'import', csv, '--out', out]);
    const watcher = watch(dir, (_event, name) => {
      if (name?.endsWith('.tmp')) child.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
    watcher.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Killed while writing: nothing under the final name. Renamed before the signal landed: a
    // complete workbook (whatever the exit status). Never a partial file.
    if (existsSync(out))
      expect(readXlsx(readFileSync(out), { name: 'out.xlsx' }).sheets.length).toBeGreaterThan(0);
    else expect(code).not.toBe(0);
    const again = spawnSync(
      process.execPath,
      [join(root, 'bin/isms.js'), 'import', csv, '--out', out, '--force'],
      { encoding: 'utf8' },
    );
    expect(again.status, again.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['out.xlsx', 'risks.csv']);
  });
});
