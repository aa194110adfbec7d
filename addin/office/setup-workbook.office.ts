/**
 * "Set up": adds the canonical sheets and tables of the workbook plan to the open workbook (never
 * touching the user's sheets), with list validations, native calculated columns (live scoring
 * without the add-in) and conditional formats in the methodology's band colours: the same
 * workbook `isms template` writes.
 */
import type { Methodology } from '../../shared/model';
import type { SetupResult } from '../deps';
import { withBulkWrite } from './bulk-write';
import { planSetup } from './setup-plan';
import { writeSheetPlan } from './write-sheet-plan.office';

/** Creates what `planSetup` allows; returns what was created and what was skipped and why. */
export async function setupWorkbook(
  ctx: Excel.RequestContext,
  m: Methodology,
): Promise<SetupResult> {
  const sheets = ctx.workbook.worksheets;
  const tables = ctx.workbook.tables;
  sheets.load('items/name');
  tables.load('items/name');
  await ctx.sync();
  const plan = planSetup(
    { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) },
    m,
  );
  if (plan.create.length > 0) {
    await withBulkWrite(ctx, () => {
      for (const s of plan.create) writeSheetPlan(ctx, s);
    });
  }
  return {
    created: plan.create.map((s) => s.name),
    skipped: plan.skipped,
    formulas: plan.formulas,
  };
}
