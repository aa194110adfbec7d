/**
 * Every user-facing sentence of the cross-workbook rules (XWB-*), keyed by rule id:
 * `satisfies Record<CrossRuleId, …>` makes a rule without its sentence a compile error.
 */
import type { CrossRuleId } from './rules/index';

const STD = 'ISO/IEC 27001:2022';

type Sentences = Readonly<Record<string, (...args: never[]) => string>>;

export const CROSS_MESSAGES = {
  'XWB-METHOD-DIFF': {
    differs: (wb: string, source: string, diff: readonly string[]) =>
      `${wb} assesses risks with a different methodology from ${source} (${diff.join('; ')}): ` +
      `the results are not comparable (${STD} 6.1.2 b); the consolidated view rescores its ` +
      `risks on ${source}'s methodology.`,
  },
  'XWB-DUP-RISK-ID': {
    duplicate: (id: string, workbook: string, sheet: string, row: number, shown: string) =>
      `Risk id ${id} is also used in ${workbook} (${sheet} row ${row}) ` +
      `for a risk with a different ${shown}: one id must identify one risk across the ISMS ` +
      `(${STD} 6.1.2 c, 7.5.3).`,
  },
  'XWB-SOA-CONFLICT': {
    conflict: (control: string, here: string, there: string, where: string) =>
      `Control ${control} is ${here} in this Statement of Applicability but ${there} in ` +
      `${where}: one ISMS scope needs one decision per control with its justification ` +
      `(${STD} 6.1.3 d).`,
  },
  'XWB-UNKNOWN-ASSET': {
    unknown: (risk: string, n: number, list: string, holders: readonly string[]) =>
      `Risk ${risk} names asset${n > 1 ? 's' : ''} ${list} that no ` +
      `asset inventory in the set holds (${holders.join(', ')}): risks must relate to inventoried assets ` +
      `(${STD} 6.1.2 c, Annex A 5.9).`,
  },
  'XWB-CONTROL-EXCLUDED': {
    excluded: (risk: string, control: string, where: string) =>
      `Risk ${risk} is treated with control ${control}, which the Statement of Applicability in ` +
      `${where} excludes: the SoA must include the controls that risk treatment needs ` +
      `(${STD} 6.1.3 b–d).`,
  },
} as const satisfies Record<CrossRuleId, Sentences>;

/** `R-7`, or `in row 12` for a risk without id. */
export function crossRiskLabel(id: string | null, row: number): string {
  return id ?? `in row ${row}`;
}
