/**
 * A finding: one data problem, in auditor language, or one part of a workbook that could not be
 * checked. Findings sit below every rule that produces them (validation, cross, import, readers).
 * The JSON shape is a public contract (PRODUCT.md, `--json`).
 */

/** An auditor's grade of nonconformity (docs/rules.md, "Severities"). */
export type Grade = 'major' | 'minor' | 'observation';

/**
 * The grades, plus `not-checked`: a tool or format problem (WB-*, CSV-*, IMPORT-*) that stopped a
 * check from running. It is never a nonconformity: it says the tool cannot vouch for that part.
 */
export type Severity = Grade | 'not-checked';

/**
 * Order for thresholds (`--fail-on`) and display. `not-checked` ranks above major: whatever the
 * threshold, a workbook part that could not be checked fails the gate (docs/rules.md, "Exit codes").
 */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  'not-checked': 4,
  major: 3,
  minor: 2,
  observation: 1,
};

export type Finding = {
  /** A rule id of a registry (validation, cross, tool); closed union: `RuleId` in shared/rule-id.ts. */
  readonly rule: string;
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
  /** Findings of severity `not-checked` (a count added to the contract; the others are unchanged). */
  readonly notChecked: number;
  readonly byRule: Readonly<Record<string, number>>;
};

export function summarize(findings: readonly Finding[]): FindingSummary {
  const byRule: Record<string, number> = {};
  const n: Record<Severity, number> = { major: 0, minor: 0, observation: 0, 'not-checked': 0 };
  for (const f of findings) {
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    n[f.severity]++;
  }
  return {
    total: findings.length,
    major: n.major,
    minor: n.minor,
    observation: n.observation,
    notChecked: n['not-checked'],
    byRule,
  };
}

/** True when any finding is at or above `threshold` (the CLI's `--fail-on`); not-checked always is. */
export function hasFindingsAtOrAbove(findings: readonly Finding[], threshold: Severity): boolean {
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}
