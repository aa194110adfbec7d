import { describe, expect, it } from 'vitest';
import {
  labelsOf,
  setColumnField,
  setHeaderRow,
  setKind,
} from '../../../addin/import/review-mapping';
import { fieldOptions } from '../../../addin/import/field-labels';
import { importWorkbook } from '../../../shared/import';
import { REGISTER } from '../components/register-snapshot';

describe('review mapping edits', () => {
  const first = importWorkbook(REGISTER);

  it('setColumnField moves one column and leaves the others', () => {
    const m = setColumnField(first.mapping, 'Registre', 'J', 'vulnerability');
    const r = importWorkbook(REGISTER, { mapping: m });
    expect(r.tables.tblRisks?.[0].Vulnerability).toBe('rouge');
    expect(r.tables.tblRisks?.[0]['Risk Owner']).toBe('DSI');
  });

  it('setKind re-matches the labels for the new kind', () => {
    const m = setKind(first.mapping, first, 'Registre', 'assets');
    expect(m.sheets.Registre).toMatchObject({ kind: 'assets', headerRow: 3 });
    expect(m.sheets.Registre.columns.E).toBe('owner');
    expect(importWorkbook(REGISTER, { mapping: m }).tables.tblAssets).toHaveLength(3);
  });

  it('setHeaderRow reads the labels on the new row and matches them', () => {
    const shifted = {
      ...REGISTER,
      sheets: [{ ...REGISTER.sheets[0], rows: [[], ...REGISTER.sheets[0].rows] }],
    };
    const detected = importWorkbook(shifted);
    const wrong = setHeaderRow(shifted, detected.mapping, 'Registre', 1);
    expect(Object.keys(wrong.sheets.Registre.columns)).toEqual([]);
    const right = setHeaderRow(shifted, wrong, 'Registre', 4);
    expect(right.sheets.Registre.columns).toMatchObject({ E: 'owner', F: 'likelihood' });
    expect(importWorkbook(shifted, { mapping: right }).tables.tblRisks).toHaveLength(3);
  });

  it('setHeaderRow ignores a row that is not a row number', () => {
    expect(setHeaderRow(REGISTER, first.mapping, 'Registre', 0)).toBe(first.mapping);
  });

  it('labelsOf lists mapped and unmapped columns in column order', () => {
    expect(labelsOf(first.sheets[0]).map((l) => l.column)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
      'I',
      'J',
    ]);
  });
});

describe('fieldOptions', () => {
  it('names each field by the canonical column it fills', () => {
    const labels = fieldOptions('risks').map((o) => o.label);
    expect(labels).toContain('Risk Owner');
    expect(labels).toContain('Annex A Controls');
    expect(fieldOptions('other')).toEqual([]);
  });
});

describe('choosing a kind for a sheet the detector left out', () => {
  // Headers nobody has seen, a hint under each: the detector keeps it as "other".
  const snapshot = {
    name: 'x.xlsx',
    tables: [],
    sheets: [
      {
        name: 'Liste',
        origin: { row: 1, col: 1 },
        rows: [
          ['Kód\n(unikátní)', 'Co se může stát', 'P', 'D'],
          ['K-1', 'Požár serverovny', 2, 5],
          ['K-2', 'Únik dat zákazníků', 3, 4],
          ['K-3', 'Výpadek dodavatele', 4, 2],
        ],
      },
    ],
  };

  it('pre-fills every column it can from content and imports the rows', () => {
    const r = importWorkbook(snapshot);
    expect(r.sheets[0].kind).toBe('other');
    const m = setKind(r.mapping, r, 'Liste', 'risks', snapshot);
    expect(m.sheets.Liste).toMatchObject({ kind: 'risks', headerRow: 1 });
    expect(m.sheets.Liste.columns).toMatchObject({ A: 'id' });
    const after = importWorkbook(snapshot, { mapping: m });
    expect(after.tables.tblRisks).toHaveLength(3);
    expect(after.sheets[0].unmapped.map((u) => u.column)).toEqual(
      expect.arrayContaining(['C', 'D'].filter((c) => !m.sheets.Liste.columns[c])),
    );
  });
});
