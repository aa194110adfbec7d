/**
 * Hostile uploads for `npm run load`, generated in memory (small on the wire, costly to read):
 * a sheet that is one row of millions of empty `<c/>` cells (issue #11 item 4), a dimension of
 * A1:XFD1048576 with one cell in its far corner (item 2), a CSV row of 20,000 fields (item 5),
 * and bytes that are no workbook at all. They measure that the server stays up and responsive,
 * not what it answers (any 4xx/5xx problem is fine; a dropped connection is not).
 */
import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';

export type Payload = { readonly name: string; readonly type: string; readonly bytes: Uint8Array };

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Risks" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** A one-sheet xlsx whose sheet XML is `sheetData` (inside <sheetData>) after `head`. */
function xlsx(head: string, sheetData: string): Uint8Array {
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${head}<sheetData>${sheetData}</sheetData></worksheet>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'xl/workbook.xml': strToU8(WORKBOOK),
      'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    },
    { level: 9 },
  );
}

export function bombs(): Payload[] {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const fields = Array.from({ length: 20_000 }, (_, i) => `f${i}`).join(',');
  return [
    {
      name: 'empty-cells.xlsx',
      type: XLSX,
      bytes: xlsx('', `<row r="1">${'<c/>'.repeat(4_000_000)}</row>`),
    },
    {
      name: 'far-corner.xlsx',
      type: XLSX,
      bytes: xlsx(
        '<dimension ref="A1:XFD1048576"/>',
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',
      ),
    },
    { name: 'wide-row.csv', type: 'text/csv', bytes: strToU8(`${fields}\n${fields}\n`) },
    { name: 'junk.xlsx', type: XLSX, bytes: randomBytes(256 * 1024) },
  ];
}
