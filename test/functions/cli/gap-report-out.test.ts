/**
 * Issue #11 item 6: `isms gap-report` overwrote an existing --out without --force (and rejected
 * --force), contrary to the README. It now refuses like every writing command, and --force
 * replaces the file atomically, leaving no temp file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/isms';
import { fakeIo } from './fake-io';
import { cleanWorkbook, tmp } from './workbooks';

async function gapReport(...args: string[]) {
  const io = fakeIo();
  const code = await main(['gap-report', ...args, '--as-of', '2025-06-30'], io);
  return { code, out: io.out(), err: io.err() };
}

describe('isms gap-report --out', () => {
  it('refuses an existing file unless --force, then replaces it with no temp left', async () => {
    const dir = tmp();
    const wb = await cleanWorkbook(dir);
    const out = join(dir, 'report.json');
    writeFileSync(out, 'keep');
    const refused = await gapReport(wb, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      `${out}: already exists; nothing was written (use --force to replace it)\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('keep');
    const forced = await gapReport(wb, '--out', out, '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('controlGaps');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
