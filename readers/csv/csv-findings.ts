/** The findings the CSV reader makes: a record whose field count or quoting is wrong. */
import { cellAddress, type Finding } from '../../shared';

export function malformedRow(
  workbook: string,
  sheet: string,
  row: number,
  got: number,
  want: number,
): Finding {
  const hint =
    got > want
      ? 'probably an unquoted delimiter inside a value; its cells were kept as read, not shifted'
      : 'its cells were kept as read, the missing ones are blank';
  return {
    rule: 'CSV-MALFORMED-ROW',
    severity: 'not-checked',
    workbook,
    sheet,
    cell: cellAddress(row, 1),
    row,
    message: `Row ${row} has ${got} fields but the header has ${want} (${hint}).`,
  };
}

export function quoteProblem(workbook: string, sheet: string, row: number, why: string): Finding {
  return {
    rule: 'CSV-MALFORMED-ROW',
    severity: 'not-checked',
    workbook,
    sheet,
    cell: cellAddress(row, 1),
    row,
    message: `Row ${row}: ${why}; the row was kept as read — check its quoting.`,
  };
}
