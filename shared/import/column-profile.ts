/**
 * What the cells of one column say, whatever its header: how many are Annex A ids (and of which
 * edition), clause numbers, small integers of one scale, unique short codes, dates, long texts,
 * person-like names, yes/no, implementation or finding-type words, and the workbook's own
 * validation list over the column. Read from a bounded sample of rows.
 */
import { asText, isBlank } from '../grid/cell';
import { columnLetter } from '../grid/address';
import { findClause } from '../catalog/clauses';
import { getControl, getControl2013 } from '../catalog/find-control';
import { readControlId } from './control-id';
import { isAnswerWord, readFindingType, readImplementation, readYesNo } from './value-words';
import { parseClauseStatus } from '../vocabulary/clause-status';
import type { SheetView } from './sheet-view';
import { readOptionList, type OptionVocabulary } from './option-list';
import { is2005Control } from './annex-2005';
import { listVocabulary, type ListVocabulary } from './list-vocabulary';
import { validationOf } from './column-validation';

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

/** A person or a role written as a name: two or three capitalised words, no digits. */
const NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u;
/** `R-001`, `AST7`, `001/25`: a digit and a letter or separator (plain numbers are row numbers). */
const SHORT_CODE = /^(?=.*\d)(?=.*[\p{L}._/-])[\p{L}\d][\p{L}\d._/-]{0,11}$/u;

/** A name or title: 3–120 characters with a word of three letters, not a date or a number. */
const TITLE = /^(?!\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$)(?=.*\p{L}{3})[^\n]{3,120}$/su;

/** 2022 (two levels), 2013 (three levels, in the catalogue) or 2005 three-level ids (annex-2005.ts). */
function annexEdition(id: string): '2022' | '2013' | 'older' | null {
  const parts = id.split('.').map(Number);
  if (parts.length === 2) return getControl(id) ? '2022' : null;
  if (getControl2013(`A.${id}`)) return '2013';
  return is2005Control(id) ? 'older' : null;
}

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
    const text = asText(x) ?? '';
    seen.add(text);
    countIds(p, x as string | number, v.displayText(r, col));
    if (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 100) {
      p.ints++;
      p.min = Math.min(p.min, x);
      p.max = Math.max(p.max, x);
    }
    if (typeof x === 'number' && x > 25_000 && x < 80_000 && Number.isInteger(x)) p.dates++;
    else if (
      typeof x === 'string' &&
      /^\d{4}-\d{2}-\d{2}|^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(x.trim())
    )
      p.dates++;
    if (text.length > 40) p.longText++;
    if (
      /\d\s*[,;/&]\s*(A\s*\.?\s*)?\d{1,2}\.\d/i.test(text) ||
      /\d\s+(and|und|et|y|e)\s+/i.test(text)
    )
      p.lists++;
    if (SHORT_CODE.test(text)) p.shortCodes++;
    const yn = readYesNo(x);
    if (yn !== null) p.yesNo++;
    if (yn === false) p.no++;
    const words = isAnswerWord(x);
    if (readImplementation(x) !== null) p.implementation++;
    if (readFindingType(x) !== null) p.findingType++;
    if (parseClauseStatus(x) !== null) p.conformance++;
    // "Not Implemented" is a status, not a person; a status or an answer is not a title.
    if (typeof x === 'string' && !words && NAME.test(text) && text.length <= 40) p.names++;
    if (typeof x === 'string' && !words && TITLE.test(text) && !readControlId(x)) p.titles++;
    const listed = readOptionList(x);
    if (listed) options[listed]++;
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

function countIds(
  p: {
    annex2022: number;
    annex2013: number;
    annexOnly: number;
    clauseIds: number;
    clauseOnly: number;
  },
  x: string | number,
  display: string | undefined,
): void {
  const read = readControlId(x, display);
  const annex = read ? annexEdition(read.id) : null;
  const text = typeof x === 'number' ? (display ?? String(x)) : x.trim();
  const clause = /^\d{1,2}(\s*\.\s*\d{1,2}){0,2}\b/.test(text)
    ? findClause(text.split(/[,;\s]/)[0])
    : null;
  const exact = clause !== null && read !== null && clause.id === read.id;
  if (annex === '2022') p.annex2022++;
  if (annex === '2013' || annex === 'older') p.annex2013++;
  if (annex && !exact) p.annexOnly++;
  if (clause) p.clauseIds++;
  if (clause && !annex) p.clauseOnly++;
}

/** Profiles of the used columns from row `first` to `last` (both 1-based, inclusive). */
export function profileColumns(v: SheetView, first: number, last: number): ColumnProfile[] {
  const out: ColumnProfile[] = [];
  for (let c = v.left; c <= Math.min(v.right, v.left + 255); c++)
    out.push(profileColumn(v, c, first, last));
  return out;
}
