import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LIST_VALUES } from '../../../readers/ooxml/validation-lists';
import { MAX_SQREF_RANGES, MAX_VALIDATIONS } from '../../../readers/ooxml/validations';

describe('list validations on hostile input', () => {
  it('keeps a bounded number of lists and ranges and stays within generous memory (child process)', () => {
    const root = join(__dirname, '../../..');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'hostile-validations.run.ts')],
      { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 20 },
    );
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      lists: number;
      ranges: number;
      values: number;
      sheets: number;
      maxRssMb: number;
    };
    expect(out.lists).toBe(MAX_VALIDATIONS);
    expect(out.ranges).toBeLessThanOrEqual(MAX_SQREF_RANGES);
    expect(out.values).toBeLessThanOrEqual(MAX_LIST_VALUES);
    expect(out.sheets).toBe(1);
    expect(out.maxRssMb).toBeLessThan(1500);
  });
});
