/**
 * One severity model across commands: what `isms check`, POST /api/check and the pane's view of
 * several workbooks report for a set forming one ISMS. The ISMS-level rules (ISMS-*, DOC-MISSING)
 * run once over the whole set — a register in one file and the SoA in another is one ISMS that
 * has an SoA — beside the cross-workbook (XWB-*) rules, graded exactly as readiness grades the
 * same set, so check's major findings are readiness's blockers (docs/rules.md, "ISMS-level").
 * `validate` still takes each file as a whole ISMS.
 */
import type { Finding } from '../findings/finding';
import type { IsmsWorkbook } from '../model/types';
import { SET_RULES } from '../validation/set-rules/index';
import { sortFindings } from '../validation/sort-findings';
import { runSetRules } from '../validation/validate-workbook';
import { checkWorkbooks } from './check-workbooks';
import type { CrossCheck } from './types';

const SET_RULE_IDS: ReadonlySet<string> = new Set(SET_RULES.map((r) => r.id));

/** A finding of an ISMS-level rule, which judges the set rather than one workbook. */
export function isSetRuleFinding(f: Finding): boolean {
  return SET_RULE_IDS.has(f.rule);
}

/**
 * The check of a set: its ISMS-level findings (run once over all of `workbooks`) and its XWB
 * findings, sorted, with the consolidated view. One workbook is a set of one: the same ISMS-level
 * findings `validate` gives that file.
 */
export function checkSet(workbooks: readonly IsmsWorkbook[], opts: { asOf: string }): CrossCheck {
  const cross = checkWorkbooks(workbooks, opts);
  return {
    ...cross,
    findings: sortFindings([...runSetRules(workbooks, opts), ...cross.findings]),
  };
}

/**
 * The findings of a set from each workbook's own findings (validate's, each file judged as a
 * whole ISMS) and the set's check: the per-file ISMS-level findings give way to the set's, so a
 * register-only file beside an SoA file is no longer told the ISMS has no SoA.
 */
export function setOfFindings(perWorkbook: readonly Finding[], check: CrossCheck): Finding[] {
  const own = perWorkbook.filter((f) => !isSetRuleFinding(f));
  return sortFindings([...own, ...check.findings]);
}
