/**
 * The registry of cross-workbook rules (XWB-*), in the order their findings are listed. Each
 * entry carries the rule's id, grade, clause and stage; `CrossRuleId` is derived from it.
 */
import { defineSetRule } from '../../validation/rule';
import { checkControlsExcludedElsewhere } from './control-excluded';
import { checkDuplicateRiskIds } from './dup-risk-id';
import { checkMethodologyDifferences } from './method-diff';
import { checkSoaConflicts } from './soa-conflict';
import { checkUnknownAssets } from './unknown-asset';

export const CROSS_RULES = [
  defineSetRule({
    id: 'XWB-METHOD-DIFF',
    severity: 'minor',
    clause: '6.1.2 b)',
    stage: 'stage1',
    check: ({ workbooks }) => checkMethodologyDifferences(workbooks),
  }),
  defineSetRule({
    id: 'XWB-DUP-RISK-ID',
    severity: 'minor',
    clause: '6.1.2 c), 7.5.3',
    stage: 'stage1',
    check: ({ workbooks }) => checkDuplicateRiskIds(workbooks),
  }),
  defineSetRule({
    id: 'XWB-SOA-CONFLICT',
    severity: 'minor',
    clause: '6.1.3 d)',
    stage: 'stage1',
    check: ({ workbooks }) => checkSoaConflicts(workbooks),
  }),
  defineSetRule({
    id: 'XWB-UNKNOWN-ASSET',
    severity: 'minor',
    clause: '6.1.2 c), A.5.9',
    stage: 'stage1',
    check: ({ workbooks }) => checkUnknownAssets(workbooks),
  }),
  defineSetRule({
    id: 'XWB-CONTROL-EXCLUDED',
    severity: 'major',
    clause: '6.1.3 b)–d)',
    stage: 'stage2',
    check: ({ workbooks }) => checkControlsExcludedElsewhere(workbooks),
  }),
] as const;

export type CrossRuleId = (typeof CROSS_RULES)[number]['id'];
