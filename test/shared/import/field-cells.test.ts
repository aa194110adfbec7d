import { describe, expect, it } from 'vitest';
import { FieldCells, PLACEHOLDER, isPlaceholder } from '../../../shared/import/field-cells';
import { readDataRows } from '../../../shared/import/data-rows';
import { sheetView } from '../../../shared/import/sheet-view';
import { sheet } from './fixtures';

describe('isPlaceholder', () => {
  it('reads bracketed template hints as placeholders, whatever the spaces around them', () => {
    for (const t of ['[Check Yes/No]', '<owner>', '  [ ]  ', '\u00a0<name>\u3000', '\t[x]\n'])
      expect(isPlaceholder(t)).toBe(true);
  });

  it('does not read text that only contains brackets as a placeholder', () => {
    for (const t of ['Owner <CISO>', '[A] and [B', 'x[1]', '', '   ', 'é[1]'])
      expect(isPlaceholder(t)).toBe(false);
  });

  it('agrees with PLACEHOLDER on every text', () => {
    const parts = ['', ' ', '\u00a0', '[', ']', '<', '>', 'a', '\u2003', '\n'];
    for (const a of parts)
      for (const b of parts)
        for (const c of parts)
          for (const d of parts) {
            const t = a + b + c + d;
            expect(isPlaceholder(t)).toBe(PLACEHOLDER.test(t));
          }
  });
});

describe('FieldCells', () => {
  const v = sheetView(
    sheet({
      rows: [
        ['Risk ID', 'Threat', 'Owner'],
        ['R-1', 'Phishing', '<owner>'],
        [null, 'Malware', 'CISO'],
      ],
      merges: ['A2:A3'],
    }),
  );
  const columns = [
    { column: 'A', header: 'Risk ID', field: 'id', confidence: 1 },
    { column: 'B', header: 'Threat', field: 'threat', confidence: 1 },
    { column: 'C', header: 'Owner', field: 'owner', confidence: 1 },
  ];

  it('reads fields by column: merged cells filled down, placeholders blank, unmapped null', () => {
    const cells = new FieldCells(v, columns);
    expect(cells.column('threat')).toBe(2);
    expect(cells.column('status')).toBe(0);
    expect(cells.at(3, cells.column('id'))).toBe('R-1');
    expect(cells.at(2, cells.column('owner'))).toBeNull();
    expect(cells.at(2, cells.column('status'))).toBeNull();
  });

  it('gives the data rows the same reading through field()', () => {
    const { rows, dropped } = readDataRows(v, 1, columns);
    expect(rows.map((r) => [r.row, r.field('id'), r.field('threat'), r.field('owner')])).toEqual([
      [2, 'R-1', 'Phishing', null],
      [3, 'R-1', 'Malware', 'CISO'],
    ]);
    expect(dropped.map((d) => d.reason)).toEqual(['1 template placeholder cell(s) read as blank']);
  });
});
