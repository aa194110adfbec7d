/**
 * The values of a list validation, from its formula: a literal list (`"Yes,No"`), a range on the
 * same sheet (`$H$2:$H$6`) or another (`Lists!$A$1:$A$5`, `'My lists'!A:A`), or a defined name
 * standing for one of those. Values are read from the grids already read, so a range declared
 * down to row 1,048,576 costs only the cells that exist. Formulas the reader cannot evaluate
 * (INDIRECT, OFFSET …) give no list: the validation is left out, never guessed.
 */
import { asText, parseRange, type DataValidationList, type SheetSnapshot } from '../../shared';
import type { RawValidation } from './validations';

/** Defined names (`<definedName>`): `name` for workbook-wide ones, `sheet!name` for local ones, lower case. */
export type DefinedNames = ReadonlyMap<string, string>;

export const MAX_LIST_VALUES = 256;
/** Cells visited per list at most (a list range is a short column in practice). */
const MAX_LIST_CELLS = 4096;
const MAX_DEPTH = 3;

/**
 * Cells visited by all the lists of one workbook at most: 512 lists on each of 1,000 sheets, all
 * on one 4,096-row list, once took 105 s of CPU (#11). Lists past it are left out, as those whose
 * formula cannot be evaluated are: a drop-down is a hint for mapping, never a value.
 */
export const MAX_WORKBOOK_LIST_CELLS = 1_000_000;

export type ListSources = {
  readonly sheets: ReadonlyMap<string, SheetSnapshot>;
  readonly names: DefinedNames;
  /** Cells the workbook's lists may still visit, shared by all of them (absent: each list alone). */
  readonly budget?: { cellsLeft: number };
};

/** The sheet's validations whose values could be read; the others are left out. */
export function resolveValidations(
  raw: readonly RawValidation[],
  sheet: string,
  src: ListSources,
): DataValidationList[] {
  const out: DataValidationList[] = [];
  for (const v of raw) {
    const values = listValues(v.formula, sheet, src, 0);
    if (values && values.length > 0) out.push({ sqref: v.sqref, values });
  }
  return out;
}

/** `Sheet!A1:B9`, `'My lists'!$A:$A`, `$H$2:$H$6`, `A5`: an optional sheet and a cell or range. */
const REF =
  /^(?:(?:'((?:[^']|'')+)'|([^'!:]+))!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})$/i;

/** A defined name as a list formula may give it (`Statuses`, `_xlnm.x`, `\\Lists`). */
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/**
 * The cell or range a list formula names (with or without its `=`): its sheet (null: the
 * validation's own) and the reference as written (`$A$1:$A$5`, `A:A`); null when it names none.
 * Shared with the Excel host, which reads list sources through office-js.
 */
export function listReference(formula: string): { sheet: string | null; ref: string } | null {
  const ref = REF.exec(formula.trim().replace(/^=/, ''));
  return ref ? { sheet: ref[1]?.replace(/''/g, "'") ?? ref[2] ?? null, ref: ref[3] } : null;
}

/** True when a list formula (with or without its `=`) is a defined name. */
export function isListName(formula: string): boolean {
  return NAME.test(formula.trim().replace(/^=/, ''));
}

function listValues(
  formula: string,
  sheet: string,
  src: ListSources,
  depth: number,
): string[] | null {
  const f = formula.trim().replace(/^=/, '');
  if (f.startsWith('"')) return literalList(f);
  const ref = listReference(f);
  if (ref) {
    const grid = src.sheets.get((ref.sheet ?? sheet).toLowerCase());
    return grid ? rangeValues(grid, ref.ref, src.budget ?? { cellsLeft: MAX_LIST_CELLS }) : null;
  }
  if (depth >= MAX_DEPTH || !isListName(f)) return null;
  const name = src.names.get(`${sheet}!${f}`.toLowerCase()) ?? src.names.get(f.toLowerCase());
  return name === undefined ? null : listValues(name, sheet, src, depth + 1);
}

/** `"Yes,No,Partly"`: the values between the quotes, comma-separated (`""` is a quote). */
function literalList(f: string): string[] | null {
  if (!f.endsWith('"') || f.length < 2) return null;
  const parts = f.slice(1, -1).replace(/""/g, '"').split(',');
  return distinctListValues(parts.map((p) => p.trim()));
}

/** Values of `A1:B9`, `A:A` or `A5` in a grid, clipped to the cells the grid holds. */
function rangeValues(
  s: SheetSnapshot,
  ref: string,
  budget: { cellsLeft: number },
): string[] | null {
  const plain = ref.replace(/\$/g, '');
  const whole = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(plain);
  const range = parseRange(whole ? `${whole[1]}1:${whole[2]}1048576` : plain);
  if (!range || budget.cellsLeft <= 0) return null;
  const { row: r0, col: c0 } = s.origin;
  const top = Math.max(range.start.row, r0);
  const bottom = Math.min(range.end.row, r0 + s.rows.length - 1);
  const texts: string[] = [];
  let visited = 0;
  for (let r = top; r <= bottom && visited < MAX_LIST_CELLS; r++, visited++) {
    const row = s.rows[r - r0] ?? [];
    const left = Math.max(range.start.col, c0);
    const right = Math.min(range.end.col, c0 + row.length - 1);
    for (let c = left; c <= right && visited < MAX_LIST_CELLS; c++, visited++) {
      const t = asText(row[c - c0]);
      if (t !== null) texts.push(t);
    }
  }
  budget.cellsLeft -= visited;
  return distinctListValues(texts);
}

/** A list's values: each non-blank text once, in order, at most MAX_LIST_VALUES. */
export function distinctListValues(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))].slice(0, MAX_LIST_VALUES);
}
