/**
 * DOC-MISSING: a mandatory documented information item of ISO/IEC 27001:2022 (the catalog's
 * list) that no documents register of the set lists — matched by clause, or by the item's key
 * title words. Items the workbook itself is (the methodology for 6.1.2, the SoA for 6.1.3 d, the
 * risk register for 8.2/8.3, tblFindings for 10.2, tblReviews for 9.3.3) count as present. Runs
 * only when the set has a documents register (tblDocuments); a Stage 1 blocker.
 */
import { MANDATORY_DOCUMENTS, findClause, type MandatoryDocument } from '../../catalog/clauses';
import type { Finding } from '../../findings/finding';
import type { DocumentEntry, IsmsWorkbook } from '../../model/types';
import { foldText } from '../../vocabulary/fold-text';
import { makeFinding } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineSetRule } from '../rule';
import { setWhere, soaRecorded } from './records';

const STOP = new Set([
  'information',
  'security',
  'documented',
  'results',
  'result',
  'process',
  'evidence',
  'of',
  'the',
  'and',
  'any',
  'incl',
  'isms',
  'programme',
  's',
]);

/** The item's title words that identify it: `Scope of the ISMS` → scope. */
export function keyWords(item: string): string[] {
  const head = item.split('(')[0];
  return foldText(head)
    .split(' ')
    .filter((w) => w.length > 2 && !STOP.has(w))
    .slice(0, 2);
}

const stem = (w: string) => w.replace(/(ies|es|s)$/, '');

function matches(doc: DocumentEntry, item: MandatoryDocument): boolean {
  const clause = findClause(item.clause)?.id;
  const docClause = doc.clause ? findClause(doc.clause)?.id : undefined;
  if (clause && docClause === clause) return true;
  const title = foldText(doc.title ?? '')
    .split(' ')
    .map(stem);
  const words = keyWords(item.item).map(stem);
  return words.length > 0 && words.every((w) => title.some((t) => t.startsWith(w)));
}

/** Mandatory items the workbook's own tables are. */
function inWorkbook(wbs: readonly IsmsWorkbook[], clause: string): boolean {
  const id = findClause(clause)?.id;
  const has = (f: (w: IsmsWorkbook) => boolean) => wbs.some(f);
  if (id === '6.1.2') return has((w) => w.methodology !== null);
  if (id === '6.1.3')
    return clause.includes('d') ? soaRecorded(wbs) : has((w) => (w.risks?.length ?? 0) > 0);
  if (id === '8.2' || id === '8.3') return has((w) => (w.risks?.length ?? 0) > 0);
  if (id === '10.2') return has((w) => w.auditFindings !== null);
  if (id === '9.3.3') return has((w) => (w.reviews ?? []).length > 0);
  if (id === '6.2') return has((w) => (w.objectives ?? []).length > 0);
  return false;
}

/** The items checked: 7.5.1 b) is whatever the organisation decides, so it has no fixed title. */
const CHECKED = MANDATORY_DOCUMENTS.filter((d) => !d.clause.startsWith('7.5.1'));

export const docMissing = defineSetRule({
  id: 'DOC-MISSING',
  severity: 'major',
  clause: '7.5.1 a)',
  stage: 'stage1',
  check: ({ workbooks }) => {
    const registers = workbooks.filter((w) => w.documents !== null && w.documents !== undefined);
    if (registers.length === 0) return [];
    const docs = registers.flatMap((w) => w.documents ?? []);
    const out: Finding[] = [];
    for (const item of CHECKED) {
      if (docs.some((d) => matches(d, item)) || inWorkbook(workbooks, item.clause)) continue;
      const where = { ...setWhere(registers), sheet: docs[0]?.ref.sheet ?? null };
      out.push(
        makeFinding(
          'DOC-MISSING',
          where,
          RECORDS.docMissing(item.item.split(' (')[0], item.clause),
        ),
      );
    }
    return out;
  },
});
