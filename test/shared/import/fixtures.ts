/** Small snapshots for import tests, built in code (never copied from the corpus). */
import type {
  Cell,
  DataValidationList,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../../../shared/grid/grid';

export type SheetSpec = {
  readonly name?: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly origin?: { row: number; col: number };
  readonly merges?: readonly string[];
  readonly display?: Record<string, string>;
  readonly formulas?: readonly string[];
  readonly validations?: readonly DataValidationList[];
};

export function sheet(spec: SheetSpec): SheetSnapshot {
  return {
    name: spec.name ?? 'Sheet1',
    origin: spec.origin ?? { row: 1, col: 1 },
    rows: spec.rows,
    merges: spec.merges,
    display: spec.display,
    formulas: spec.formulas,
    ...(spec.validations ? { validations: spec.validations } : {}),
  };
}

export function workbook(...sheets: SheetSpec[]): WorkbookSnapshot {
  return { name: 'test.xlsx', sheets: sheets.map(sheet), tables: [] };
}
