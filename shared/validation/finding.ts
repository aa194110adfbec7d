/**
 * A validation finding: one data problem, in auditor language. Severities are the auditors' own
 * grades of nonconformity. The JSON shape is a public contract (PRODUCT.md, `--json`).
 */
export type Severity = 'major' | 'minor' | 'observation';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  major: 3,
  minor: 2,
  observation: 1,
};

export type RuleId =
  | 'WB-MISSING-COLUMN'
  | 'WB-NO-ISMS-TABLES'
  | 'RR-REQUIRED'
  | 'RR-DUP-ID'
  | 'RR-SCALE'
  | 'RR-SCORE-MISMATCH'
  | 'RR-RESIDUAL-HIGHER'
  | 'RR-TREATMENT-INVALID'
  | 'RR-NO-CONTROLS'
  | 'RR-UNKNOWN-CONTROL'
  | 'RR-CONTROL-EXCLUDED'
  | 'RR-ACCEPTANCE-MISSING'
  | 'RR-OVERDUE'
  | 'SOA-MISSING-CONTROL'
  | 'SOA-UNKNOWN-CONTROL'
  | 'SOA-NO-DECISION'
  | 'SOA-NO-JUSTIFICATION'
  | 'SOA-NO-STATUS'
  | 'SOA-NO-EVIDENCE'
  | 'SOA-TITLE-MISMATCH'
  | 'METH-MISSING'
  | 'METH-INVALID'
  | 'OBJ-NO-MEASURE'
  | 'MR-NO-REVIEW'
  | 'MR-ACTION-OVERDUE'
  | 'XWB-DUP-RISK-ID'
  | 'XWB-METHOD-DIFF'
  | 'XWB-SOA-CONFLICT'
  | 'XWB-UNKNOWN-ASSET'
  | 'XWB-CONTROL-EXCLUDED'
  // Reading and import (functions/xlsx/read-csv.ts, shared/import/): not validation rules.
  | 'CSV-MALFORMED-ROW'
  | 'IMPORT-MIXED-NUMBERING'
  | 'IMPORT-MISSING-CONTROLS'
  | (string & { readonly __extraRule?: never });

export type Finding = {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly workbook: string;
  readonly sheet: string | null;
  /** A1 address of the offending cell, or null when the finding is about a whole table/workbook. */
  readonly cell: string | null;
  /** 1-based Excel row, or null. */
  readonly row: number | null;
  /** One sentence, citing the clause or control (`… (ISO/IEC 27001:2022 6.1.3 d)`). */
  readonly message: string;
};

export type FindingSummary = {
  readonly total: number;
  readonly major: number;
  readonly minor: number;
  readonly observation: number;
  readonly byRule: Readonly<Record<string, number>>;
};

export function summarize(findings: readonly Finding[]): FindingSummary {
  const byRule: Record<string, number> = {};
  let major = 0;
  let minor = 0;
  let observation = 0;
  for (const f of findings) {
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    if (f.severity === 'major') major++;
    else if (f.severity === 'minor') minor++;
    else observation++;
  }
  return { total: findings.length, major, minor, observation, byRule };
}

/** True when any finding is at or above `threshold` (the CLI's `--fail-on`). */
export function hasFindingsAtOrAbove(findings: readonly Finding[], threshold: Severity): boolean {
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}
