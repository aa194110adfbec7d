/**
 * The diff as an xlsx workbook: a Summary sheet (readiness before and after, counts per area) and
 * a Changes sheet holding one Excel Table of every ChangeItem. No formulas; every text cell is
 * neutralised (see neutralise.ts). exceljs is imported on first use.
 */
import type { Worksheet } from 'exceljs';
import type { DiffResult } from '../../../shared/diff';
import { AREAS } from '../../../shared/diff';
import { AREA_TITLES, fieldLabel, subjectOf } from '../../../shared/diff';
import { addTable, title, type XValue } from '../xlsx/sheet-kit';
import { neutralise } from './neutralise';

export const DIFF_SHEETS = ['Summary', 'Changes'] as const;

const t = (v: string | null): XValue => (v === null ? null : neutralise(v));

function summary(ws: Worksheet, d: DiffResult): void {
  title(ws, 'A1', 'What changed between review cycles');
  const { before, after } = d.readiness;
  const rows: XValue[][] = [
    ['Previous', t(d.previous.join(', '))],
    ['Current', t(d.current.join(', '))],
    ['As of', d.asOf],
    ['Readiness before', t(`${before.overall}/100 (${before.verdictLabel})`)],
    ['Readiness after', t(`${after.overall}/100 (${after.verdictLabel})`)],
    ['Scores rescaled', d.methodology.rescaled ? 'Yes' : 'No'],
    ['SoA rows matched through the 2013 mapping', d.migratedControls],
    ...AREAS.map((a): XValue[] => [AREA_TITLES[a], d.counts[a]]),
  ];
  addTable(ws, {
    name: 'tblDiffSummary',
    ref: 'A3',
    columns: [
      { header: 'Item', width: 42 },
      { header: 'Value', width: 36 },
    ],
    rows,
  });
}

function changes(ws: Worksheet, d: DiffResult): void {
  addTable(ws, {
    name: 'tblChanges',
    ref: 'A1',
    columns: [
      { header: 'Area', width: 30 },
      { header: 'Change', width: 10 },
      { header: 'What', width: 22 },
      { header: 'Field', width: 20 },
      { header: 'Before', width: 36 },
      { header: 'After', width: 36 },
    ],
    rows: d.items.map((c) => [
      AREA_TITLES[c.area],
      c.kind,
      t(subjectOf(c)),
      c.area === 'readiness' ? null : fieldLabel(c.field) || null,
      t(c.before),
      t(c.after),
    ]),
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function writeDiffXlsx(d: DiffResult): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'isms diff';
  wb.title = `ISMS review-cycle diff ${d.asOf}`;
  summary(wb.addWorksheet('Summary'), d);
  changes(wb.addWorksheet('Changes'), d);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
