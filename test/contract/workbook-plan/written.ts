/**
 * What a host wrote, in one host-neutral shape so the two writers can be compared cell by cell:
 * sheets in order, tables (ref, headers, calculated columns), cell values and formulas (display
 * form `[@Likelihood]`, no `=`), list validations, conditional-format rules and frozen panes.
 */
import type { Cell } from '../../../shared/grid/grid';

export type WrittenTable = {
  readonly name: string;
  readonly sheet: string;
  readonly ref: string;
  readonly headers: readonly string[];
  /** Header → formula (display form) of the calculated columns. */
  readonly calculated: Readonly<Record<string, string>>;
};

/** `list` is `a,b,c` for fixed values or `='Sheet'!$A$1:$A$5` for a range. */
export type WrittenValidation = { readonly ref: string; readonly list: string };

export type WrittenRule = {
  readonly ref: string;
  /** `expression =$J2="Low"` or `between 1..6`. */
  readonly rule: string;
  readonly fill: string;
  readonly font: string;
};

export type WrittenSheet = {
  readonly name: string;
  /** A1 address → value (blank cells absent) or `{ formula }`. */
  readonly cells: Readonly<Record<string, Cell | { readonly formula: string }>>;
  readonly validations: readonly WrittenValidation[];
  readonly rules: readonly WrittenRule[];
  readonly freeze: { readonly rows: number; readonly cols: number };
};

export type Written = {
  readonly sheets: readonly WrittenSheet[];
  readonly tables: readonly WrittenTable[];
};

/** `#ff5b5b`, `FFFF5B5B` → `#FF5B5B`. */
export function hexColor(c: string): string {
  const h = c.replace(/^#/, '').toUpperCase();
  return `#${h.length === 8 ? h.slice(2) : h}`;
}
