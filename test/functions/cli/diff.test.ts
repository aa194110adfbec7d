import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/isms';
import { readXlsx } from '../../../readers';
import { cleanClauses, cleanRisk, cleanSoa } from '../../support/snapshot';
import { fakeIo } from './fake-io';
import { tmp, writeRows } from './workbooks';

async function diff(...argv: string[]) {
  const io = fakeIo();
  const code = await main(['diff', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

async function cycles(dir: string) {
  const old = join(dir, 'isms-2024.xlsx');
  const now = join(dir, 'isms-2025.xlsx');
  const soa = cleanSoa();
  await writeRows(old, {
    tblRisks: [cleanRisk('R1'), cleanRisk('R2')],
    tblSoA: soa,
    tblClauses: cleanClauses(),
  });
  await writeRows(now, {
    tblRisks: [cleanRisk('R2', { 'Risk Owner': '=HYPERLINK("x")' }), cleanRisk('R3')],
    tblSoA: soa.map((r) =>
      r['Control ID'] === 'A.8.8' ? { ...r, 'Implementation Status': 'Planned' } : r,
    ),
    tblClauses: cleanClauses(),
  });
  return { old, now };
}

describe('isms diff', () => {
  it('exits 0 with no differences for a workbook and itself', async () => {
    const { old } = await cycles(tmp());
    const r = await diff(old, old, '--as-of', '2025-06-30');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^No differences/);
    const j = await diff(old, old, '--json', '--as-of', '2025-06-30');
    expect(JSON.parse(j.out)).toMatchObject({ identical: true, items: [] });
  });

  it('exits 1 and lists the changes grouped by area', async () => {
    const { old, now } = await cycles(tmp());
    const r = await diff(old, now, '--as-of', '2025-06-30');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Risks (6.1.2, 6.1.3, 8.2, 8.3) — 3');
    expect(r.out).toContain('  Risk R3 added');
    expect(r.out).toContain('  Risk R1 removed');
    expect(r.out).toContain('  Risk R2: owner CIO → =HYPERLINK("x")');
    expect(r.out).toContain('  Control A.8.8: status Implemented → Planned');
    const json = await diff(old, now, '--json', '--as-of', '2025-06-30');
    const planted = (
      JSON.parse(json.out) as {
        items: { area: string; kind: string; id: string; field: string | null }[];
      }
    ).items
      .filter((i) => i.area !== 'readiness')
      .map((i) => `${i.area} ${i.kind} ${i.id} ${i.field ?? ''}`.trim());
    expect(planted).toEqual([
      'risk added R3',
      'risk changed R2 owner',
      'risk removed R1',
      'soa changed A.8.8 status',
    ]);
    const same = await diff('--old', old, now, '--json', '--as-of', '2025-06-30');
    expect(JSON.parse(same.out).items).toEqual(
      JSON.parse((await diff(old, now, '--json', '--as-of', '2025-06-30')).out).items,
    );
  });

  it('writes html, xlsx and json, escaping and neutralising workbook text', async () => {
    const dir = tmp();
    const { old, now } = await cycles(dir);
    const html = join(dir, 'diff.html');
    expect((await diff(old, now, '--out', html, '--as-of', '2025-06-30')).code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('=HYPERLINK(&quot;x&quot;)');
    expect(page).not.toContain('<script');
    const xlsx = join(dir, 'diff.xlsx');
    expect((await diff(old, now, '--out', xlsx, '--as-of', '2025-06-30')).code).toBe(1);
    const snap = readXlsx(new Uint8Array(readFileSync(xlsx)), { name: 'diff.xlsx' });
    const cells = snap.sheets.flatMap((s) => s.rows.flat());
    expect(cells).toContain(`'=HYPERLINK("x")`);
    expect(snap.sheets.every((s) => (s.formulas ?? []).length === 0)).toBe(true);
    const json = join(dir, 'diff.json');
    expect((await diff(old, now, '--out', json, '--as-of', '2025-06-30')).code).toBe(1);
    expect(JSON.parse(readFileSync(json, 'utf8')).counts.risk).toBe(3);
  });

  it('exits 2 on bad input, and keeps an existing --out unless --force', async () => {
    const dir = tmp();
    const { old, now } = await cycles(dir);
    const taken = join(dir, 'taken.html');
    writeFileSync(taken, 'mine');
    const kept = await diff(old, now, '--out', taken);
    expect(kept.code).toBe(2);
    expect(readFileSync(taken, 'utf8')).toBe('mine');
    expect((await diff(old, now, '--out', taken, '--force')).code).toBe(1);
    const cases = [
      [old],
      [old, join(dir, 'missing.xlsx')],
      [old, now, '--out', join(dir, 'd.pdf')],
      [old, now, '--out', now],
    ];
    for (const argv of cases) {
      const r = await diff(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(dir, 'd.pdf'))).toBe(false);
  });
});
