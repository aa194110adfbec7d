/**
 * Issue #11 item 3 (CLI side): a register inside the documented limits (1,048,575 rows) gave a
 * stack overflow (`push(...findings)`, `Math.max(...rows)`) and unbounded output. The text table
 * and --json list are capped; the summary line, summary object and exit code count everything.
 */
import { describe, expect, it } from 'vitest';
import { reportFindings, type FindingsCommand } from '../../../functions/cli/io';
import { DEFAULT_CAP } from '../../../shared/validation/cap-findings';
import type { Finding } from '../../../shared/validation/finding';
import { fakeIo } from './fake-io';

const ROWS = 1_048_575;

function findings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: 'RR-REQUIRED',
    severity: 'major',
    workbook: 'big.xlsx',
    sheet: 'Risks',
    cell: `F${i + 2}`,
    row: i + 2,
    message: `Risk R-${i + 1} has no risk owner (ISO/IEC 27001:2022 6.1.2 c 2).`,
  }));
}

const cmd = (json: boolean): FindingsCommand => ({
  json,
  asOf: '2025-06-30',
  failOn: 'major',
  inputs: [],
});

describe('reportFindings on a million findings', () => {
  const all = findings(ROWS);

  it('prints a capped table with the exact total, exit 1', () => {
    const io = fakeIo();
    expect(reportFindings(cmd(false), ['big.xlsx'], all, io)).toBe(1);
    const out = io.out();
    expect(out.split('\n').filter((l) => l.includes('RR-REQUIRED'))).toHaveLength(
      DEFAULT_CAP.perRule + 1,
    );
    expect(out).toContain(`and ${(ROWS - DEFAULT_CAP.perRule).toLocaleString('en-US')} more`);
    expect(out).toContain(`1 workbook, ${ROWS} findings: ${ROWS} major`);
    expect(out.length).toBeLessThan(64 * 1024);
  });

  it('prints capped --json whose summary counts every finding and says how many are omitted', () => {
    const io = fakeIo();
    reportFindings(cmd(true), ['big.xlsx'], all, io);
    const body = JSON.parse(io.out()) as {
      findings: Finding[];
      summary: { total: number; omitted: number; workbooks: number };
    };
    expect(body.findings).toHaveLength(DEFAULT_CAP.perRule + 1);
    expect(body.summary).toMatchObject({
      total: ROWS,
      omitted: ROWS - DEFAULT_CAP.perRule,
      workbooks: 1,
    });
    expect(io.out().length).toBeLessThan(128 * 1024);
  });
});
