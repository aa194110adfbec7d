import { describe, expect, it } from 'vitest';
import { capFindings, DEFAULT_CAP } from '../../../shared/validation/cap-findings';
import type { Finding, Severity } from '../../../shared/validation/finding';

function finding(
  i: number,
  rule = 'RR-REQUIRED',
  workbook = 'a.xlsx',
  severity: Severity = 'major',
): Finding {
  return {
    rule,
    severity,
    workbook,
    sheet: 'Risks',
    cell: `F${i + 2}`,
    row: i + 2,
    message: `m${i}`,
  };
}

function many(n: number, rule?: string, workbook?: string): Finding[] {
  return Array.from({ length: n }, (_, i) => finding(i, rule, workbook));
}

describe('capFindings', () => {
  it('lists everything, unchanged, under the cap', () => {
    const list = many(3);
    const out = capFindings(list, { perRule: 3 });
    expect(out.findings).toEqual(list);
    expect(out.summary).toMatchObject({ total: 3, major: 3, omitted: 0 });
  });

  it('lists perRule findings of a rule, then one "and N more" finding of the same rule and severity', () => {
    const out = capFindings(many(10), { perRule: 4 });
    expect(out.findings).toHaveLength(5);
    expect(out.findings.slice(0, 4).map((f) => f.row)).toEqual([2, 3, 4, 5]);
    expect(out.findings[4]).toEqual({
      rule: 'RR-REQUIRED',
      severity: 'major',
      workbook: 'a.xlsx',
      sheet: 'Risks',
      cell: null,
      row: null,
      message:
        '…and 6 more RR-REQUIRED findings in this workbook (10 in all; the first 4 are listed).',
    });
    expect(out.summary).toMatchObject({
      total: 10,
      major: 10,
      omitted: 6,
      byRule: { 'RR-REQUIRED': 10 },
    });
  });

  it('caps each workbook and rule on its own and keeps the original order around the summaries', () => {
    const list = [
      ...many(3, 'RR-DUP-ID'),
      ...many(3, 'RR-SCALE'),
      ...many(3, 'RR-DUP-ID', 'b.xlsx'),
    ];
    const out = capFindings(list, { perRule: 2 });
    expect(out.findings.map((f) => `${f.workbook} ${f.rule} ${f.row ?? 'more'}`)).toEqual([
      'a.xlsx RR-DUP-ID 2',
      'a.xlsx RR-DUP-ID 3',
      'a.xlsx RR-DUP-ID more',
      'a.xlsx RR-SCALE 2',
      'a.xlsx RR-SCALE 3',
      'a.xlsx RR-SCALE more',
      'b.xlsx RR-DUP-ID 2',
      'b.xlsx RR-DUP-ID 3',
      'b.xlsx RR-DUP-ID more',
    ]);
  });

  it('keeps severities apart when one rule is reported at two severities', () => {
    const list = [finding(0), finding(1), { ...finding(2), severity: 'minor' as const }];
    const out = capFindings(list, { perRule: 1 });
    expect(out.findings.map((f) => `${f.severity} ${f.row ?? 'more'}`)).toEqual([
      'major 2',
      'major more',
      'minor 4',
    ]);
    expect(out.summary).toMatchObject({ major: 2, minor: 1, omitted: 1 });
  });

  it('stops listing at maxListed in all, and says so in each group it cut', () => {
    const list = [...many(5, 'RR-DUP-ID'), ...many(5, 'RR-SCALE')];
    const out = capFindings(list, { perRule: 10, maxListed: 6 });
    expect(out.findings.filter((f) => f.row !== null)).toHaveLength(6);
    const more = out.findings.filter((f) => f.row === null);
    expect(more.map((f) => f.message)).toEqual([
      '…and 4 more RR-SCALE findings in this workbook (5 in all; the first 1 are listed).',
    ]);
    const none = capFindings([...many(1, 'RR-DUP-ID'), ...many(2, 'RR-SCALE')], { maxListed: 1 });
    expect(none.findings[1].message).toBe(
      '2 RR-SCALE findings in this workbook not listed (at most 1 findings are listed in one report).',
    );
  });

  it('names no sheet in the summary when the omitted findings are on several sheets', () => {
    const list = [finding(0), { ...finding(1), sheet: 'A' }, { ...finding(2), sheet: 'B' }];
    expect(capFindings(list, { perRule: 1 }).findings[1].sheet).toBeNull();
  });

  it('clips long messages and names so each listed finding has a bounded size', () => {
    const long = { ...finding(0), message: 'x'.repeat(50_000), sheet: 's'.repeat(1000) };
    const [f] = capFindings([long], { maxMessageChars: 100 }).findings;
    expect(f.message).toHaveLength(100);
    expect(f.message.endsWith('…')).toBe(true);
    expect(f.sheet!.length).toBeLessThanOrEqual(255);
  });

  it('handles a million findings (the 1,048,575-row register) without a stack overflow', () => {
    const list = many(1_048_575);
    const out = capFindings(list);
    expect(out.findings).toHaveLength(DEFAULT_CAP.perRule + 1);
    expect(out.summary.total).toBe(1_048_575);
    expect(out.summary.omitted).toBe(1_048_575 - DEFAULT_CAP.perRule);
    expect(JSON.stringify(out).length).toBeLessThan(64 * 1024);
  });
});
