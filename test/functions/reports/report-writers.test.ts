/**
 * The writers of the review pack, treatment plan and SoA report, on the populated workbook whose
 * R-3 risk owner is formula-like text: content (ids, owners, 9.3 sections), neutralised cell text
 * in xlsx and pptx, escaped HTML, and the xlsx print setup (fit to one page wide, repeated header).
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { produceReport, type ReportInput } from '../../../functions/reports/report-writers';
import type { ReportFormat, ReportKind } from '../../../shared/reports/report-kinds';
import { populatedSnapshot, POPULATED_AS_OF } from '../../support/populated';

const OWNER = '=HYPERLINK("http://evil.example","x")<b>';
const snapshot = populatedSnapshot('Acme <ISMS>.xlsx', OWNER);
const input: ReportInput = {
  workbooks: [parseWorkbook(snapshot).workbook],
  snapshots: [snapshot],
  asOf: POPULATED_AS_OF,
  changes: null,
};
const text = async (k: ReportKind, f: ReportFormat) =>
  String((await produceReport(k, f, input)).output);
const bytes = async (k: ReportKind, f: ReportFormat) =>
  (await produceReport(k, f, input)).output as Uint8Array;

async function open(b: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(b) as unknown as ArrayBuffer);
  return wb;
}
const cellTexts = (wb: ExcelJS.Workbook) =>
  wb.worksheets.flatMap((ws) => {
    const out: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void out.push(String(c.value))));
    return out;
  });

describe('review pack writers', () => {
  it('writes every 9.3 section in the HTML, user text escaped', async () => {
    const html = await text('review-pack', 'html');
    for (const h of [
      '9.3.2 a)',
      '9.3.2 b) c)',
      '9.3.2 d)',
      '9.3.2 e)',
      '9.3.2 f)',
      '9.3.2 g)',
      '9.3.3',
    ])
      expect(html).toContain(`${h} `);
    for (const id of ['R-2', 'NC-7', 'NC-8', 'O-2', 'OFI-2', 'Approve SIEM budget', 'CFO'])
      expect(html).toContain(id);
    expect(html).toContain('No previous review supplied');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('<svg class="heat-map"');
  });

  it('renders the changes since the last review when the diff supplies them', async () => {
    const changes = [
      {
        area: 'risk',
        kind: 'changed',
        id: 'R-2',
        field: 'residualScore',
        before: '20',
        after: '16',
      },
      {
        area: 'soa',
        kind: 'changed',
        id: 'A.5.30',
        field: 'status',
        before: 'Planned',
        after: 'Not implemented',
      },
    ] as const;
    const html = String((await produceReport('review-pack', 'html', { ...input, changes })).output);
    expect(html).not.toContain('No previous review supplied');
    expect(html).toMatch(
      /<td>risk<\/td><td>changed<\/td><td>R-2<\/td><td>residualScore<\/td><td>20<\/td><td>16<\/td>/,
    );
    const zip = unzipSync(
      (await produceReport('review-pack', 'pptx', { ...input, changes })).output as Uint8Array,
    );
    const all = Object.keys(zip)
      .filter((n) => n.startsWith('ppt/slides/slide'))
      .map((n) => strFromU8(zip[n]))
      .join('');
    expect(all).toContain('Changes since the last review');
    expect(all).toContain('residualScore');
  });

  it('writes slides: summary first, one per input, the decisions last; text neutralised', async () => {
    const zip = unzipSync(await bytes('review-pack', 'pptx'));
    const slides = Object.keys(zip)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
    const xml = slides.map((n) => strFromU8(zip[n]));
    expect(xml.length).toBeGreaterThanOrEqual(9);
    expect(xml[0]).toContain('Management review — 2025-06-30');
    expect(xml[0]).toContain('Stage 1: ready');
    expect(xml[0]).toContain('Stage 2: not yet ready');
    expect(xml[0]).toContain('R-2');
    expect(xml.at(-1)).toContain('9.3.3 Decisions of the review');
    const all = xml.join('');
    for (const h of ['9.3.2 a)', '9.3.2 b) c)', '9.3.2 d)', '9.3.2 e)', '9.3.2 f)', '9.3.2 g)'])
      expect(all).toContain(h);
    expect(all).toContain('NC-7');
    expect(all).toContain('&apos;=HYPERLINK(');
    expect(all).not.toMatch(/<a:t>=HYPERLINK/);
    expect(Object.keys(zip).some((n) => n.startsWith('ppt/charts/'))).toBe(true);
  });

  it('writes an xlsx sheet per table, each printable one page wide with its header repeated', async () => {
    const wb = await open(await bytes('review-pack', 'xlsx'));
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toMatch(/^Summary Top risks/);
    expect(names.some((n) => n.startsWith('a) '))).toBe(true);
    expect(names).toContain('f) Heat map');
    expect(names.some((n) => n.startsWith('9.3.3'))).toBe(true);
    for (const ws of wb.worksheets)
      expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(cellTexts(wb)).toContain(`'${OWNER}`);
    expect(cellTexts(wb)).not.toContain(OWNER);
  });
});

describe('treatment plan writers', () => {
  it('marks overdue and unowned actions and the missing approval in the xlsx, printable', async () => {
    const wb = await open(await bytes('treatment-plan', 'xlsx'));
    const ws = wb.getWorksheet('Treatment plan')!;
    expect(ws.getCell('B5').value).toBe('R-1');
    expect(ws.getCell('B6').value).toBe('R-2');
    expect(ws.getCell('D6').value).toBe('CFO');
    expect(ws.getCell('G6').value).toBe('A.5.30 (Not implemented), A.7.4 (excluded in the SoA)');
    expect(ws.getCell('N6').value).toBe('Not approved');
    expect(ws.getCell('O6').value).toBe('Overdue; No action owner');
    expect((ws.getCell('J6').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws.getCell('D7').value).toBe(`'${OWNER}`);
    expect(ws.pageSetup).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      orientation: 'landscape',
    });
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
  });

  it('writes the plan as escaped HTML', async () => {
    const html = await text('treatment-plan', 'html');
    expect(html).toContain('No action owner');
    expect(html).toContain('Overdue');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('size: A4 landscape');
  });
});

describe('gap report xlsx print setup', () => {
  it('prints every sheet one page wide with its header row repeated (issue 13: not 22 pages)', async () => {
    const wb = await open(await bytes('gap-report', 'xlsx'));
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.pageSetup.printTitlesRow, ws.name).toMatch(/^\d+:\d+$/);
    }
    const road = wb.getWorksheet('Roadmap')!;
    expect(road.getCell('J6').value).toBe('R-3'); // linked risk ids, not a count
  });
});

describe('SoA report writers', () => {
  it('writes document control and the 93 controls, with print areas and repeated headers', async () => {
    const wb = await open(await bytes('soa-report', 'xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Document control', 'SoA']);
    const dc = wb.getWorksheet('Document control')!;
    expect(dc.getCell('B6').value).toBe('3.1');
    expect(dc.getCell('B8').value).toBe('CEO');
    const soa = wb.getWorksheet('SoA')!;
    expect(soa.getCell('A5').value).toBe('A.5.1');
    expect(soa.getCell('A97').value).toBe('A.8.34');
    expect(soa.pageSetup.printArea).toBe('A1:J97');
    expect(soa.pageSetup.printTitlesRow).toBe('4:4');
    const rows = soa.getSheetValues() as unknown[][];
    const a530 = rows.find((r) => r?.[1] === 'A.5.30')!;
    expect(a530[6]).toBe('Not implemented');
    expect(a530[10]).toBe('R-2');
  });

  it('writes the document as printable HTML grouped by theme', async () => {
    const html = await text('soa-report', 'html');
    expect(html).toContain('Statement of Applicability');
    expect(html).toContain('3.1');
    for (const theme of ['Organizational', 'People', 'Physical', 'Technological'])
      expect(html).toContain(`${theme} controls`);
    expect(html).toContain('No premises of our own');
  });
});
