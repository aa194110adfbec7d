/** exceljs loaded on first use (about 250 ms of cold start), a new workbook, and its bytes. */
import type { Workbook } from 'exceljs';

export async function newWorkbook(creator: string, title: string): Promise<Workbook> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.title = title;
  return wb;
}

export async function toBytes(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
