/**
 * The reports' CLI commands (functions/cli/commands/check.ts, gap-report.ts, readiness.ts) run
 * in-process through main(), on xlsx files written by the template writer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIsms as cli } from '../cli/fake-io';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { cleanClauses, cleanRisk, cleanSoa } from '../../support/snapshot';
import { THREE_BY_THREE } from '../../shared/cross/fixtures';

let dir: string;
const p = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isms-reports-'));
  const soa = cleanSoa().map((r) =>
    r['Control ID'] === 'A.8.8' ? { ...r, 'Implementation Status': 'Planned' } : r,
  );
  writeFileSync(
    p('group.xlsx'),
    await writeCanonicalWorkbook({
      rows: { tblRisks: [cleanRisk('R-1')], tblSoA: soa, tblClauses: cleanClauses() },
    }),
  );
  const bu = [
    cleanRisk('R-1', {
      Threat: 'Flood',
      Likelihood: 2,
      Impact: 3,
      'Residual Likelihood': 1,
      'Residual Impact': 2,
    }),
  ];
  writeFileSync(
    p('bu.xlsx'),
    await writeCanonicalWorkbook({ methodology: THREE_BY_THREE, rows: { tblRisks: bu } }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isms check', () => {
  it('prints the XWB findings and the rescaling, exit 0 when none is at or above --fail-on', async () => {
    const r = await cli('check', p('group.xlsx'), p('bu.xlsx'), '--as-of', '2025-06-30');
    expect(r.err).toBe('');
    expect(r.out).toContain('XWB-METHOD-DIFF');
    expect(r.out).toContain('XWB-DUP-RISK-ID');
    expect(r.out).toContain('likelihood mapped from 3 to 5 levels');
    expect(r.code).toBe(0);
  });

  it('exits 1 with --fail-on minor and prints the JSON contract with --json', async () => {
    const r = await cli(
      'check',
      p('group.xlsx'),
      p('bu.xlsx'),
      '--json',
      '--fail-on',
      'minor',
      '--as-of',
      '2025-06-30',
    );
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['findings', 'summary']);
    expect(Object.keys(json.findings[0])).toEqual([
      'rule',
      'severity',
      'workbook',
      'sheet',
      'cell',
      'row',
      'message',
    ]);
    expect(json.summary).toMatchObject({ minor: 2, workbooks: 2, failOn: 'minor' });
  });

  it('exits 2 with one line naming an unreadable file', async () => {
    writeFileSync(p('notes.xlsx'), 'not a workbook');
    const r = await cli('check', p('group.xlsx'), p('notes.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('notes.xlsx');
  });
});

describe('isms gap-report', () => {
  it('writes html, json and xlsx by the --out extension', async () => {
    for (const ext of ['html', 'json', 'xlsx']) {
      const r = await cli(
        'gap-report',
        p('group.xlsx'),
        p('bu.xlsx'),
        '--out',
        p(`report.${ext}`),
        '--as-of',
        '2025-06-30',
      );
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`report.${ext} (${ext})`);
    }
    expect(readFileSync(p('report.html'), 'utf8')).toContain('A.8.8');
    const json = JSON.parse(readFileSync(p('report.json'), 'utf8'));
    expect(json.controlGaps.map((g: { controlId: string }) => g.controlId)).toEqual(['8.8']);
    expect(readFileSync(p('report.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses to overwrite an input and to guess an unknown format', async () => {
    const before = readFileSync(p('group.xlsx'));
    const same = await cli('gap-report', p('group.xlsx'), '--out', p('group.xlsx'));
    expect(same.code).toBe(2);
    expect(same.err).toContain('is one of the input workbooks');
    expect(readFileSync(p('group.xlsx')).equals(before)).toBe(true);
    const pdf = await cli('gap-report', p('group.xlsx'), '--out', p('report.pdf'));
    expect(pdf.code).toBe(2);
    expect(existsSync(p('report.pdf'))).toBe(false);
    expect((await cli('gap-report', p('group.xlsx'))).code).toBe(2);
  });
});

describe('isms readiness', () => {
  it('prints the score, per-area bars, blockers, deductions and verdict', async () => {
    const r = await cli('readiness', p('group.xlsx'), '--as-of', '2025-06-30');
    expect(r.err).toBe('');
    expect(r.out).toMatch(
      /^Certification readiness: \d+\/100 — (Not ready|Ready for Stage 1|Ready for Stage 2)/,
    );
    expect(r.out).toContain('Annex A implementation');
    expect(r.out).toContain('█');
    expect(r.out).toContain('Blockers');
  });

  it('prints the Readiness object with --json and exits 1 when not ready', async () => {
    const r = await cli('readiness', p('bu.xlsx'), '--json', '--as-of', '2025-06-30');
    const json = JSON.parse(r.out);
    expect(json.verdict).toBe('not-ready');
    expect(json.blockers.map((b: { id: string }) => b.id)).toContain('no-soa');
    expect(
      json.overall + json.deductions.reduce((s: number, d: { points: number }) => s + d.points, 0),
    ).toBe(100);
    expect(r.code).toBe(1);
  });
});
