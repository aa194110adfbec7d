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
import type { PlanCell, PlanFormula } from './types';

export type InputRow = Readonly<Record<string, Cell>>;

/** Canonical columns followed by any other header the rows carry (kept, not dropped). */
export function tableColumns(def: TableDef, rows: readonly InputRow[]): ColumnDef[] {
  const cols: ColumnDef[] = [...def.columns];
  const known = new Set(cols.map((c) => c.header.toLowerCase()));
  // Rows repeat the same keys: each distinct key is looked at once (100k rows × 24 keys).
  const seen = new Set<string>();
  for (const r of rows) {
    for (const h of Object.keys(r)) {
      if (seen.has(h)) continue;
      seen.add(h);
      if (h.trim() === '' || known.has(h.toLowerCase())) continue;
      known.add(h.toLowerCase());
      cols.push({ key: h, header: h, width: 16 });
    }
  }
  return cols;
}

/** Date texts repeat across a register (one due date for many risks): each is parsed once. */
const serials = new Map<string, number | null>();

function dateSerial(v: string): number | null {
  let serial = serials.get(v);
  if (serial === undefined) {
    if (serials.size > 4096) serials.clear();
    const iso = asDate(v);
    serial = iso ? isoDateToSerial(iso) : null;
    serials.set(v, serial);
  }
  return serial;
}

/** Numeric text in number columns becomes a number; date text in date columns a serial. */
function normalise(col: ColumnDef, v: Cell): Cell {
  if (typeof v !== 'string') return v;
  if (col.kind === 'number') return asNumber(v) ?? v;
  if (col.kind === 'date') return dateSerial(v) ?? v;
  return v;
}

/** The row's value under `header`, matched exactly first, then case-insensitively. */
export function valueOf(row: InputRow, header: string): Cell {
  if (Object.hasOwn(row, header)) return row[header] ?? null;
  const key = Object.keys(row).find((k) => k.toLowerCase() === header.toLowerCase());
  return key === undefined ? null : (row[key] ?? null);
}

/** `valueOf` for the common case without a closure per row: rows mostly spell headers as given. */
function cellOf(row: InputRow, header: string): Cell {
  return Object.hasOwn(row, header) ? (row[header] ?? null) : valueOf(row, header);
}

/**
 * The row's values when its keys are exactly the columns' headers in order (the importer's rows
 * are): one native call instead of a keyed look-up per cell. Blank values read as null.
 */
function inColumnOrder(row: InputRow, cols: readonly ColumnDef[]): Cell[] | null {
  const keys = Object.keys(row);
  if (keys.length !== cols.length) return null;
  for (let c = 0; c < keys.length; c++) if (keys[c] !== cols[c].header) return null;
  const values: Cell[] = Object.values(row);
  for (let c = 0; c < values.length; c++) values[c] ??= null;
  return values;
}

/**
 * Formula cells shared between rows: a calculated column's cells differ only by their cached
 * result, of which a scale has a few dozen, so a 100k-row register holds a few dozen formula
 * cells instead of 400k (plan cells are never changed once made).
 */
function formulaCells(): (formula: string, result: number | string) => PlanFormula {
  const made = new Map<string, Map<number | string, PlanFormula>>();
  return (formula, result) => {
    let byResult = made.get(formula);
    if (byResult === undefined) made.set(formula, (byResult = new Map()));
    let c = byResult.get(result);
    if (c === undefined) byResult.set(result, (c = { formula, result }));
    return c;
  };
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
  const at = (h: string) => cols.findIndex((c) => c.header === h);
  const [l, i, rl, ri] = ['Likelihood', 'Impact', 'Residual Likelihood', 'Residual Impact'].map(at);
  const [is, ir, rs, rr] = f
    ? ['Inherent Score', 'Inherent Rating', 'Residual Score', 'Residual Rating'].map(at)
    : [];
  const out: PlanCell[][] = new Array(rows.length);
  const cell = formulaCells();
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const given = inColumnOrder(row, cols);
    const cells: PlanCell[] = given ?? new Array<PlanCell>(cols.length);
    for (let c = 0; c < cols.length; c++)
      cells[c] = normalise(cols[c], given ? given[c] : cellOf(row, cols[c].header));
    out[k] = cells;
    if (!f) continue;
    const inherent = formulaResults(m, cells[l] as Cell, cells[i] as Cell);
    const residual = formulaResults(m, cells[rl] as Cell, cells[ri] as Cell);
    cells[is] = cell(f.inherentScore, inherent.score);
    cells[ir] = cell(f.inherentRating, inherent.rating);
    cells[rs] = cell(f.residualScore, residual.score);
    cells[rr] = cell(f.residualRating, residual.rating);
  }
  return out;
}
