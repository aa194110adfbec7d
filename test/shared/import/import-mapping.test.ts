import { describe, expect, it } from 'vitest';
import { parseImportMapping } from '../../../shared/import/import-mapping';
import { keptSheetName, originalSheetGrid } from '../../../shared/import/original-sheet';
import { importReportRows } from '../../../shared/import/import-report';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { sheet, workbook } from './fixtures';

describe('parseImportMapping', () => {
  it('accepts the shape --json prints', () => {
    const m = importWorkbook(
      workbook({
        rows: [
          ['Threat', 'Likelihood', 'Impact', 'Owner'],
          ['Fire', 2, 3, 'Ops'],
        ],
      }),
    ).mapping;
    const back = parseImportMapping(JSON.parse(JSON.stringify(m)));
    expect(back).toEqual({ ok: true, mapping: m });
  });

  it('names the sheet and column of an unknown field', () => {
    const r = parseImportMapping({
      sheets: { Risks: { kind: 'risks', headerRow: 1, columns: { C: 'likelyhood' } } },
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/sheet "Risks", column C: "likelyhood" is not a risks field/);
  });

  it('rejects a bad kind, header row or shape', () => {
    expect(parseImportMapping([]).ok).toBe(false);
    expect(
      parseImportMapping({ sheets: { S: { kind: 'table', headerRow: 1, columns: {} } } }).ok,
    ).toBe(false);
    expect(
      parseImportMapping({ sheets: { S: { kind: 'soa', headerRow: 0, columns: {} } } }).ok,
    ).toBe(false);
  });
});

describe('originalSheetGrid', () => {
  it('keeps values at their own addresses and the merges inside the used range', () => {
    const g = originalSheetGrid(
      sheet({
        rows: [
          ['Title', null],
          [null, 5],
        ],
        origin: { row: 2, col: 2 },
        merges: ['B2:C2', 'A1:XFD1'],
      }),
    );
    expect(g.rows).toEqual([
      [null, null, null],
      [null, 'Title', null],
      [null, null, 5],
    ]);
    expect(g.merges).toEqual(['B2:C2', 'A1:C1']);
  });
});

describe('keptSheetName', () => {
  it('prefixes, cuts to 31 characters and makes names unique', () => {
    const taken = new Set(['original - soa']);
    expect(keptSheetName('SOA', taken)).toBe('Original - SOA (2)');
    const long = keptSheetName('ΕΚΤΙΜΗΣΗ & ΔΙΑΧΕΙΡΙΣΗ ΚΝΔΝ Δ.Κ.', taken);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(keptSheetName('ΕΚΤΙΜΗΣΗ & ΔΙΑΧΕΙΡΙΣΗ ΚΝΔΝ Δ.Κ.', taken)).not.toBe(long);
  });
});

describe('importReportRows', () => {
  it('lists where each column went, with confidence, and what was left out', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Colour'],
          ['R1', 'Fire', 2, 3, 'red'],
        ],
      }),
    );
    const grid = importReportRows(r);
    expect(grid).toContainEqual(['Sheet1', 'C', 'Likelihood', 'Risks / Likelihood', 1]);
    expect(grid).toContainEqual([
      'Sheet1',
      'E',
      'Colour',
      'not mapped: kept in the original sheet',
      null,
    ]);
  });
});
