import { describe, expect, it } from 'vitest';
import { headerRowTest, isSectionRow } from '../../../shared/import/row-kinds';
import { sheetView } from '../../../shared/import/sheet-view';
import { sheet } from './fixtures';

const col = (column: string, header: string, field: string) => ({
  column,
  header,
  field,
  confidence: 1,
});

describe('headerRowTest', () => {
  const columns = [
    col('A', 'Risk ID', 'id'),
    col('B', 'Bedrohung / Gefährdung', 'threat'),
    col('C', 'Propriétaire', 'owner'),
  ];
  const v = sheetView(
    sheet({
      rows: [
        ['Risk ID', 'Bedrohung / Gefährdung', 'Propriétaire'],
        ['R-1', 'Phishing', 'CISO'],
        ['risk-id', '(Gefährdung)', 'PROPRIETAIRE'],
        ['  Risk ID (unique)', 'Bedrohung', 'Owner'],
        ['Ransomware', 'Bedrohung', 'Propriétaire du risque'],
        ['…Risk ID', '—', '¿Propriétaire?'],
        ['Risk 7', 'Bombe', 'Paul'],
      ],
    }),
  );
  const test = headerRowTest(v, columns);

  it('reads a row repeating the headers, folded (case, accents, punctuation)', () => {
    expect(test(1)).toBe(true);
    expect(test(3)).toBe(true);
    expect(test(4)).toBe(true);
    expect(test(6)).toBe(true);
  });

  it('reads a row as a header when most of its filled cells are headers', () => {
    expect(test(5)).toBe(true);
  });

  it('does not read a data row as a header', () => {
    expect(test(2)).toBe(false);
    expect(test(7)).toBe(false);
  });
});

describe('isSectionRow', () => {
  const v = sheetView(
    sheet({
      rows: [
        ['Organisational controls', null, null],
        ['A.5.1', null, null],
        ['x', 'y', 'z'],
      ],
      merges: ['A1:C1'],
    }),
  );

  it('reads one text merged over the row as a section, an id alone as a record', () => {
    expect(isSectionRow(v, 1, () => 1)).toBe(true);
    expect(isSectionRow(v, 2, () => 1)).toBe(false);
    expect(isSectionRow(v, 3, () => 3)).toBe(false);
  });
});
