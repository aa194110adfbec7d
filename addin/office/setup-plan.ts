/**
 * What "Set up" creates in the open workbook: the sheets of the workbook plan (the same plan the
 * CLI template executes, shared/workbook/plan) whose sheet and table names are free. A canonical
 * sheet or table name that already exists is skipped, never overwritten.
 */
import type { Methodology } from '../../shared/model';
import { FORMULA_TABLES } from '../../shared/workbook';
import { METHODOLOGY_SHEET } from '../../shared/workbook';
import { buildWorkbookPlan, type SheetPlan } from '../../shared/workbook';

export type SetupPlan = {
  readonly create: readonly SheetPlan[];
  readonly skipped: readonly { readonly sheet: string; readonly reason: string }[];
  /** False when the Methodology tables the formulas need are neither present nor created. */
  readonly formulas: boolean;
};

function whySkipped(
  sheet: SheetPlan,
  sheetTaken: ReadonlySet<string>,
  tableTaken: ReadonlySet<string>,
): string | null {
  if (sheetTaken.has(sheet.name.toLowerCase()))
    return `a sheet named “${sheet.name}” already exists; it was left untouched`;
  const clash = sheet.tables.find((t) => tableTaken.has(t.name.toLowerCase()));
  if (clash)
    return `a table named “${clash.name}” already exists elsewhere; “${sheet.name}” was not created`;
  return null;
}

/**
 * The level lists point at the plan's Methodology layout: when the workbook keeps its own
 * Methodology sheet they would point at the user's cells, so they are left out.
 */
function withoutLevelLists(sheet: SheetPlan): SheetPlan {
  return { ...sheet, validations: sheet.validations.filter((v) => v.range === undefined) };
}

/** What to create, given the sheet and table names the workbook already has. */
export function planSetup(
  existing: { readonly sheets: readonly string[]; readonly tables: readonly string[] },
  m: Methodology,
): SetupPlan {
  const sheetTaken = new Set(existing.sheets.map((s) => s.toLowerCase()));
  const tableTaken = new Set(existing.tables.map((t) => t.toLowerCase()));
  const full = buildWorkbookPlan({ methodology: m });
  const skipped: { sheet: string; reason: string }[] = [];
  const chosen = full.sheets.filter((s) => {
    const reason = whySkipped(s, sheetTaken, tableTaken);
    if (reason) skipped.push({ sheet: s.name, reason });
    return reason === null;
  });
  const available = new Set([
    ...tableTaken,
    ...chosen.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())),
  ]);
  const formulas = FORMULA_TABLES.every((t) => available.has(t.toLowerCase()));
  const ownMethodology = chosen.some((s) => s.name === METHODOLOGY_SHEET);
  const plan = formulas ? full : buildWorkbookPlan({ methodology: m, scoring: false });
  const create = plan.sheets
    .filter((s) => chosen.some((c) => c.name === s.name))
    .map((s) => (ownMethodology ? s : withoutLevelLists(s)));
  return { create, skipped, formulas };
}
