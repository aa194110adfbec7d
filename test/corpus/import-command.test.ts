/** `isms import` end to end on files the test writes itself (a CSV SoA, a mapping, a bad mapping). */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../functions/cli/isms';
import { readWorkbookInput } from '../../functions/xlsx/read-file';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
    },
    out,
    err,
  };
}

const dir = mkdtempSync(path.join(tmpdir(), 'isms-import-'));
const csv = path.join(dir, 'soa.csv');
writeFileSync(
  csv,
  'Control ID;Control Name;Anwendbar;Umsetzungsstatus\nA.5.1;Policies;Ja;Umgesetzt\nA.5.2;Roles;Nein;Geplant\n',
);

describe('isms import', () => {
  it('writes the canonical workbook with the original sheet and the import report', async () => {
    const c = capture();
    const out = path.join(dir, 'out.xlsx');
    expect(await main(['import', csv, '--out', out], c.io)).toBe(0);
    expect(c.out.join('')).toMatch(/soa: soa, 2 row\(s\)/);
    const { snapshot } = await readWorkbookInput(out);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['SoA', 'Import Report', 'Original - soa']),
    );
    const soa = snapshot.sheets.find((s) => s.name === 'SoA')!;
    // The title as written is kept (issue #9.4: no silent substitution of the official title).
    expect(soa.rows[1].slice(0, 6)).toEqual([
      'A.5.1',
      'Policies',
      'Organizational',
      'Yes',
      null,
      'Implemented',
    ]);
  });

  it('prints the mapping with --json and applies it back with --map', async () => {
    const c = capture();
    expect(await main(['import', csv, '--out', path.join(dir, 'j.xlsx'), '--json'], c.io)).toBe(0);
    const json = JSON.parse(c.out.join(''));
    expect(json.mapping.sheets.soa.columns).toMatchObject({
      A: 'id',
      C: 'applicable',
      D: 'status',
    });
    json.mapping.sheets.soa.columns.D = 'ignore';
    const map = path.join(dir, 'map.json');
    writeFileSync(map, JSON.stringify(json.mapping));
    const c2 = capture();
    expect(
      await main(['import', csv, '--out', path.join(dir, 'm.xlsx'), '--map', map, '--json'], c2.io),
    ).toBe(0);
    expect(JSON.parse(c2.out.join('')).mapping.sheets.soa.columns.D).toBeUndefined();
  });

  it('exits 2 with one line naming the file for a bad mapping, the input as output, or an existing output', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      '{"sheets":{"soa":{"kind":"soa","headerRow":1,"columns":{"C":"applicabel"}}}}',
    );
    const c = capture();
    expect(await main(['import', csv, '--out', path.join(dir, 'b.xlsx'), '--map', bad], c.io)).toBe(
      2,
    );
    expect(c.err.join('')).toMatch(/bad\.json: invalid mapping: .*"applicabel"/);
    expect(existsSync(path.join(dir, 'b.xlsx'))).toBe(false);
    const same = capture();
    const copy = path.join(dir, 'same.xlsx');
    writeFileSync(copy, 'x');
    expect(await main(['import', copy, '--out', copy], same.io)).toBe(2);
    expect(readFileSync(copy, 'utf8')).toBe('x');
    const again = capture();
    expect(await main(['import', csv, '--out', path.join(dir, 'out.xlsx')], again.io)).toBe(2);
    expect(again.err.join('')).toMatch(/already exists/);
  });

  it('copies a canonical workbook through unchanged', async () => {
    const src = path.join(dir, 'out.xlsx');
    const dst = path.join(dir, 'copy.xlsx');
    const c = capture();
    expect(await main(['import', src, '--out', dst], c.io)).toBe(0);
    expect(readFileSync(dst).equals(readFileSync(src))).toBe(true);
    expect(c.out.join('')).toMatch(/already a canonical ISMS workbook/);
  });

  it('exits 1 with one line per sheet saying why when nothing at all was imported', async () => {
    const c = capture();
    const list = path.join(dir, 'list.csv');
    writeFileSync(list, 'Ref;Text\nA.5.1;Policies\nA.5.2;Roles\nA.5.3;Segregation of duties\n');
    expect(await main(['import', list, '--out', path.join(dir, 'list.xlsx')], c.io)).toBe(1);
    const lines = c.err.join('').trim().split('\n');
    expect(lines[0]).toBe('list.csv: nothing was imported');
    expect(lines[1]).toMatch(
      /^ {2}list: .*Found: column A: 3 of 3 cells are Annex A 2022 ids\. Missing: no applicability/,
    );
  });
});
