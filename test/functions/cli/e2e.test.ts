import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanWorkbook, tmp } from './workbooks';

const root = resolve(__dirname, '../../..');
const isms = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/isms.js'), ...args], {
    encoding: 'utf8',
    cwd: root,
  });

beforeAll(() => {
  const b = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], {
    encoding: 'utf8',
    cwd: root,
  });
  if (b.status !== 0) throw new Error(`build-cli failed: ${b.stderr}`);
});

describe('bin/isms.js', () => {
  it('runs template → validate end to end with the documented exit codes', async () => {
    const dir = tmp();
    const out = join(dir, 'new.xlsx');
    const t = isms('template', '--out', out);
    expect(t.status).toBe(0);
    const clean = await cleanWorkbook(dir);
    const v = isms('validate', clean, '--as-of', '2025-06-30', '--json');
    expect(v.status).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ findings: [], summary: { total: 0 } });
    writeFileSync(join(dir, 'bad.xlsx'), 'not a workbook');
    const bad = isms('validate', join(dir, 'bad.xlsx'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.xlsx: not an Excel workbook/);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
