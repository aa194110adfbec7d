/**
 * Applies a rule's escalation: one lapse keeps the rule's base grade; when the lapses are at
 * least `min` and more than `share` of their population, the process has broken down and every
 * finding of the rule is major, its sentence saying why (docs/rules.md, "Escalation").
 */
import type { Finding } from '../findings/finding';
import type { Escalation } from './rule';
import { ESCALATED } from './messages';

export function graded<C>(
  rule: { readonly escalation?: Escalation & { readonly population: (ctx: C) => number } },
  findings: Finding[],
  ctx: C,
): Finding[] {
  const e = rule.escalation;
  if (!e || findings.length < e.min) return findings;
  const population = e.population(ctx);
  if (population <= 0 || findings.length / population <= e.share) return findings;
  const note = ESCALATED(findings.length, population, e.of);
  return findings.map((f) => ({ ...f, severity: 'major', message: `${f.message} ${note}` }));
}
