/**
 * Risk register changes (6.1.2, 6.1.3, 8.2, 8.3): risks added and removed, inherent and residual
 * movement on the current method, treatment, status and owners, acceptance given, withdrawn or
 * expired (an acceptance older than a year counts as expired: risks are reassessed at planned
 * intervals, 8.2, as the readiness score's RA-REVIEWED check counts them).
 */
import { addDays } from '../cycle/calendar';
import type { Methodology, Risk } from '../model/types';
import type { ChangeItem } from './change-item';
import { keyAll, pairUp, recordKey, sameText } from './match';
import { scoreOn } from './score-text';

export type PlacedRisk = { readonly risk: Risk; readonly methodology: Methodology | null };
export type RiskSide = { readonly risks: readonly PlacedRisk[]; readonly asOf: string };

const label = (p: PlacedRisk) => p.risk.id ?? `(row ${p.risk.ref.row})`;
const keyOf = (p: PlacedRisk) => recordKey(p.risk.id, p.risk.description ?? p.risk.threat);

/** `Accepted by CFO on 2026-03-01`, `… (expired)`, or null when no acceptance is recorded. */
export function acceptanceText(r: Risk, asOf: string): string | null {
  if (r.acceptedBy === null && r.acceptanceDate === null) return null;
  const by = r.acceptedBy ? ` by ${r.acceptedBy}` : '';
  const on = r.acceptanceDate ? ` on ${r.acceptanceDate}` : '';
  const expired = r.acceptanceDate !== null && r.acceptanceDate < addDays(asOf, -365);
  return `Accepted${by}${on}${expired ? ' (expired: more than a year old)' : ''}`;
}

function textField(
  field: string,
  a: string | null,
  b: string | null,
): [string, string | null, string | null] | null {
  return sameText(a, b) ? null : [field, a, b];
}

function riskChanges(
  p: PlacedRisk,
  c: PlacedRisk,
  before: string,
  after: string,
  target: Methodology | null,
): ChangeItem[] {
  const out: [string, string | null, string | null][] = [];
  for (const which of ['inherent', 'residual'] as const) {
    const was = scoreOn(p.risk, which, p.methodology, target);
    const now = scoreOn(c.risk, which, c.methodology, target);
    if (was.score !== now.score) out.push([`${which}Score`, was.text, now.text]);
  }
  const treatment =
    p.risk.treatmentOption !== null && p.risk.treatmentOption === c.risk.treatmentOption
      ? null
      : textField('treatment', p.risk.treatment, c.risk.treatment);
  const fields = [
    treatment,
    textField('status', p.risk.status, c.risk.status),
    textField('owner', p.risk.owner, c.risk.owner),
    textField('actionOwner', p.risk.actionOwner, c.risk.actionOwner),
    textField('acceptance', acceptanceText(p.risk, before), acceptanceText(c.risk, after)),
  ];
  for (const f of fields) if (f) out.push(f);
  const id = label(c);
  return out.map(([field, b, a]) => ({
    area: 'risk',
    kind: 'changed',
    id,
    field,
    before: b,
    after: a,
  }));
}

export function diffRisks(previous: RiskSide, current: RiskSide): ChangeItem[] {
  const pairs = pairUp(keyAll(previous.risks, keyOf, label), keyAll(current.risks, keyOf, label));
  const out: ChangeItem[] = [];
  const item = (kind: 'added' | 'removed', id: string): ChangeItem => ({
    area: 'risk',
    kind,
    id,
    field: null,
    before: null,
    after: null,
  });
  for (const a of pairs.added) out.push(item('added', a.label));
  for (const [p, c] of pairs.matched)
    out.push(...riskChanges(p.item, c.item, previous.asOf, current.asOf, c.item.methodology));
  for (const r of pairs.removed) out.push(item('removed', r.label));
  return out;
}
