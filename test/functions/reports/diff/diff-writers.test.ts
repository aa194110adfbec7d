import { describe, expect, it } from 'vitest';
import { neutralise, renderDiffHtml } from '../../../../functions/reports/diff/index';
import { writeDiffXlsx } from '../../../../functions/reports/diff/write-diff-xlsx';
import { readXlsx } from '../../../../readers';
import { diffWorkbooks } from '../../../../shared/diff/diff-workbooks';
import { parseWorkbook } from '../../../../shared/workbook/parse-workbook';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { AT_TEXT, FORMULA_OWNER, MINUS_TEXT, PLUS_TEXT, SCRIPT } from '../hostile';

const wb = (name: string, risks: ReturnType<typeof cleanRisk>[]) =>
  parseWorkbook(canonicalSnapshot(name, { risks })).workbook;

/** A diff whose every before/after value is hostile text. */
function hostileDiff() {
  const before = wb('old <b>.xlsx', [cleanRisk('R-1'), cleanRisk(SCRIPT)]);
  const after = wb('new "x".xlsx', [
    cleanRisk('R-1', { 'Risk Owner': FORMULA_OWNER, Status: PLUS_TEXT, 'Action Owner': AT_TEXT }),
    cleanRisk(MINUS_TEXT),
  ]);
  return diffWorkbooks([before], [after], { asOf: '2025-06-30' });
}

describe('the diff writers on hostile text', () => {
  it('escapes every workbook value in the HTML page, which loads nothing', () => {
    const html = renderDiffHtml(hostileDiff());
    expect(html).not.toMatch(/<script|<img|onerror="/);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('old &lt;b&gt;.xlsx');
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
  });

  it('writes no formula and quote-prefixes formula-like text in the xlsx', async () => {
    const snap = readXlsx(await writeDiffXlsx(hostileDiff()), { name: 'diff.xlsx' });
    expect(snap.sheets.map((s) => s.name)).toEqual(['Summary', 'Changes']);
    expect(snap.sheets.every((s) => (s.formulas ?? []).length === 0)).toBe(true);
    const cells = snap.sheets.flatMap((s) => s.rows.flat()).filter((c) => typeof c === 'string');
    for (const text of [FORMULA_OWNER, PLUS_TEXT, AT_TEXT]) expect(cells).toContain(`'${text}`);
    expect(cells.some((c) => /^[=+@]/.test(c as string))).toBe(false);
    expect(cells).toContain(`Risk ${MINUS_TEXT}`);
  });

  it('leaves plain text and plain numbers alone', () => {
    expect(neutralise('Implemented')).toBe('Implemented');
    expect(neutralise('-3')).toBe('-3');
    expect(neutralise('-2+3')).toBe("'-2+3");
    expect(neutralise('\tcmd')).toBe("'\tcmd");
  });
});
