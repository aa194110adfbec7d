/**
 * Metamorphic transformations of one sheet snapshot, in memory: what a person does to a register
 * without changing its records (move it, reorder its columns, rename or annotate its headers,
 * paste it twice). Merges, display texts, formulas and validation lists move with the cells.
 */
import { cellAddress, parseAddress, parseRange } from '../../shared/grid/address';
import type { Cell, SheetSnapshot } from '../../shared/grid/grid';

type Move = (row: number, col: number) => { row: number; col: number };

/** The sheet as a dense grid from A1 (rows[r-1][c-1]). */
function dense(s: SheetSnapshot): Cell[][] {
  const out: Cell[][] = [];
  s.rows.forEach((r, i) => {
    out[s.origin.row - 1 + i] = [...Array(s.origin.col - 1).fill(null), ...r];
  });
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}

function moveAddress(a1: string, move: Move): string {
  const p = parseAddress(a1);
  if (!p) return a1;
  const q = move(p.row, p.col);
  return cellAddress(q.row, q.col);
}

function moveRange(ref: string, move: Move): string {
  const r = parseRange(ref);
  if (!r) return ref;
  const a = move(r.start.row, r.start.col);
  const b = move(r.end.row, r.end.col);
  return `${cellAddress(Math.min(a.row, b.row), Math.min(a.col, b.col))}:${cellAddress(Math.max(a.row, b.row), Math.max(a.col, b.col))}`;
}

/** A validation's ranges moved column by column (a shuffle breaks a wide range apart). */
function moveSqref(sqref: string, move: Move): string {
  return sqref
    .split(/\s+/)
    .flatMap((ref) => {
      const r = parseRange(ref);
      if (!r || r.end.col - r.start.col > 256) return [moveRange(ref, move)];
      const cols = Array.from({ length: r.end.col - r.start.col + 1 }, (_, i) => r.start.col + i);
      return cols.map((c) =>
        moveRange(`${cellAddress(r.start.row, c)}:${cellAddress(r.end.row, c)}`, move),
      );
    })
    .join(' ');
}

/** Everything addressed in the sheet, moved cell by cell (`move` must be a bijection). */
function remap(s: SheetSnapshot, move: Move): Omit<SheetSnapshot, 'rows' | 'origin'> {
  return {
    name: s.name,
    merges: s.merges?.map((m) => moveRange(m, move)),
    display:
      s.display &&
      Object.fromEntries(Object.entries(s.display).map(([k, v]) => [moveAddress(k, move), v])),
    formulas: s.formulas?.map((f) => moveAddress(f, move)),
    validations: s.validations?.map((v) => ({ ...v, sqref: moveSqref(v.sqref, move) })),
  };
}

/** (b) The whole sheet moved `down` rows and `right` columns. */
export function shifted(s: SheetSnapshot, down: number, right: number): SheetSnapshot {
  const move: Move = (row, col) => ({ row: row + down, col: col + right });
  return {
    ...s,
    ...remap(s, move),
    origin: { row: s.origin.row + down, col: s.origin.col + right },
  };
}

/** (a) Columns in another order; columns a merge spans across keep their places. */
export function shuffled(
  s: SheetSnapshot,
  seed: number,
): { sheet: SheetSnapshot; colOf: (c: number) => number } {
  const grid = dense(s);
  const width = Math.max(...grid.map((r) => r.length));
  const pinned = new Set<number>();
  for (const m of s.merges ?? []) {
    const r = parseRange(m);
    if (r && r.end.col > r.start.col) for (let c = r.start.col; c <= r.end.col; c++) pinned.add(c);
  }
  const free = Array.from({ length: width }, (_, i) => i + 1).filter((c) => !pinned.has(c));
  const order = [...free];
  let x = seed;
  for (let i = order.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const to = new Map(free.map((c, i) => [c, order[i]]));
  const colOf = (c: number) => to.get(c) ?? c;
  const rows = grid.map((r) => {
    const out: Cell[] = Array(width).fill(null);
    r.forEach((v, i) => (out[colOf(i + 1) - 1] = v ?? null));
    return out;
  });
  const move: Move = (row, col) => ({ row, col: colOf(col) });
  return { sheet: { ...s, ...remap(s, move), origin: { row: 1, col: 1 }, rows }, colOf };
}

/** (c)/(d) Header cells rewritten: `rewrite(text, row, col)` gives the new text. */
export function renamed(
  s: SheetSnapshot,
  headerRows: readonly number[],
  rewrite: (text: string, row: number, col: number) => string,
): SheetSnapshot {
  const grid = dense(s);
  for (const r of headerRows) {
    const row = grid[r - 1] ?? [];
    row.forEach((v, i) => {
      if (typeof v === 'string' && v.trim() !== '') row[i] = rewrite(v, r, i + 1);
    });
  }
  return { ...s, origin: { row: 1, col: 1 }, rows: grid };
}

/** (e) The sheet twice, one under the other, a blank row and a title between. */
export function stacked(s: SheetSnapshot, title: string): SheetSnapshot {
  const grid = dense(s);
  const offset = grid.length + 2;
  const move: Move = (row, col) => ({ row: row + offset, col });
  const copy = remap(s, move);
  return {
    ...s,
    origin: { row: 1, col: 1 },
    rows: [...grid, [], [title], ...grid],
    merges: [...(s.merges ?? []), ...(copy.merges ?? [])],
    display: { ...s.display, ...copy.display },
    formulas: [...(s.formulas ?? []), ...(copy.formulas ?? [])],
    validations: [...(s.validations ?? []), ...(copy.validations ?? [])],
  };
}
