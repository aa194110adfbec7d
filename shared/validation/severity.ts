/**
 * The grade of each rule, chosen as a certification auditor would grade one occurrence:
 * - major: a requirement is absent or has broken down (no documented method, an unaccepted risk
 *   above the appetite, a risk treated with a control the SoA excludes, a table without the
 *   columns the requirement needs);
 * - minor: a single lapse in an otherwise working process (one risk without owner, one SoA row
 *   without justification);
 * - observation: a weakness that is not (yet) a nonconformity (overdue action, missing evidence
 *   reference).
 * Rationale per rule: docs/rules.md.
 */
import type { Severity } from './finding';

export const RULE_SEVERITY: Readonly<Record<string, Severity>> = {
  'WB-MISSING-COLUMN': 'major',
  'WB-NO-ISMS-TABLES': 'major',
  'METH-MISSING': 'major',
  'METH-INVALID': 'major',
  'RR-REQUIRED': 'minor',
  'RR-DUP-ID': 'minor',
  'RR-SCALE': 'minor',
  'RR-SCORE-MISMATCH': 'minor',
  'RR-RESIDUAL-HIGHER': 'minor',
  'RR-TREATMENT-INVALID': 'minor',
  'RR-NO-CONTROLS': 'minor',
  'RR-UNKNOWN-CONTROL': 'minor',
  'RR-CONTROL-EXCLUDED': 'major',
  'RR-ACCEPTANCE-MISSING': 'major',
  'RR-OVERDUE': 'observation',
  'SOA-MISSING-CONTROL': 'minor',
  'SOA-UNKNOWN-CONTROL': 'minor',
  'SOA-NO-DECISION': 'minor',
  'SOA-NO-JUSTIFICATION': 'minor',
  'SOA-NO-STATUS': 'minor',
  'SOA-NO-EVIDENCE': 'observation',
  'SOA-TITLE-MISMATCH': 'minor',
  'OBJ-NO-MEASURE': 'minor',
  'MR-NO-REVIEW': 'major',
  'MR-ACTION-OVERDUE': 'observation',
};

export function severityOf(rule: string): Severity {
  const s = RULE_SEVERITY[rule];
  if (!s) throw new Error(`No severity defined for rule ${rule}`);
  return s;
}
