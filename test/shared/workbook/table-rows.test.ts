import { describe, expect, it } from 'vitest';
import type { Cell, WorkbookSnapshot } from '../../../shared/grid/grid';
import { readTable } from '../../../shared/workbook/table-rows';
import {
  IMPACT_TABLE,
  LIKELIHOOD_TABLE,
  RATINGS_TABLE,
  RISKS,
} from '../../../shared/workbook/canonical';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';

/** A Methodology sheet laid out like the template (titles, stacked and side-by-side blocks), without tables. */
function stackedMethodology(): WorkbookSnapshot {
  const rows: Cell[][] = [
    ['Risk assessment methodology'],
    ['ISO/IEC 27001:2022 6.1.2 …'],
    [],
    ['Settings', null, null, null, 'Rating bands'],
    ['Setting', 'Value', null, null, 'Rating', 'Min Score', 'Max Score', 'Colour'],
    ['Score formula', 'Product', null, null, 'Low', 1, 4, '#92D050'],
    ['Acceptance threshold', 9, null, null, 'Medium', 5, 9, '#FFEB84'],
    [null, null, null, null, 'High', 10, 15, '#FFC000'],
    [null, null, null, null, 'Critical', 16, 25, '#FF5B5B'],
    ['Likelihood scale'],
    ['Level', 'Label', 'Description'],
    ...DEFAULT_METHODOLOGY.likelihood.map((l) => [l.level, l.label, l.description]),
    [],
    ['Impact scale'],
    ['Level', 'Label', 'Description'],
    ...DEFAULT_METHODOLOGY.impact.map((l) => [l.level, l.label, l.description]),
  ];
  return {
    name: 'm.csv',
    tables: [],
    sheets: [{ name: 'Methodology', origin: { row: 1, col: 1 }, rows }],
  };
}

describe('readTable', () => {
  it('finds stacked blocks with the same headers by occurrence, below titles', () => {
    const s = stackedMethodology();
    const l = readTable(s, { ...LIKELIHOOD_TABLE, stopAtBlank: true });
    const i = readTable(s, { ...IMPACT_TABLE, occurrence: 1, stopAtBlank: true });
    expect(l?.headerRow).toBe(11);
    expect(l?.records.map((r) => r.values[1])).toEqual(
      DEFAULT_METHODOLOGY.likelihood.map((x) => x.label),
    );
    expect(i?.headerRow).toBe(19);
    expect(i?.records.map((r) => r.row)).toEqual([20, 21, 22, 23, 24]);
  });

  it('finds a block that starts in a later column', () => {
    const t = readTable(stackedMethodology(), { ...RATINGS_TABLE, stopAtBlank: true });
    expect(t?.firstCol).toBe(5);
    expect(t?.letters).toEqual({ name: 'E', min: 'F', max: 'G', color: 'H' });
    expect(t?.records).toHaveLength(4);
  });

  it('reads the whole methodology from such a sheet', () => {
    expect(parseWorkbook(stackedMethodology()).workbook.methodology).toEqual(DEFAULT_METHODOLOGY);
  });

  it('honours the sheet origin and skips rows holding only formula results', () => {
    const s: WorkbookSnapshot = {
      name: 'r.xlsx',
      tables: [
        {
          name: 'tblRisks',
          sheet: 'Risks',
          ref: 'B3:D5',
          hasHeaderRow: true,
          columns: ['Risk ID', 'Inherent Score', 'Threat'],
        },
      ],
      sheets: [
        {
          name: 'Risks',
          origin: { row: 3, col: 2 },
          rows: [
            ['Risk ID', 'Inherent Score', 'Threat'],
            [null, 0, null],
            ['R1', 6, 'Fire'],
          ],
          formulas: ['C4', 'C5'],
        },
      ],
    };
    const t = readTable(s, RISKS);
    expect(t?.records.map((r) => r.row)).toEqual([5]);
    expect(t?.letters).toMatchObject({ id: 'B', inherentScore: 'C', threat: 'D' });
    expect(t?.missing.map((c) => c.header)).toContain('Likelihood');
  });

  it('returns null when neither the table nor the sheet exists', () => {
    expect(readTable({ name: 'x', tables: [], sheets: [] }, RISKS)).toBeNull();
  });
});
