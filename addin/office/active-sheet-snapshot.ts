/**
 * Pure assembly of the active sheet as a one-sheet `WorkbookSnapshot` for the importer: values
 * from the used range (origin where it starts), merges (`'Sheet'!A1:J1, …` → `A1:J1`), the
 * display text of numeric cells that read differently from their value (`8.20` stored as 8.2:
 * the importer tells the two controls apart by it), and the sheet's tables.
 */
import type {
  Cell,
  DataValidationList,
  SheetSnapshot,
  TableRef,
  WorkbookSnapshot,
} from '../../shared/grid';
import { cellAddress } from '../../shared/grid';
import { officeValuesToRows } from './office-values';
import { localAddress } from './table-snapshot';

export type ActiveSheetValues = {
  readonly workbook: string;
  readonly sheet: string;
  readonly hidden?: boolean;
  /** 0-based first row and column of the used range (null when the sheet is empty). */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  /** `Range.text` of the same cells, when loaded. */
  readonly text?: readonly (readonly unknown[])[];
  /** The sheet's data-validation lists (read-sheet-lists.office.ts), when read. */
  readonly validations?: readonly DataValidationList[];
  /** `RangeAreas.address` of the merged areas, when the host supports it (ExcelApi 1.13). */
  readonly merges?: string;
  readonly tables?: readonly {
    readonly name: string;
    readonly address: string;
    readonly hasHeaderRow: boolean;
  }[];
};

/** Numeric cells shown as a different number (`8.20` for 8.2); dates and currencies are left out. */
function displayOf(v: ActiveSheetValues): Record<string, string> {
  const out: Record<string, string> = {};
  v.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const shown = v.text?.[r]?.[c];
      if (typeof value !== 'number' || typeof shown !== 'string') return;
      if (/^\d+(\.\d+)*$/.test(shown) && shown !== String(value))
        out[cellAddress(v.rowIndex + r + 1, v.columnIndex + c + 1)] = shown;
    }),
  );
  return out;
}

export function mergesOf(address: string | undefined): string[] {
  if (!address) return [];
  return [...address.matchAll(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g)]
    .map((m) => m[1].replace(/\$/g, ''))
    .filter((a) => a.includes(':'));
}

export function activeSheetSnapshot(v: ActiveSheetValues): WorkbookSnapshot {
  const rows: Cell[][] = officeValuesToRows(v.values);
  const display = displayOf(v);
  const merges = mergesOf(v.merges);
  const sheet: SheetSnapshot = {
    name: v.sheet,
    origin: { row: v.rowIndex + 1, col: v.columnIndex + 1 },
    rows,
    ...(v.hidden ? { hidden: true } : {}),
    ...(merges.length ? { merges } : {}),
    ...(Object.keys(display).length ? { display } : {}),
    ...(v.validations?.length ? { validations: v.validations } : {}),
  };
  const tables: TableRef[] = (v.tables ?? []).map((t) => {
    const ref = localAddress(t.address);
    return { name: t.name, sheet: v.sheet, ref, hasHeaderRow: t.hasHeaderRow, columns: [] };
  });
  return { name: v.workbook, sheets: [sheet], tables };
}
