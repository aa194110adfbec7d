/**
 * Rows handed to the plan, keyed by header (the importer's canonical rows, a caller's starter
 * rows): the table's columns, then each row's cells in column order with numbers and dates
 * normalised and tblRisks's calculated columns as formulas with the core's cached results.
 */
import type { Cell } from '../../grid/grid';
import type { Methodology } from '../../model/types';
import { asDate, asNumber, isoDateToSerial } from '../../grid/cell';
import { RISKS, type ColumnDef, type TableDef } from '../canonical';
import { formulaResults, riskFormulas } from '../formulas';
import type { PlanCell } from './types';

export type InputRow = Readonly<Record<string, Cell>>;

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

/** The row's value under `header`, matched exactly first, then case-insensitively. */
export function valueOf(row: InputRow, header: string): Cell {
  if (header in row) return row[header] ?? null;
  const key = Object.keys(row).find((k) => k.toLowerCase() === header.toLowerCase());
  return key === undefined ? null : (row[key] ?? null);
}

/**
 * Cells of each row in `cols` order. With `formulas`, tblRisks's score and rating columns get
 * their formula and the result the core computes; without (the Methodology tables the formulas
 * need are not in the workbook) they hold what the rows give.
 */
export function tableCells(
  def: TableDef,
  cols: readonly ColumnDef[],
  rows: readonly InputRow[],
  m: Methodology,
  formulas: boolean,
): PlanCell[][] {
  const f = def.table === RISKS.table && formulas ? riskFormulas(m) : null;
  const index = new Map(cols.map((c, i) => [c.header, i]));
  return rows.map((row) => {
    const cells: PlanCell[] = cols.map((c) => normalise(c, valueOf(row, c.header)));
    if (!f) return cells;
    const at = (h: string) => cells[index.get(h)!] as Cell;
    const inherent = formulaResults(m, at('Likelihood'), at('Impact'));
    const residual = formulaResults(m, at('Residual Likelihood'), at('Residual Impact'));
    const put = (h: string, formula: string, result: number | string) => {
      cells[index.get(h)!] = { formula, result };
    };
    put('Inherent Score', f.inherentScore, inherent.score);
    put('Inherent Rating', f.inherentRating, inherent.rating);
    put('Residual Score', f.residualScore, residual.score);
    put('Residual Rating', f.residualRating, residual.rating);
    return cells;
  });
}
