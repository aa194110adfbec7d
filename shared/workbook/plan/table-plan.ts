/**
 * One table of the plan: its columns with widths and cell formats, its range, and the list
 * validations of its columns (over the table's rows plus spare rows below it for the next
 * entries, never whole columns: readers that expand validations cell by cell would spin on a
 * million rows).
 */
import { cellAddress, columnLetter } from '../../grid/address';
import { LISTS, type ColumnDef } from '../canonical';
import type { ListValidation, PlanCell, PlanColumn, TablePlan } from './types';

/** Rows below a register that still carry its validations and formats. */
export const SPARE_ROWS = 200;
/** Columns at least this wide hold prose: wrapped text. */
const WRAP_WIDTH = 28;
/** Columns whose values are ids, references or versions: text, so `8.20` stays `8.20`. */
const TEXT_HEADERS = new Set([
  'Asset IDs',
  'Annex A Controls',
  'Clause or Control',
  'Linked Risks',
  'Clause',
  'Version',
]);

export type TableInput = {
  readonly name: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly (readonly PlanCell[])[];
  readonly top: number;
  readonly left: number;
  /** A register with the sheet to itself: id and reference columns as text, prose wrapped. */
  readonly register: boolean;
  readonly center?: ReadonlySet<string>;
  readonly calculated?: Readonly<Record<string, string>>;
};

function planColumn(c: ColumnDef, i: number, t: TableInput): PlanColumn {
  const width = c.width ?? 14;
  const text = t.register && (i === 0 || TEXT_HEADERS.has(c.header));
  const calculated = t.calculated?.[c.header];
  return {
    ...c,
    width,
    ...(calculated === undefined ? {} : { calculated }),
    numberFormat: c.kind === 'date' ? 'yyyy-mm-dd' : text ? '@' : null,
    center: t.center?.has(c.header) ?? false,
    wrap: width >= WRAP_WIDTH,
  };
}

export function planTable(t: TableInput): TablePlan {
  if (t.rows.length === 0) throw new Error(`table ${t.name} needs at least one data row`);
  const end = cellAddress(t.top + t.rows.length, t.left + t.columns.length - 1);
  return {
    name: t.name,
    top: t.top,
    left: t.left,
    ref: `${cellAddress(t.top, t.left)}:${end}`,
    columns: t.columns.map((c, i) => planColumn(c, i, t)),
    rows: t.rows,
  };
}

/** 1-based sheet column of `header` in the table. */
export function columnOf(t: TablePlan, header: string): number {
  const i = t.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`table ${t.name} has no column ${header}`);
  return t.left + i;
}

/** Last data row of the table. */
export function lastRow(t: TablePlan): number {
  return t.top + t.rows.length;
}

/**
 * List validations of the table's columns down to row `last`: the column's LISTS values, or a
 * range given by header (`'Methodology'!$A$11:$A$15` for the scale levels).
 */
export function listValidations(
  t: TablePlan,
  last: number,
  ranges: Readonly<Record<string, string>> = {},
): ListValidation[] {
  return t.columns.flatMap((c, i): ListValidation[] => {
    const range = ranges[c.header];
    const values = c.list ? LISTS[c.list] : undefined;
    if (!range && !values) return [];
    const letter = columnLetter(t.left + i);
    const shown = values ? values.join(', ') : 'a level of the scale on the Methodology sheet';
    return [
      {
        ref: `${letter}${t.top + 1}:${letter}${last}`,
        ...(range ? { range } : { values }),
        allowBlank: true,
        title: c.header,
        error: `${c.header} must be one of: ${shown}.`,
      },
    ];
  });
}
