import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the diff on hostile input', () => {
  it('stays within generous memory on 20,000 rows all claiming one id (child process)', () => {
    const root = join(__dirname, '../../..');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'hostile-diff.run.ts')],
      { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 20 },
    );
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { items: number; maxRssMb: number };
    // Duplicated risk ids pair up in order (R-1, R-1#2, …): each pair's owner changed.
    expect(out.items).toBeGreaterThanOrEqual(20_000);
    expect(out.maxRssMb).toBeLessThan(1500);
  });
});
