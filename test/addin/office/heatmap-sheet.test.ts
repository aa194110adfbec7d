import { describe, expect, it } from 'vitest';
import { writeHeatMapSheet } from '../../../addin/office/heatmap-sheet.office';
import { HEATMAP_SHEET, HEATMAP_TITLE, layoutHeatMaps } from '../../../shared/workbook/plan';
import type { HeatMap } from '../../../shared/model/assessment';
import { HostError } from '../../../addin/host-error';
import { fakeExcel } from './fake-excel';

const levels = [1, 2].map((level) => ({ level, label: `L${level}`, description: '' }));
const map: HeatMap = {
  kind: 'inherent',
  likelihood: levels,
  impact: levels,
  cells: [1, 2].flatMap((l) =>
    [1, 2].map((i) => ({
      likelihood: l,
      impact: i,
      score: l * i,
      band: l * i > 2 ? 'High' : 'Low',
      color: l * i > 2 ? '#FF0000' : '#00FF00',
      count: l === 2 && i === 2 ? 3 : 0,
      riskIds: [],
    })),
  ),
  unplaced: [],
  total: 3,
};

describe('layoutHeatMaps', () => {
  it('puts the highest likelihood on top with each count on its band colour, the axis below', () => {
    const cells = layoutHeatMaps([map], 'reg.xlsx', '2025-06-30');
    const at = (row: number, col: number) => cells.find((c) => c.row === row && c.col === col);
    expect(cells[0]).toEqual({ row: 1, col: 1, value: HEATMAP_TITLE, bold: true, role: 'title' });
    expect(at(4, 1)?.value).toBe('Inherent risk (3 risks)');
    expect(at(5, 1)?.value).toBe('2 L2');
    expect(at(5, 3)).toEqual({
      row: 5,
      col: 3,
      value: 3,
      fill: '#FF0000',
      bold: true,
      role: 'count',
    });
    // No risk in a cell: blank on its band colour.
    expect(at(6, 2)).toMatchObject({ value: null, fill: '#00FF00' });
    expect(at(7, 1)?.value).toBe('Likelihood ↑ / Impact →');
    expect(at(7, 3)?.value).toBe('2 L2');
  });
});

describe('writeHeatMapSheet', () => {
  it('writes a new sheet and nothing else', async () => {
    const x = fakeExcel({ sheets: ['Risks'] });
    expect(await writeHeatMapSheet(x.ctx, [map], 'reg.xlsx', '2025-06-30')).toBe(HEATMAP_SHEET);
    expect(x.addedSheets).toEqual([HEATMAP_SHEET]);
    expect(x.writes.every((w) => w.sheet === HEATMAP_SHEET)).toBe(true);
    expect(x.writes.filter((w) => w.kind === 'fill')).toHaveLength(4);
  });

  it('refuses to replace a user sheet of the same name', async () => {
    const x = fakeExcel({
      sheets: [HEATMAP_SHEET],
      tables: [{ name: 'T', sheet: HEATMAP_SHEET, address: 'A1:A1', values: [['My notes']] }],
    });
    const err = await writeHeatMapSheet(x.ctx, [map], 'reg.xlsx', '2025-06-30').catch(
      (e: unknown) => e,
    );
    expect((err as HostError).reason).toBe('name_taken');
    expect(x.calls).not.toContain(`delete ${HEATMAP_SHEET}`);
  });

  it('replaces its own earlier export', async () => {
    const x = fakeExcel({
      sheets: [HEATMAP_SHEET],
      tables: [{ name: 'T', sheet: HEATMAP_SHEET, address: 'A1:A1', values: [[HEATMAP_TITLE]] }],
    });
    await writeHeatMapSheet(x.ctx, [map], 'reg.xlsx', '2025-06-30');
    expect(x.calls).toContain(`delete ${HEATMAP_SHEET}`);
  });
});
