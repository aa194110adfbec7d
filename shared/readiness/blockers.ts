/**
 * Blockers are the major findings, nothing else: each major finding of validate (every workbook's
 * rules and the ISMS-level rules over the set) and of check (XWB-*) is one blocker with the same
 * rule id, message and location, so the two can never disagree.
 */
import type { Finding } from '../findings/finding';
import type { IsmsWorkbook } from '../model/types';
import { runSetRules, runWorkbookRules } from '../validation/validate-workbook';
import { sortFindings } from '../validation/sort-findings';
import type { Blocker } from './types';
import { ruleMeta } from './rule-meta';
import { STAGE_TEXT } from './messages';

/** The ids blockers had before they were derived from findings, kept for API users. */
const LEGACY_ID: Readonly<Record<string, string>> = {
  'METH-MISSING': 'no-methodology',
  'ISMS-NO-METHODOLOGY': 'no-methodology',
  'ISMS-NO-SOA': 'no-soa',
  'ISMS-NO-INTERNAL-AUDIT': 'no-internal-audit',
  'ISMS-NO-MANAGEMENT-REVIEW': 'no-management-review',
  'NC-MAJOR-OPEN': 'open-major-nc',
  'NC-MAJOR-UNMANAGED': 'open-major-nc',
};

/** Every finding validate and check report for the set, sorted (cross findings passed in). */
export function setFindings(
  workbooks: readonly IsmsWorkbook[],
  asOf: string,
  cross: readonly Finding[],
): Finding[] {
  return sortFindings([
    ...workbooks.flatMap((wb) => runWorkbookRules(wb, { asOf })),
    ...runSetRules(workbooks, { asOf }),
    ...cross,
  ]);
}

export function toBlocker(f: Finding): Blocker {
  const meta = ruleMeta(f.rule);
  if (!meta) throw new Error(`Major finding of an unregistered rule ${f.rule}`);
  return {
    id: LEGACY_ID[f.rule] ?? f.rule.toLowerCase(),
    rule: meta.id,
    reason: f.message,
    ref: STAGE_TEXT.ref(meta.clause),
    locations: [{ workbook: f.workbook, sheet: f.sheet ?? '', cell: f.cell, row: f.row }],
  };
}

/** The blockers of a set's findings: its major findings, in finding order. */
export function blockersOf(findings: readonly Finding[]): Blocker[] {
  return findings.filter((f) => f.severity === 'major').map(toBlocker);
}

/** The blockers of one stage: a Stage 1 blocker also blocks Stage 2. */
export function stageBlockers(blockers: readonly Blocker[], stage: 'stage1' | 'stage2'): Blocker[] {
  return stage === 'stage2'
    ? [...blockers]
    : blockers.filter((b) => ruleMeta(b.rule)?.stage === 'stage1');
}
