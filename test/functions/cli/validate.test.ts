import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/isms';
import { cleanClauses, cleanRisk, cleanSoa } from '../../support/snapshot';
import { fakeIo } from './fake-io';
import { cleanWorkbook, encryptedBytes, tmp, typeOver, writeRows } from './workbooks';

const dir = tmp();
let clean = '';
let flawed = '';

/**
 * The acceptance workbook: a canonical register with a score typed over its formula, a 2013
 * control id, a risk treated with an excluded control, a control missing from the SoA and an
 * exclusion without justification.
 */
async function flawedWorkbook(): Promise<string> {
  const path = join(dir, 'flawed.xlsx');
  const soa = cleanSoa()
    .filter((r) => r['Control ID'] !== 'A.5.1')
    .map((r) => {
      if (r['Control ID'] === 'A.8.8')
        return {
          ...r,
          Applicable: 'No',
          Justification: 'No in-house systems',
          'Implementation Status': null,
        };
      if (r['Control ID'] === 'A.7.4')
        return { ...r, Applicable: 'No', Justification: null, 'Implementation Status': null };
      return r;
    });
  await writeRows(path, {
    tblRisks: [
      cleanRisk('R1', { 'Annex A Controls': 'A.8.13' }),
      cleanRisk('R2', { 'Annex A Controls': 'A.12.6.1' }),
      cleanRisk('R3', { 'Annex A Controls': 'A.8.8' }),
    ],
    tblSoA: soa,
    tblClauses: cleanClauses(),
  });
  writeFileSync(path, typeOver(new Uint8Array(readFileSync(path)), 'Risks', 'I2', 99));
  return path;
}

beforeAll(async () => {
  clean = await cleanWorkbook(dir);
  flawed = await flawedWorkbook();
});

async function run(...argv: string[]) {
  const io = fakeIo();
  const code = await main(['validate', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('isms validate', () => {
  it('exits 0 and says so when a workbook has no findings', async () => {
    const r = await run(clean);
    expect(r.code).toBe(0);
    expect(r.out).toBe('clean.xlsx: no findings\n\n1 workbook, no findings\n');
    expect(r.err).toBe('');
  });

  it('reports each planted problem with its rule id and cell, and exits 1 on a major finding', async () => {
    const r = await run('--json', '--as-of', '2025-06-30', flawed);
    expect(r.code).toBe(1);
    const found = (
      JSON.parse(r.out) as { findings: { rule: string; sheet: string; cell: string | null }[] }
    ).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell ?? ''}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'RR-SCORE-MISMATCH Risks!I2',
        'RR-UNKNOWN-CONTROL Risks!N3',
        'RR-CONTROL-EXCLUDED Risks!N4',
        'SOA-MISSING-CONTROL SoA!',
        'SOA-NO-JUSTIFICATION SoA!E49',
      ]),
    );
  });

  it('prints findings as an aligned table grouped by workbook, with a summary line', async () => {
    const r = await run(clean, flawed);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('clean.xlsx: no findings');
    expect(lines).toContain('flawed.xlsx');
    const header = lines.find((l) => l.includes('SEVERITY'))!;
    const row = lines.find((l) => l.includes('RR-SCORE-MISMATCH'))!;
    expect(row.indexOf('RR-SCORE-MISMATCH')).toBe(header.indexOf('RULE'));
    expect(row.indexOf('I2')).toBe(header.indexOf('CELL'));
    expect(lines.at(-2)).toMatch(
      /^2 workbooks, \d+ findings: 1 major, \d+ minor, \d+ observation$/,
    );
  });

  it('prints JSON of exactly {findings:[{rule,severity,workbook,sheet,cell,row,message}],summary}', async () => {
    const r = await run('--json', flawed);
    const json = JSON.parse(r.out) as {
      findings: Record<string, unknown>[];
      summary: Record<string, unknown>;
    };
    expect(Object.keys(json)).toEqual(['findings', 'summary']);
    for (const f of json.findings)
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'workbook',
        'sheet',
        'cell',
        'row',
        'message',
      ]);
    expect(json.summary).toMatchObject({
      total: json.findings.length,
      major: 1,
      workbooks: 1,
      asOf: '2025-06-30',
      failOn: 'major',
    });
  });

  it('exits by --fail-on: 0 when nothing reaches it, 1 when something does', async () => {
    const noMajor = join(dir, 'minor-only.xlsx');
    await writeRows(noMajor, {
      tblRisks: [cleanRisk('R1', { 'Annex A Controls': 'A.12.6.1' })],
      tblSoA: cleanSoa(),
      tblClauses: cleanClauses(),
    });
    expect((await run(noMajor)).code).toBe(0);
    expect((await run('--fail-on', 'minor', noMajor)).code).toBe(1);
    expect((await run('--fail-on', 'observation', clean)).code).toBe(0);
  });

  it('takes --as-of for overdue checks and today from the host clock by default', async () => {
    const due = join(dir, 'due.xlsx');
    await writeRows(due, {
      tblRisks: [cleanRisk('R1', { 'Due Date': 45000 })],
      tblSoA: cleanSoa(),
      tblClauses: cleanClauses(),
    });
    const before = JSON.parse((await run('--json', '--as-of', '2023-01-01', due)).out) as {
      findings: { rule: string }[];
    };
    const today = JSON.parse((await run('--json', due)).out) as {
      findings: { rule: string }[];
      summary: { asOf: string };
    };
    expect(before.findings.map((f) => f.rule)).not.toContain('RR-OVERDUE');
    expect(today.findings.map((f) => f.rule)).toContain('RR-OVERDUE');
    expect(today.summary.asOf).toBe('2025-06-30');
  });

  it('exits 2 with a one-line reason on bad usage', async () => {
    for (const argv of [
      [],
      ['--as-of', '2025-02-30', clean],
      ['--fail-on', 'critical', clean],
      ['--colour', clean],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^isms validate: /);
    }
  });

  it('exits 2 with one line naming the file for each unreadable input, and prints no verdict', async () => {
    const files: Record<string, Uint8Array> = {
      'notes.xlsx': new TextEncoder().encode('just some notes'),
      'cut.xlsx': readFileSync(clean).subarray(0, 4000),
      'locked.xlsx': encryptedBytes(),
      'empty.xlsx': new Uint8Array(0),
    };
    const expected: Record<string, RegExp> = {
      'notes.xlsx': /not an Excel workbook/,
      'cut.xlsx': /damaged or incomplete/,
      'locked.xlsx': /password-protected/,
      'empty.xlsx': /empty file/,
      'missing.xlsx': /file not found/,
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    for (const [name, reason] of Object.entries(expected)) {
      const path = join(dir, name);
      const r = await run(clean, path);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(`${path}: ${r.err.slice(path.length + 2)}`);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(reason);
    }
  });
});
