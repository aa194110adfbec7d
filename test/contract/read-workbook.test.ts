/**
 * Runs the reader contract against both hosts' readers: the xlsx reader (CLI, API, browser mode)
 * and the office-js normaliser fed `Range.values` for the same workbook
 * (test/fixtures/register.office-values.json; see make-office-values.ts for how it was made).
 */
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../readers';
import { snapshotFromTableValues, type TableValues } from '../../addin/office/table-snapshot';
import { DEFECTIVE_NAME, writeDefectiveWorkbook } from '../e2e/defective-workbook';
import { describeReadWorkbook } from './read-workbook.contract';

describeReadWorkbook('xlsx reader', async () =>
  readXlsx(await writeDefectiveWorkbook(), { name: DEFECTIVE_NAME }),
);

describeReadWorkbook('office-js Range.values', async () => {
  const fixture = JSON.parse(
    readFileSync(new URL('../fixtures/register.office-values.json', import.meta.url), 'utf8'),
  ) as { workbook: string; tables: TableValues[] };
  return snapshotFromTableValues(fixture.workbook, fixture.tables);
});
