import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/isms';
import { readXlsx } from '../../../readers';
import { assess } from '../../../shared/assess';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { fakeIo } from './fake-io';
import { tmp } from './workbooks';

async function template(...argv: string[]) {
  const io = fakeIo();
  const code = await main(['template', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

const read = (path: string) =>
  readXlsx(new Uint8Array(readFileSync(path)), { name: 'template.xlsx' });

describe('isms template', () => {
  it('writes a canonical workbook whose methodology is valid for each score formula', async () => {
    const dir = tmp();
    for (const method of ['product', 'sum', 'matrix']) {
      const out = join(dir, `${method}.xlsx`);
      const r = await template('--out', out, '--method', method);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`Wrote ${out}: canonical ISMS workbook, score formula ${method}\n`);
      const snap = read(out);
      expect(snap.tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['tblRisks', 'tblSoA', 'tblClauses', 'tblMethod']),
      );
      expect(parseWorkbook(snap).workbook.methodology?.formula).toBe(method);
      const rules = assess(snap, { asOf: '2025-06-30' }).findings.map((f) => f.rule);
      expect(rules.filter((r) => r.startsWith('METH-'))).toEqual([]);
    }
  });

  it('refuses to overwrite an existing file unless --force, and keeps it intact', async () => {
    const out = join(tmp(), 'mine.xlsx');
    writeFileSync(out, 'my own work');
    const r = await template('--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${out}: already exists; nothing was written (use --force to replace it)\n`);
    expect(readFileSync(out, 'utf8')).toBe('my own work');
    expect((await template('--out', out, '--force')).code).toBe(0);
    expect(read(out).sheets.length).toBeGreaterThan(3);
  });

  it('exits 2 with a one-line reason on bad usage', async () => {
    const dir = tmp();
    const cases = [
      [],
      ['--out', join(dir, 'a.csv')],
      ['--out', join(dir, 'b.xlsx'), '--method', 'average'],
      ['extra', '--out', join(dir, 'c.xlsx')],
    ];
    for (const argv of cases) {
      const r = await template(...argv);
      expect(r.code).toBe(2);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^isms template: /);
    }
    expect(existsSync(join(dir, 'b.xlsx'))).toBe(false);
  });

  it('exits 2 naming the file when the folder does not exist', async () => {
    const out = join(tmp(), 'no', 'such', 'dir.xlsx');
    const r = await template('--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${out}: cannot write there: the folder does not exist\n`);
  });
});
