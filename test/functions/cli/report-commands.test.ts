/**
 * isms review-pack, treatment-plan and soa-report, in-process through main(), on xlsx files
 * written by the template writer: formats from the --out extension, --previous read and checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIsms as cli } from './fake-io';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { cleanClauses, cleanRisk, cleanSoa } from '../../support/snapshot';

let dir: string;
const p = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isms-report-cmds-'));
  const risks = [
    cleanRisk('R-1'),
    cleanRisk('R-9', { Likelihood: 5, Impact: 5, 'Residual Likelihood': 4, 'Residual Impact': 4 }),
  ];
  writeFileSync(
    p('isms.xlsx'),
    await writeCanonicalWorkbook({
      rows: { tblRisks: risks, tblSoA: cleanSoa(), tblClauses: cleanClauses() },
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isms review-pack', () => {
  it('writes pptx, html, xlsx and json by the --out extension, reading --previous workbooks', async () => {
    for (const ext of ['pptx', 'html', 'xlsx', 'json']) {
      const r = await cli(
        'review-pack',
        p('isms.xlsx'),
        '--previous',
        p('isms.xlsx'),
        '--out',
        p(`pack.${ext}`),
        '--as-of',
        '2025-06-30',
      );
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(
        new RegExp(`pack\\.${ext} \\(${ext}\\): .*decision\\(s\\) proposed\\.`),
      );
    }
    expect(readFileSync(p('pack.pptx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(p('pack.html'), 'utf8')).toContain('9.3.2 a)');
    const json = JSON.parse(readFileSync(p('pack.json'), 'utf8'));
    expect(json.summary.topRisks[0].id).toBe('R-9');
    // --previous is the same workbook: the review-cycle diff finds nothing changed.
    expect(json.changes.sinceLastReview).toEqual([]);
  });

  it('exits 2 with one line for an unreadable --previous, an unknown format, or --out an input', async () => {
    const missing = await cli(
      'review-pack',
      p('isms.xlsx'),
      '--previous',
      p('gone.xlsx'),
      '--out',
      p('x.pptx'),
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('gone.xlsx');
    expect(existsSync(p('x.pptx'))).toBe(false);
    const pdf = await cli('review-pack', p('isms.xlsx'), '--out', p('x.pdf'));
    expect(pdf.code).toBe(2);
    expect(pdf.err).toContain('--out must end in .pptx, .html, .xlsx or .json');
    const same = await cli(
      'review-pack',
      p('isms.xlsx'),
      '--previous',
      p('isms.xlsx'),
      '--out',
      p('isms.xlsx'),
    );
    expect(same.err).toContain('is one of the input workbooks');
  });
});

describe('isms treatment-plan and soa-report', () => {
  it('write their formats and refuse one the report does not have', async () => {
    const rtp = await cli(
      'treatment-plan',
      p('isms.xlsx'),
      '--out',
      p('rtp.json'),
      '--as-of',
      '2025-06-30',
    );
    expect(rtp.code, rtp.err).toBe(0);
    expect(
      JSON.parse(readFileSync(p('rtp.json'), 'utf8')).rows.map((r: { riskId: string }) => r.riskId),
    ).toEqual(['R-1', 'R-9']);
    const soa = await cli('soa-report', p('isms.xlsx'), '--out', p('soa.xlsx'));
    expect(soa.code, soa.err).toBe(0);
    expect(soa.out).toContain('93 controls');
    const bad = await cli('soa-report', p('isms.xlsx'), '--out', p('soa.pptx'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--out must end in .xlsx, .html or .json');
  });

  it('list the report commands in isms --help, their options in <cmd> --help', async () => {
    const help = await cli('--help');
    for (const c of ['review-pack', 'treatment-plan', 'soa-report']) expect(help.out).toContain(c);
    const rp = await cli('review-pack', '--help');
    expect(rp.out).toContain(
      'isms review-pack FILES... --out pack.(pptx|html|xlsx|json) [--previous OLD...] [--as-of DATE]',
    );
  });
});
