/**
 * Child process of write-workbook-scale.test.ts: writes a canonical workbook with N risks, records
 * its peak RSS right after the write, then reads the file back with the project's reader and
 * prints `SCALE_RESULT {json}`.
 *
 *   npx tsx test/functions/xlsx/write-scale-child.ts N
 */
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { readXlsx } from '../../../readers';
import { tableParts } from './write-support';

const n = Number(process.argv[2]);
const rows = Array.from({ length: n }, (_, k) => ({
  'Risk ID': `R-${k + 1}`,
  Threat: 'Phishing',
  Description: `Phishing of mailbox ${k + 1} leads to account takeover`,
  'Risk Owner': 'CISO',
  Likelihood: (k % 5) + 1,
  Impact: ((k * 7) % 5) + 1,
  Treatment: 'Modify',
  'Annex A Controls': 'A.5.15, A.8.5',
  'Due Date': '2030-12-31',
}));
const bytes = await writeCanonicalWorkbook({ rows: { tblRisks: rows } });
const writePeakMb = process.resourceUsage().maxRSS / 1024;
const snap = readXlsx(bytes, { name: 'scale.xlsx' });
const risks = snap.tables.find((t) => t.name === 'tblRisks')!;
const sheet = snap.sheets.find((s) => s.name === 'Risks')!;
const calculated = (tableParts(bytes).tblRisks.match(/<calculatedColumnFormula>/g) ?? []).length;
const last = sheet.rows[sheet.rows.length - 1];
process.stdout.write(
  `\nSCALE_RESULT ${JSON.stringify({ writePeakMb, bytes: bytes.length, ref: risks.ref, calculated, lastId: last[0], lastScore: last[8] })}\n`,
);
