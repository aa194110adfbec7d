/**
 * Test fixtures for the xlsx reader, generated in the tests themselves: workbooks written with
 * exceljs, and hand-built packages (fflate) for what exceljs cannot or will not write.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

export async function excelJsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Zips parts; level 0 stores them uncompressed (the reader then slices raw bytes anywhere). */
export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files, { level });
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export type HandSheet = {
  name: string;
  /** Everything inside <worksheet>, e.g. `<sheetData>…</sheetData>`. */
  body: string;
  state?: 'hidden' | 'veryHidden';
  /** Table part XML bodies linked from this sheet. */
  tables?: string[];
  /** Target as written in workbook.xml.rels (default `worksheets/sheetN.xml`). */
  target?: string;
  /** The whole sheet part, replacing the default `<worksheet>` wrapper around `body`. */
  raw?: string;
};

/** A minimal, valid package: workbook, rels, the sheets, optional shared strings and styles. */
export function handWorkbook(opts: {
  sheets: HandSheet[];
  sharedStrings?: string;
  styles?: string;
  extraParts?: Record<string, string | Uint8Array>;
  /** XML after `<sheets>` in workbook.xml, e.g. `<definedNames>…</definedNames>`. */
  workbookTail?: string;
  level?: 0 | 6;
}): Uint8Array {
  const parts: Record<string, string | Uint8Array> = {
    ...opts.extraParts,
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
  };
  const wbRels: [string, string, string][] = [];
  const sheetTags = opts.sheets.map((s, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    wbRels.push([`rId${i + 1}`, 'worksheet', s.target ?? `worksheets/sheet${i + 1}.xml`]);
    parts[path] =
      s.raw ??
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${R}">${s.body}</worksheet>`;
    const tableRels = (s.tables ?? []).map((t, k): [string, string, string] => {
      const name = `table${i + 1}_${k + 1}.xml`;
      parts[`xl/tables/${name}`] = t;
      return [`rId${k + 1}`, 'table', `../tables/${name}`];
    });
    if (tableRels.length > 0) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = rels(tableRels);
    const state = s.state ? ` state="${s.state}"` : '';
    return `<sheet name="${s.name}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
  });
  if (opts.sharedStrings !== undefined) {
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0"?><sst xmlns="${NS}">${opts.sharedStrings}</sst>`;
    wbRels.push(['rIdS', 'sharedStrings', 'sharedStrings.xml']);
  }
  if (opts.styles !== undefined) {
    parts['xl/styles.xml'] =
      `<?xml version="1.0"?><styleSheet xmlns="${NS}">${opts.styles}</styleSheet>`;
    wbRels.push(['rIdT', 'styles', 'styles.xml']);
  }
  parts['xl/workbook.xml'] =
    `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheetTags.join('')}</sheets>${opts.workbookTail ?? ''}</workbook>`;
  parts['xl/_rels/workbook.xml.rels'] = rels(wbRels);
  return zipParts(parts, opts.level);
}

function rels(list: [string, string, string][]): string {
  const items = list.map(
    ([id, type, target]) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`,
  );
  return `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** An OLE2 compound-file header followed by directory names (UTF-16LE), like Excel's files. */
export function ole2Bytes(streamNames: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const out = new Uint8Array(2048);
  out.set(header, 0);
  let at = 512;
  for (const name of streamNames) {
    for (const ch of name) {
      out[at] = ch.charCodeAt(0);
      at += 2;
    }
    at += 64 - ((at - 512) % 64);
  }
  return out;
}
