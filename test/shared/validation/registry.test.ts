/** The rule registry is the one table of rules: every rule has a grade, clause, stage and docs entry. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CROSS_RULES } from '../../../shared/cross/rules/index';
import { RULE_MESSAGES } from '../../../shared/validation/rule-messages';
import { RULES } from '../../../shared/validation/rules/index';
import { SET_RULES } from '../../../shared/validation/set-rules/index';
import { RULE_SEVERITY } from '../../../shared/validation/severity';
import { TOOL_RULES } from '../../../shared/validation/tool-rules';

const here = path.dirname(fileURLToPath(import.meta.url));
const rulesMd = readFileSync(path.resolve(here, '../../../docs/rules.md'), 'utf8');
const all = [...RULES, ...SET_RULES, ...CROSS_RULES];

describe('rule registry', () => {
  it('gives every rule a unique id, a grade, a clause and a stage', () => {
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) {
      expect(['major', 'minor', 'observation', 'not-checked']).toContain(r.severity);
      expect(r.clause).not.toBe('');
      expect(['stage1', 'stage2']).toContain(r.stage);
    }
  });

  it('grades tool and format problems not-checked, never as nonconformities', () => {
    for (const id of [...Object.keys(TOOL_RULES), 'WB-NO-ISMS-TABLES'])
      expect(RULE_SEVERITY[id]).toBe('not-checked');
  });

  it('has a messages entry for every validation rule and a docs/rules.md section for every rule', () => {
    for (const r of [...RULES, ...SET_RULES]) expect(Object.keys(RULE_MESSAGES)).toContain(r.id);
    for (const r of all) expect(rulesMd).toContain(`## ${r.id} `);
  });
});
