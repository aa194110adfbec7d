/**
 * Child-process body of hostile-validations.test.ts: a sheet declaring 50,000 list validations,
 * each over ten ranges down to row 1,048,576 and across every column, with lists read from whole
 * columns; read with the xlsx reader and imported. Prints what was kept and this process's peak
 * memory as JSON.
 */
import { readXlsx } from '../../../readers/ooxml/read-xlsx';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { handWorkbook } from '../read-fixtures';

const ROWS = 300;
const str = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const rows = [`<row r="1">${str('A1', 'Risk ID')}${str('B1', 'Likelihood')}</row>`];
for (let r = 2; r <= ROWS; r++)
  rows.push(`<row r="${r}">${str(`A${r}`, `R-${r}`)}<c r="B${r}"><v>${(r % 5) + 1}</v></c></row>`);
const sqref = Array.from({ length: 10 }, (_, i) => `A${i + 1}:XFD1048576`).join(' ');
const dv = Array.from({ length: 50_000 }, (_, i) =>
  i % 2
    ? `<dataValidation type="list" sqref="${sqref}"><formula1>$B:$B</formula1></dataValidation>`
    : `<dataValidation type="list" sqref="${sqref}"><formula1>"Yes,No"</formula1></dataValidation>`,
).join('');
const body = `<sheetData>${rows.join('')}</sheetData><dataValidations>${dv}</dataValidations>`;
const wb = readXlsx(handWorkbook({ sheets: [{ name: 'Risks', body }] }), { name: 'dv.xlsx' });
const lists = wb.sheets[0].validations ?? [];
const result = importWorkbook(wb);
process.stdout.write(
  JSON.stringify({
    lists: lists.length,
    ranges: Math.max(...lists.map((l) => l.sqref.split(' ').length)),
    values: Math.max(...lists.map((l) => l.values.length)),
    sheets: result.sheets.length,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
