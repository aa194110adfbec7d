/**
 * The plan's list validations, conditional formats (rating-band colours) and static band fills
 * on an exceljs worksheet. Conditional-format formulas are plain A1 (Excel forbids structured
 * references there); priorities are unique on a sheet, as Excel wants.
 */
import type * as ExcelJS from 'exceljs';
import type { BandStyle, SheetPlan } from '../../shared/workbook/plan';
import { font } from './write-table';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function bandStyle(b: BandStyle): Partial<ExcelJS.Style> {
  return {
    fill: {
      type: 'pattern',
      pattern: 'solid',
      bgColor: { argb: argb(b.fill) },
      fgColor: { argb: argb(b.fill) },
    },
    font: { color: { argb: argb(b.font) }, bold: true },
  };
}

/** exceljs has `Worksheet.dataValidations.add(range, …)` (one rule per range) but does not type it. */
type WithValidations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };

export function addValidations(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const v of plan.validations) {
    (ws as unknown as WithValidations).dataValidations.add(v.ref, {
      type: 'list',
      allowBlank: v.allowBlank,
      formulae: [v.range ?? `"${(v.values ?? []).join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.title,
      error: v.error,
    });
  }
}

export function addFormats(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  let priority = 1;
  for (const f of plan.formats) {
    ws.addConditionalFormatting({
      ref: f.ref,
      rules: f.rules.map((r) =>
        r.type === 'expression'
          ? { type: 'expression', priority: priority++, formulae: [r.formula], style: bandStyle(r) }
          : {
              type: 'cellIs',
              operator: 'between',
              priority: priority++,
              formulae: [r.min, r.max],
              style: bandStyle(r),
            },
      ),
    });
  }
  for (const f of plan.fills) {
    const cell = ws.getCell(f.ref);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
    cell.font = font({ color: { argb: argb(f.font) }, bold: true });
  }
}
