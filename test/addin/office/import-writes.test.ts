import { describe, expect, it } from 'vitest';
import { cellInput, planTableWrites } from '../../../addin/office/import-writes';

const risks = {
  table: 'tblRisks',
  headers: ['Risk ID', 'Description', 'Inherent Score'],
  body: [['', '', '=[@L]*[@I]']],
};

describe('planTableWrites', () => {
  it('uses the new table’s blank row first, then appends, keeping the calculated column formula', () => {
    const w = planTableWrites(risks, [
      { 'Risk ID': 'R1', Description: 'a', 'Inherent Score': 12 },
      { 'Risk ID': 'R2', Description: 'b' },
    ]);
    expect(w.fills).toEqual([{ index: 0, cells: ['R1', 'a', '=[@L]*[@I]'] }]);
    expect(w.appends).toEqual([['R2', 'b', '=[@L]*[@I]']]);
    expect(w).toMatchObject({ added: 2, completed: 0, duplicates: 0 });
  });

  it('never replaces a cell that holds something', () => {
    const soa = {
      table: 'tblSoA',
      headers: ['Control ID', 'Applicable', 'Justification'],
      body: [['A.5.1', 'No', '']],
    };
    const w = planTableWrites(soa, [
      { 'Control ID': '5.1', Applicable: 'Yes', Justification: 'Required by policy' },
    ]);
    expect(w.fills).toEqual([{ index: 0, cells: ['A.5.1', 'No', 'Required by policy'] }]);
    expect(w.completed).toBe(1);
  });

  it('counts a keyed row with nothing new as a duplicate and writes nothing for it', () => {
    const soa = {
      table: 'tblSoA',
      headers: ['Control ID', 'Applicable'],
      body: [['A.5.1', 'Yes']],
    };
    const w = planTableWrites(soa, [{ 'Control ID': 'A.5.1', Applicable: 'No' }]);
    expect(w).toMatchObject({ fills: [], appends: [], duplicates: 1 });
  });

  it('merges a key repeated in the import into the row it appended', () => {
    const soa = {
      table: 'tblSoA',
      headers: ['Control ID', 'Applicable', 'Evidence'],
      body: [['A.5.1', 'Yes', 'x']],
    };
    const w = planTableWrites(soa, [
      { 'Control ID': 'A.8.8', Applicable: 'Yes' },
      { 'Control ID': 'A.8.8', Evidence: 'Scan reports' },
    ]);
    expect(w.appends).toEqual([['A.8.8', 'Yes', 'Scan reports']]);
  });

  it('names imported columns the table lacks', () => {
    const w = planTableWrites(risks, [{ 'Risk ID': 'R1', Colour: 'red' }]);
    expect(w.missingColumns).toEqual(['Colour']);
  });
});

describe('cellInput', () => {
  it('keeps text that starts with "=" as text and blanks as empty', () => {
    expect(cellInput('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(cellInput(null)).toBe('');
    expect(cellInput(4)).toBe(4);
  });
});
