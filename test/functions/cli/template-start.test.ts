import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/isms';
import { readXlsx } from '../../../readers';
import { defaultTimeline } from '../../../shared/cycle/default-timeline';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { fakeIo } from './fake-io';
import { tmp } from './workbooks';

async function template(...argv: string[]) {
  const io = fakeIo();
  const code = await main(['template', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('isms template --start', () => {
  it('pre-plans tblCertification with the documented default dates', async () => {
    const out = join(tmp(), 'planned.xlsx');
    const r = await template('--out', out, '--start', '2026-01-05');
    expect(r.code).toBe(0);
    expect(r.out).toContain('certification cycle planned from 2026-01-05');
    const snap = readXlsx(new Uint8Array(readFileSync(out)), { name: 'planned.xlsx' });
    const cert = parseWorkbook(snap).workbook.certification ?? [];
    const byName = Object.fromEntries(cert.map((m) => [m.milestone, m.planned]));
    expect(byName).toMatchObject({
      'Project kickoff': '2026-01-05',
      'Gap analysis': '2026-02-01',
      'Internal audit': '2026-05-24',
      'Stage 1 audit': '2026-05-25',
      'Stage 2 audit': '2026-06-08',
      'Certificate issued': '2026-07-05',
      'Surveillance audit 1': '2027-07-05',
      'Surveillance audit 2': '2028-07-05',
      'Recertification audit': '2029-04-05',
      'Certificate expiry': '2029-07-05',
    });
    expect(cert.map((m) => m.planned)).toEqual(defaultTimeline('2026-01-05').map((m) => m.planned));
    expect(cert.every((m) => m.status === 'Planned')).toBe(true);
  });

  it('leaves the Certification table blank without --start, and refuses a date that is not one', async () => {
    const dir = tmp();
    const plain = join(dir, 'plain.xlsx');
    expect((await template('--out', plain)).code).toBe(0);
    const snap = readXlsx(new Uint8Array(readFileSync(plain)), { name: 'plain.xlsx' });
    const cert = snap.sheets.find((s) => s.name === 'Certification')!;
    expect(
      cert.rows
        .slice(1)
        .flat()
        .every((v) => v === null),
    ).toBe(true);
    const bad = await template('--out', join(dir, 'bad.xlsx'), '--start', '2026-02-30');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--start must be a date written YYYY-MM-DD (got "2026-02-30")');
  });
});

describe('isms validate --as-of on a planned cycle', () => {
  it('raises the calendar rules only once their dates have passed', async () => {
    const out = join(tmp(), 'cycle.xlsx');
    expect((await template('--out', out, '--start', '2026-01-05')).code).toBe(0);
    const cert = async (asOf: string) => {
      const io = fakeIo();
      await main(['validate', out, '--json', '--as-of', asOf], io);
      const json = JSON.parse(io.out()) as { findings: { rule: string; message: string }[] };
      return json.findings.filter((f) => f.rule.startsWith('CERT-')).map((f) => f.rule);
    };
    expect(await cert('2026-01-05')).toEqual([]);
    // Stage 1 (2026-05-25) has come with neither the internal audit nor the review recorded.
    expect(await cert('2026-05-25')).toEqual(['CERT-STAGE1-PREREQ', 'CERT-STAGE1-PREREQ']);
  });
});
