import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/import/normalize-text';
import { foldedMatch, headerRowTest, isSectionRow } from '../../../shared/import/row-kinds';
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

describe('foldedMatch', () => {
  const byFold = (t: string, h: string) => {
    const f = foldText(t);
    return h === f || f.startsWith(`${h} `) || h.startsWith(`${f} `);
  };

  it('decides while folding: equal, or one of them the other plus words', () => {
    expect(foldedMatch('Risk-ID', 'risk id')).toBe(true);
    expect(foldedMatch('RISK ID (unique)', 'risk id')).toBe(true);
    expect(foldedMatch('Risk', 'risk id')).toBe(true);
    expect(foldedMatch('RISK-5', 'risk id')).toBe(false);
    expect(foldedMatch('Risks', 'risk id')).toBe(false);
    expect(foldedMatch('Propriétaire', 'proprietaire')).toBeNull();
  });

  it('agrees with the fold on every short text of letters, digits, spaces and punctuation', () => {
    const heads = ['risk id', 'risk', 'id', 'a b', ''];
    const parts = ['', 'Risk', 'risk', 'ID', ' ', '-', '5', 'a', 'B', '(', 'é'];
    for (const h of heads)
      for (const a of parts)
        for (const b of parts)
          for (const c of parts) {
            const t = a + b + c;
            const m = foldedMatch(t, h);
            if (m !== null)
              expect(m, `${JSON.stringify(t)} vs ${JSON.stringify(h)}`).toBe(byFold(t, h));
          }
  });
});
