import { describe, expect, it } from 'vitest';
import { selectCell } from '../../../addin/office/navigate.office';
import { HostError } from '../../../addin/host-error';
import { fakeExcel } from './fake-excel';

describe('selectCell', () => {
  it('activates the finding’s sheet and selects its cell', async () => {
    const x = fakeExcel({ sheets: ['Risks', 'SoA'] });
    await selectCell(x.ctx, 'Risks', 'G7');
    expect(x.calls).toContain('activate Risks');
    expect(x.selections).toEqual(['Risks!G7']);
  });

  it('activates the sheet only when the finding has no cell', async () => {
    const x = fakeExcel({ sheets: ['SoA'] });
    await selectCell(x.ctx, 'SoA', null);
    expect(x.calls).toEqual(['activate SoA']);
    expect(x.selections).toEqual([]);
  });

  it('fails with sheet_missing when the sheet was renamed or deleted', async () => {
    const x = fakeExcel({ sheets: [] });
    const err = await selectCell(x.ctx, 'Risks', 'A2').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).reason).toBe('sheet_missing');
    expect((err as HostError).message).toContain('“Risks”');
  });
});
