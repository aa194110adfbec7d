import { describe, expect, it } from 'vitest';
import { officeValuesToRows, officeValueToCell } from '../../../addin/office/office-values';
import { localAddress, snapshotFromTableValues } from '../../../addin/office/table-snapshot';

describe('officeValueToCell', () => {
  it('turns Excel’s empty string into null and keeps numbers, booleans, text and error strings', () => {
    expect(officeValueToCell('')).toBeNull();
    expect(officeValueToCell(45000)).toBe(45000);
    expect(officeValueToCell(true)).toBe(true);
    expect(officeValueToCell('  spaced ')).toBe('  spaced ');
    expect(officeValueToCell('#DIV/0!')).toBe('#DIV/0!');
    expect(officeValueToCell(Number.NaN)).toBeNull();
    expect(officeValueToCell(undefined)).toBeNull();
  });
});

describe('officeValuesToRows', () => {
  it('drops trailing blank cells so rows are ragged like the xlsx reader’s', () => {
    expect(
      officeValuesToRows([
        ['a', '', ''],
        ['', '', ''],
        ['', 2, ''],
      ]),
    ).toEqual([['a'], [], [null, 2]]);
  });
});

describe('localAddress', () => {
  it('strips the sheet name, quotes and $ signs', () => {
    expect(localAddress("'My sheet'!$B$3:$D$9")).toBe('B3:D9');
    expect(localAddress('Risks!A1:X20')).toBe('A1:X20');
    expect(localAddress('A1:B2')).toBe('A1:B2');
  });
});

describe('snapshotFromTableValues', () => {
  it('names unnamed columns when a table has no header row and marks hidden sheets', () => {
    const snap = snapshotFromTableValues('w', [
      {
        name: 'tblAssets',
        sheet: 'Assets',
        address: 'Assets!A1:B1',
        hasHeaderRow: false,
        values: [['A1', 'Laptop']],
        hidden: true,
      },
    ]);
    expect(snap.tables[0].columns).toEqual(['Column1', 'Column2']);
    expect(snap.sheets[0].hidden).toBe(true);
  });

  it('skips a table whose address cannot be read', () => {
    expect(
      snapshotFromTableValues('w', [
        { name: 't', sheet: 's', address: 'garbage', hasHeaderRow: true, values: [] },
      ]).tables,
    ).toEqual([]);
  });
});
