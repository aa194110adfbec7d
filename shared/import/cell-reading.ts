/**
 * What one non-blank cell value says, whatever its column: Annex A or clause id, a date, a list
 * of ids, a short code, a yes/no, an implementation, finding-type or conformance word, a name,
 * a title, an option list. A pure function of the value, remembered per value: a column's
 * statuses and owners repeat, and the same rows are profiled more than once per import.
 */
import type { Cell } from '../grid/grid';
import { asText } from '../grid/cell';
import { findClause } from '../catalog/clauses';
import { getControl, getControl2013 } from '../catalog/find-control';
import { readControlId } from './control-id';
import { readFindingType, readImplementation, readYesNo } from './value-words';
import { parseClauseStatus } from '../vocabulary/clause-status';
import { readOptionList, type OptionVocabulary } from './option-list';
import { is2005Control } from './annex-2005';

/** The id readings of a value (with its display text when the host gave one). */
export type IdReading = {
  readonly annex2022: boolean;
  readonly annex2013: boolean;
  /** Only the Annex A reading explains it (5.4+, 8.4+, three levels), not the clause one. */
  readonly annexOnly: boolean;
  readonly clauseId: boolean;
  readonly clauseOnly: boolean;
};

export type CellReading = {
  readonly text: string;
  /** Without a display text (the usual case). */
  readonly ids: IdReading;
  readonly date: boolean;
  readonly longText: boolean;
  readonly list: boolean;
  readonly shortCode: boolean;
  readonly yesNo: boolean | null;
  readonly implementation: boolean;
  readonly findingType: boolean;
  readonly conformance: boolean;
  readonly name: boolean;
  readonly title: boolean;
  readonly option: OptionVocabulary | null;
};

/** A person or a role written as a name: two or three capitalised words, no digits. */
const NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u;
/** `R-001`, `AST7`, `001/25`: a digit and a letter or separator (plain numbers are row numbers). */
const SHORT_CODE = /^(?=.*\d)(?=.*[\p{L}._/-])[\p{L}\d][\p{L}\d._/-]{0,11}$/u;
/** A name or title: 3–120 characters with a word of three letters, not a date or a number. */
const TITLE = /^(?!\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$)(?=.*\p{L}{3})[^\n]{3,120}$/su;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}|^\d{1,2}[./]\d{1,2}[./]\d{4}$/;
const LIST = /\d\s*[,;/&]\s*(A\s*\.?\s*)?\d{1,2}\.\d/i;
const LIST_WORDS = /\d\s+(and|und|et|y|e)\s+/i;

/** 2022 (two levels), 2013 (three levels, in the catalogue) or 2005 three-level ids (annex-2005.ts). */
function annexEdition(id: string): '2022' | '2013' | 'older' | null {
  const parts = id.split('.').map(Number);
  if (parts.length === 2) return getControl(id) ? '2022' : null;
  if (getControl2013(`A.${id}`)) return '2013';
  return is2005Control(id) ? 'older' : null;
}

export function readIds(x: string | number | boolean, display: string | undefined): IdReading {
  const read = typeof x === 'boolean' ? null : readControlId(x, display);
  const annex = read ? annexEdition(read.id) : null;
  const text = typeof x === 'number' ? (display ?? String(x)) : String(x).trim();
  const clause = /^\d{1,2}(\s*\.\s*\d{1,2}){0,2}\b/.test(text)
    ? findClause(text.split(/[,;\s]/)[0])
    : null;
  const exact = clause !== null && read !== null && clause.id === read.id;
  return {
    annex2022: annex === '2022',
    annex2013: annex === '2013' || annex === 'older',
    annexOnly: annex !== null && !exact,
    clauseId: clause !== null,
    clauseOnly: clause !== null && !annex,
  };
}

function read(x: string | number | boolean): CellReading {
  const text = asText(x) ?? '';
  const yesNo = readYesNo(x);
  const findingType = readFindingType(x) !== null;
  const isText = typeof x === 'string';
  // isAnswerWord(x), from the readings above plus the whole-word implementation status.
  const words =
    isText && (yesNo !== null || findingType || readImplementation(x, { match: 'whole' }) !== null);
  return {
    text,
    ids: readIds(x, undefined),
    date:
      typeof x === 'number'
        ? x > 25_000 && x < 80_000 && Number.isInteger(x)
        : isText && DATE_TEXT.test(x.trim()),
    longText: text.length > 40,
    list: LIST.test(text) || LIST_WORDS.test(text),
    shortCode: SHORT_CODE.test(text),
    yesNo,
    implementation: readImplementation(x) !== null,
    findingType,
    conformance: parseClauseStatus(x) !== null,
    // "Not Implemented" is a status, not a person; a status or an answer is not a title.
    name: isText && !words && NAME.test(text) && text.length <= 40,
    title: isText && !words && TITLE.test(text) && !readControlId(x),
    option: readOptionList(x),
  };
}

const cache = new Map<Cell, CellReading>();

/** The reading of a non-blank value, remembered (up to 20,000 values, then started afresh). */
export function readCell(x: string | number | boolean): CellReading {
  let r = cache.get(x);
  if (r === undefined) {
    if (cache.size >= 20_000) cache.clear();
    r = read(x);
    cache.set(x, r);
  }
  return r;
}
