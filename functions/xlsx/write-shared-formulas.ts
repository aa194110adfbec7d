/**
 * Shared formulas for a register's calculated columns: which columns can be one formula written
 * once down the column, and the `<f>` bytes of its first cell and of the others.
 */
import { isPlanFormula, type TablePlan } from '../../shared/workbook';
import { esc } from './write-xml';

/** A calculated column written as one shared formula: the anchor cell's `<f>`, the others'. */
export type SharedFormula = { readonly first: Uint8Array; readonly rest: Uint8Array };

/**
 * Calculated columns whose every row holds the same formula text, with nothing a reader could take
 * for an A1 reference (structured references do not move from row to row), are written as one
 * shared formula (ECMA-376 Part 1, 18.3.1.40, as Excel writes a filled-down column): the text
 * once, then `<f t="shared" si="n"/>` per row. At 100k risks the two rating columns are 60 MB less sheet XML to
 * encode and deflate. Any other column keeps a full `<f>` per cell.
 */
export function sharedFormulas(
  t: TablePlan,
  letters: readonly string[],
): (SharedFormula | undefined)[] {
  const out: (SharedFormula | undefined)[] = [];
  if (t.rows.length < 2) return out;
  const first = t.top + 1;
  const last = t.top + t.rows.length;
  let si = 0;
  for (let i = 0; i < letters.length; i++) {
    const v = t.rows[0][i];
    if (!isPlanFormula(v) || mayShift(v.formula)) continue;
    const text = v.formula;
    if (
      !t.rows.every((row) => {
        const c = row[i];
        return isPlanFormula(c) && c.formula === text;
      })
    )
      continue;
    const ref = `${letters[i]}${first}:${letters[i]}${last}`;
    out[i] = {
      first: Buffer.from(`<f t="shared" ref="${ref}" si="${si}">${esc(text)}</f>`, 'utf8'),
      rest: Buffer.from(`<f t="shared" si="${si}"/>`, 'utf8'),
    };
    si++;
  }
  return out;
}

/**
 * Text that reads as an A1 reference (`B2`, `$C7`), outside quotes: a shared formula would move
 * it from row to row. Inside structured-reference brackets too: `tblMatrix[[I1]:[I5]]` names
 * columns, and Excel and LibreOffice leave it alone, but exceljs shifts it to `[[I2]:[I6]]` on the
 * next row, so such a formula is written in full in every cell.
 */
export function mayShift(formula: string): boolean {
  const bare = formula.replace(/"[^"]*"/g, '""');
  return /(^|[^A-Za-z0-9_.])\$?[A-Za-z]{1,3}\$?[0-9]+(?![A-Za-z0-9_(])/.test(bare);
}
