/**
 * Issue #11 item 8 (exports): text starting with = + - @ was written without a quote prefix (36
 * gap-report cells, 38 import cells), and a copy saved as CSV held a live =HYPERLINK(...). Every
 * export now neutralises it in one place (functions/xlsx/neutralise.ts); checked here by reading
 * the outputs back with the project's own reader.
 */
import { describe, expect, it } from 'vitest';
import { cellAddress } from '../../../shared/grid/address';
import { importWorkbook } from '../../../shared/import';
import type { WorkbookSnapshot } from '../../../shared/grid/grid';
import { convertedWorkbook } from '../../../functions/import/convert-workbook';
import { writeGapReportXlsx } from '../../../functions/reports/write-gap-report-xlsx';
import { readCsv, readXlsx } from '../../../readers';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import {
  csvField,
  csvLine,
  isFormulaLike,
  neutraliseText,
} from '../../../functions/xlsx/neutralise';
import { hostileReport } from '../reports/hostile';

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)'];

/** Every string cell of a snapshot, with its sheet and A1-ish position. */
function strings(snapshot: WorkbookSnapshot): { sheet: string; text: string; formula: boolean }[] {
  const out: { sheet: string; text: string; formula: boolean }[] = [];
  for (const s of snapshot.sheets) {
    const formulas = new Set(s.formulas ?? []);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== 'string') return;
        const addr = cellAddress(s.origin.row + r, s.origin.col + c);
        out.push({ sheet: s.name, text: v, formula: formulas.has(addr) });
      }),
    );
  }
  return out;
}

function expectNeutral(snapshot: WorkbookSnapshot, hostile: readonly string[]): void {
  const cells = strings(snapshot);
  for (const text of hostile) {
    const found = cells.filter((c) => c.text.includes(text));
    expect(found.length, text).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.formula, `${c.sheet}: ${text}`).toBe(false);
      expect(isFormulaLike(c.text), `${c.sheet}: ${c.text}`).toBe(false);
    }
  }
}

describe('neutraliseText and CSV fields', () => {
  it('prefixes = + - @ tab and CR with an apostrophe and leaves other text alone', () => {
    for (const t of [...HOSTILE, '\t=1', '\r=1']) expect(neutraliseText(t)).toBe(`'${t}`);
    for (const t of ['Phishing', 'R-1', ' =not first', "'=already", ''])
      expect(neutraliseText(t)).toBe(t);
  });

  it('neutralises and quotes CSV fields per RFC 4180', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvLine(['+1', -2, null, 'a,b', 'plain'])).toBe(`'+1,-2,,"a,b",plain`);
  });
});

describe('exports read back with the project reader hold no formula from user text', () => {
  it('the import output (canonical tables and the kept original sheet)', async () => {
    const csv = [
      'Risk ID,Description,Risk Owner,Threat,Likelihood,Impact,Treatment',
      `R-1,"${HOSTILE[0].replace(/"/g, '""')}",${HOSTILE[1]},${HOSTILE[2]},3,4,Modify`,
      `R-2,${HOSTILE[3]},CISO,Malware,2,2,Accept`,
    ].join('\n');
    const { snapshot } = readCsv(csv, { name: 'hostile.csv' });
    const bytes = await convertedWorkbook(importWorkbook(snapshot, {}), snapshot.sheets);
    expectNeutral(readXlsx(bytes, { name: 'out.xlsx' }), HOSTILE);
  });

  it('the gap report xlsx', async () => {
    const snapshot = readXlsx(await writeGapReportXlsx(hostileReport()), { name: 'gap.xlsx' });
    expect(snapshot.sheets.every((s) => (s.formulas ?? []).length === 0)).toBe(true);
    expectNeutral(snapshot, ['=HYPERLINK', '+cmd', '@SUM', '-2+3']);
  });

  it('the template, whose own text has nothing formula-like left', async () => {
    const snapshot = readXlsx(await writeCanonicalWorkbook(), { name: 't.xlsx' });
    expect(strings(snapshot).filter((c) => isFormulaLike(c.text))).toEqual([]);
  });
});
