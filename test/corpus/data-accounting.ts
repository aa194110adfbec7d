/**
 * "The import never loses data", as a checkable property: every non-empty source cell is kept at
 * its own address in the sheet's original copy, and within a sheet imported as a register every
 * cell is accounted for — in a header row or a title above it, in a column that is mapped or
 * named as unmapped in the report, and on a row that was read as a record or named among the
 * rows not carried over (with its reason). Returns the cells that break it (empty: nothing lost).
 */
import { cellAddress, columnLetter } from '../../shared/grid/address';
import { isBlank } from '../../shared/grid/cell';
import type { SheetSnapshot, WorkbookSnapshot } from '../../shared/grid/grid';
import { keptSheets } from '../../shared/import/original-sheet';
import type { ImportResult, SheetImport } from '../../shared/import/types';

type Problem = string;

/** Non-empty cells of a snapshot, by absolute address. */
function cellsOf(s: SheetSnapshot): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  s.rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (!isBlank(v)) out.push({ row: s.origin.row + i, col: s.origin.col + j, text: String(v) });
    }),
  );
  return out;
}

function originalsKeep(snapshot: WorkbookSnapshot): Problem[] {
  const kept = keptSheets(snapshot.sheets, []);
  const problems: Problem[] = [];
  snapshot.sheets.forEach((s, k) => {
    for (const c of cellsOf(s)) {
      const v = kept[k].rows[c.row - 1]?.[c.col - 1];
      if (v === undefined || String(v) !== c.text)
        problems.push(`${s.name}!${cellAddress(c.row, c.col)} is not in its original copy`);
    }
  });
  return problems;
}

function droppedRows(result: ImportResult, sheet: string): Set<number> {
  const rows = new Set<number>();
  for (const d of result.dropped)
    if (d.sheet === sheet && d.rows) for (let r = d.rows[0]; r <= d.rows[1]; r++) rows.add(r);
  return rows;
}

/** Within a register: columns named, and rows read or named, for every non-empty cell. */
function registerAccounted(s: SheetSnapshot, imp: SheetImport, result: ImportResult): Problem[] {
  if (imp.kind === 'other' || imp.headerRows.length === 0) return [];
  const headerBottom = Math.max(...imp.headerRows);
  const named = new Set([...imp.columns, ...imp.unmapped].map((c) => c.column));
  const dropped = droppedRows(result, s.name);
  const problems: Problem[] = [];
  const unread = new Set<number>();
  const formulas = new Set(s.formulas ?? []);
  for (const c of cellsOf(s)) {
    if (c.row <= headerBottom) continue;
    if (!named.has(columnLetter(c.col)) && !dropped.has(c.row) && c.col - s.origin.col < 256)
      problems.push(
        `${s.name}!${cellAddress(c.row, c.col)}: its column is neither mapped nor named`,
      );
    if (!dropped.has(c.row) && !formulas.has(cellAddress(c.row, c.col))) unread.add(c.row);
  }
  // Rows that hold values and were not set aside with a reason must all have been read.
  if (unread.size > imp.sourceRows)
    problems.push(
      `${s.name}: ${unread.size} rows hold values below the header but only ${imp.sourceRows} were read and none of the others is named`,
    );
  return problems;
}

export function lostCells(snapshot: WorkbookSnapshot, result: ImportResult): Problem[] {
  const problems = originalsKeep(snapshot);
  for (const s of snapshot.sheets) {
    const imp = result.sheets.find((x) => x.sheet === s.name);
    if (!imp) problems.push(`${s.name}: not in the import report`);
    else problems.push(...registerAccounted(s, imp, result));
  }
  return problems;
}
