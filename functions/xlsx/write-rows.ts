/**
 * Rows of the canonical tables as the template writer lays them out: cells in column order,
 * numbers and dates normalised, the calculated columns of tblRisks as formulas with the result
 * the core computes (so readers that do not recalculate still see the scores).
 */
import type { Cell } from '../../shared/grid/grid';
import type { Methodology } from '../../shared/model/types';
import { asDate, asNumber, isoDateToSerial } from '../../shared/grid/cell';
import { ASSESSABLE_CLAUSES } from '../../shared/catalog/clauses';
import { CONTROLS } from '../../shared/catalog/controls';
import { normalizeControlId } from '../../shared/catalog/find-control';
import {
  CLAUSES_TABLE,
  RISKS,
  SOA,
  type ColumnDef,
  type TableDef,
} from '../../shared/workbook/canonical';
import { formulaResults, riskFormulas } from '../../shared/workbook/formulas';

export type FormulaCell = { readonly formula: string; readonly result: number | string };
export type TableCell = Cell | FormulaCell;
export type InputRow = Readonly<Record<string, Cell>>;

export function isFormulaCell(v: TableCell | undefined): v is FormulaCell {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

/** Canonical columns followed by any other header the rows carry (kept, not dropped). */
export function tableColumns(def: TableDef, rows: readonly InputRow[]): ColumnDef[] {
  const cols: ColumnDef[] = [...def.columns];
  const known = new Set(cols.map((c) => c.header.toLowerCase()));
  for (const r of rows) {
    for (const h of Object.keys(r)) {
      if (h.trim() === '' || known.has(h.toLowerCase())) continue;
      known.add(h.toLowerCase());
      cols.push({ key: h, header: h, width: 16 });
    }
  }
  return cols;
}

/** Numeric text in number columns becomes a number; date text in date columns a serial. */
function normalise(col: ColumnDef, v: Cell): Cell {
  if (typeof v !== 'string') return v;
  if (col.kind === 'number') return asNumber(v) ?? v;
  if (col.kind === 'date') {
    const iso = asDate(v);
    return iso ? isoDateToSerial(iso) : v;
  }
  return v;
}

function valueOf(row: InputRow, header: string): Cell {
  if (header in row) return row[header] ?? null;
  const key = Object.keys(row).find((k) => k.toLowerCase() === header.toLowerCase());
  return key === undefined ? null : (row[key] ?? null);
}

/** Cells of each row in `cols` order; tblRisks formula columns get formula + cached result. */
export function tableCells(
  def: TableDef,
  cols: readonly ColumnDef[],
  rows: readonly InputRow[],
  m: Methodology,
): TableCell[][] {
  const f = def.table === RISKS.table ? riskFormulas(m) : null;
  return rows.map((row) => {
    const cells: TableCell[] = cols.map((c) => normalise(c, valueOf(row, c.header)));
    if (!f) return cells;
    const at = (h: string) => cells[cols.findIndex((c) => c.header === h)] as Cell;
    const inherent = formulaResults(m, at('Likelihood'), at('Impact'));
    const residual = formulaResults(m, at('Residual Likelihood'), at('Residual Impact'));
    const put = (h: string, formula: string, result: number | string) => {
      cells[cols.findIndex((c) => c.header === h)] = { formula, result };
    };
    put('Inherent Score', f.inherentScore, inherent.score);
    put('Inherent Rating', f.inherentRating, inherent.rating);
    put('Residual Score', f.residualScore, residual.score);
    put('Residual Rating', f.residualRating, residual.rating);
    return cells;
  });
}

/** All 93 Annex A 2022 controls: id as text (`8.20`, never the number 8.2), title, theme. */
export function soaPrefill(): InputRow[] {
  return CONTROLS.map((c) => ({ 'Control ID': c.id, 'Control Title': c.title, Theme: c.theme }));
}

/** The 30 assessable clauses 4.1 … 10.2. */
export function clausePrefill(): InputRow[] {
  return ASSESSABLE_CLAUSES.map((c) => ({ Clause: c.id, Title: c.title }));
}

/** Given rows, then prefilled rows whose id the given rows do not already hold. */
export function withPrefill(
  def: TableDef,
  given: readonly InputRow[],
  prefill: readonly InputRow[],
): InputRow[] {
  const idHeader = def.columns[0].header;
  const key = (v: Cell) => {
    const text = v === null ? '' : String(v).trim();
    return def.table === SOA.table
      ? (normalizeControlId(text) ?? text)
      : text.replace(/^(clause|cl\.?)\s*/i, '');
  };
  const have = new Set(given.map((r) => key(valueOf(r, idHeader))));
  return [...given, ...prefill.filter((r) => !have.has(key(r[idHeader])))];
}

export const PREFILLS: Readonly<Record<string, () => InputRow[]>> = {
  [SOA.table]: soaPrefill,
  [CLAUSES_TABLE.table]: clausePrefill,
};
