/**
 * What the cells of one column say, whatever its header: how many are Annex A ids (and of which
 * edition), clause numbers, small integers of one scale, unique short codes, dates, long texts,
 * person-like names, yes/no, implementation or finding-type words, and the workbook's own
 * validation list over the column. Read from a bounded sample of rows.
 */
import { isBlank } from '../grid/cell';
import { columnLetter } from '../grid/address';
import type { SheetView } from './sheet-view';
import type { OptionVocabulary } from './option-list';
import { listVocabulary, type ListVocabulary } from './list-vocabulary';
import { validationOf } from './column-validation';
import { readCell, readIds } from './cell-reading';

export type ColumnProfile = {
  readonly col: number;
  readonly letter: string;
  /** Non-blank cells in the sample. */
  readonly filled: number;
  readonly annex2022: number;
  readonly annex2013: number;
  /** Ids only the Annex A reading explains (5.4+, 8.4+, three levels) vs only the clause one. */
  readonly annexOnly: number;
  readonly clauseIds: number;
  readonly clauseOnly: number;
  /** Whole numbers and their range; `nums` per sampled row (null when not a number). */
  readonly ints: number;
  readonly min: number;
  readonly max: number;
  readonly nums: readonly (number | null)[];
  readonly distinct: number;
  readonly shortCodes: number;
  /** Cells listing several ids (`A.5.15, A.5.16`): a reference column, not an id column. */
  readonly lists: number;
  readonly dates: number;
  readonly longText: number;
  readonly names: number;
  readonly yesNo: number;
  /** Cells read as No (a yes/no column says both). */
  readonly no: number;
  readonly implementation: number;
  readonly findingType: number;
  readonly conformance: number;
  /** Cells listing the answers a template expects (`C / P / N`, `Yes/No`), by vocabulary. */
  readonly options: Readonly<Record<OptionVocabulary, number>>;
  /** Short texts that read as a name or title: words, no id, date or vocabulary word. */
  readonly titles: number;
  /** Values of a data-validation list covering the column, when the host read one. */
  readonly validation: readonly string[] | null;
  /** The vocabulary that list names (yes/no, statuses, treatment, a scale …), if any. */
  readonly list: ListVocabulary | null;
};

export const SAMPLE_ROWS = 300;

export function profileColumn(
  v: SheetView,
  col: number,
  first: number,
  last: number,
): ColumnProfile {
  const p = {
    filled: 0,
    annex2022: 0,
    annex2013: 0,
    annexOnly: 0,
    clauseIds: 0,
    clauseOnly: 0,
    ints: 0,
    min: Infinity,
    max: -Infinity,
    shortCodes: 0,
    lists: 0,
    dates: 0,
    longText: 0,
    names: 0,
    yesNo: 0,
    no: 0,
    implementation: 0,
    findingType: 0,
    conformance: 0,
    titles: 0,
  };
  const options = { conformance: 0, yesNo: 0, implementation: 0 };
  const nums: (number | null)[] = [];
  const seen = new Set<string>();
  const end = Math.min(last, first + SAMPLE_ROWS - 1);
  for (let r = first; r <= end; r++) {
    const x = v.get(r, col);
    nums.push(typeof x === 'number' ? x : null);
    if (isBlank(x)) continue;
    p.filled++;
    const c = readCell(x as string | number | boolean);
    seen.add(c.text);
    const display = v.displayText(r, col);
    const ids = display === undefined ? c.ids : readIds(x as string | number | boolean, display);
    if (ids.annex2022) p.annex2022++;
    if (ids.annex2013) p.annex2013++;
    if (ids.annexOnly) p.annexOnly++;
    if (ids.clauseId) p.clauseIds++;
    if (ids.clauseOnly) p.clauseOnly++;
    if (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 100) {
      p.ints++;
      p.min = Math.min(p.min, x);
      p.max = Math.max(p.max, x);
    }
    if (c.date) p.dates++;
    if (c.longText) p.longText++;
    if (c.list) p.lists++;
    if (c.shortCode) p.shortCodes++;
    if (c.yesNo !== null) p.yesNo++;
    if (c.yesNo === false) p.no++;
    if (c.implementation) p.implementation++;
    if (c.findingType) p.findingType++;
    if (c.conformance) p.conformance++;
    if (c.name) p.names++;
    if (c.title) p.titles++;
    if (c.option) options[c.option]++;
  }
  const repeated = p.filled - seen.size;
  const validation = validationOf(v, col, first, end);
  return {
    col,
    letter: columnLetter(col),
    ...p,
    shortCodes: repeated === 0 ? p.shortCodes : 0,
    nums,
    distinct: seen.size,
    options,
    validation,
    list: listVocabulary(validation),
  };
}

/** Profiles of the used columns from row `first` to `last` (both 1-based, inclusive). */
export function profileColumns(v: SheetView, first: number, last: number): ColumnProfile[] {
  const out: ColumnProfile[] = [];
  for (let c = v.left; c <= Math.min(v.right, v.left + 255); c++)
    out.push(profileColumn(v, c, first, last));
  return out;
}
