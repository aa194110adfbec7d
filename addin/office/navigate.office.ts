/** Jumps to a finding: activates its sheet and selects its cell (or the sheet when no cell). */
import { HostError } from '../host-error';
import { parseRange } from '../../shared/grid';

export async function selectCell(
  ctx: Excel.RequestContext,
  sheet: string,
  cell: string | null,
): Promise<void> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load('isNullObject');
  await ctx.sync();
  if (ws.isNullObject)
    throw new HostError(
      'sheet_missing',
      `The sheet “${sheet}” is no longer in the workbook; it may have been renamed or deleted.`,
    );
  ws.activate();
  if (cell && parseRange(cell)) ws.getRange(cell).select();
  await ctx.sync();
}
