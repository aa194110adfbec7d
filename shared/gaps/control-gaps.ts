/**
 * The control gap register: every applicable Annex A control that is not fully implemented, with
 * the risks that depend on it (from the SoA's Linked Risks and from the risks' Annex A Controls)
 * and the worst residual rating among them, on the consolidated method.
 */
import type { ConsolidatedRisk } from '../cross/types';
import type { ControlGap, LinkedRisk, RiskSeverity } from './types';
import type { MergedControl } from './merge-soa';
import { controlIdsOf } from '../cross/risk-controls';
import { normalizeKey } from '../cross/source-cell';
import { calibratedEffort } from './calibrated-effort';
import type { EffortOverrides } from './effort-overrides';

function toLinked(r: ConsolidatedRisk, via: LinkedRisk['via']): LinkedRisk {
  return {
    workbook: r.workbook,
    id: r.id ?? `row ${r.row}`,
    via,
    residualScore: r.residualScore,
    residualRating: r.residualRating,
    residualColor: r.residualColor,
    residualRank: r.residualRank,
  };
}

/** The register risk an SoA link names: same workbook first, else the first in the set. */
function resolve(
  link: { workbook: string; id: string },
  risks: readonly ConsolidatedRisk[],
): ConsolidatedRisk | undefined {
  const key = normalizeKey(link.id);
  const same = risks.filter((r) => r.id && normalizeKey(r.id) === key);
  return same.find((r) => r.workbook === link.workbook) ?? same[0];
}

/** The risks of the set by the 2022 control each lists (read once, not once per control). */
export function risksByControl(
  risks: readonly ConsolidatedRisk[],
): ReadonlyMap<string, readonly ConsolidatedRisk[]> {
  const index = new Map<string, ConsolidatedRisk[]>();
  for (const r of risks)
    for (const id of controlIdsOf(r.controls)) {
      const list = index.get(id);
      if (list) list.push(r);
      else index.set(id, [r]);
    }
  return index;
}

export function linkedRisksOf(
  m: MergedControl,
  risks: readonly ConsolidatedRisk[],
  index: ReadonlyMap<string, readonly ConsolidatedRisk[]> = risksByControl(risks),
): LinkedRisk[] {
  const out = new Map<ConsolidatedRisk | string, LinkedRisk>();
  for (const r of index.get(m.control.id) ?? []) out.set(r, toLinked(r, 'register'));
  for (const link of m.linkedRisks) {
    const r = resolve(link, risks);
    const prior = r ? out.get(r) : undefined;
    if (r)
      out.set(
        r,
        prior
          ? { ...prior, via: prior.via === 'register' ? 'both' : prior.via }
          : toLinked(r, 'soa'),
      );
    else {
      const key = `${link.workbook}|${normalizeKey(link.id)}`;
      out.set(key, {
        workbook: link.workbook,
        id: link.id,
        via: 'soa',
        residualScore: null,
        residualRating: null,
        residualColor: null,
        residualRank: -1,
      });
    }
  }
  return [...out.values()];
}

export function worstOf(linked: readonly LinkedRisk[]): RiskSeverity {
  let worst: LinkedRisk | null = null;
  for (const l of linked) {
    if (l.residualScore === null) continue;
    if (
      !worst ||
      l.residualRank > worst.residualRank ||
      (l.residualRank === worst.residualRank && l.residualScore > (worst.residualScore ?? 0))
    )
      worst = l;
  }
  return worst
    ? {
        rating: worst.residualRating,
        score: worst.residualScore,
        color: worst.residualColor,
        rank: worst.residualRank,
      }
    : { rating: null, score: null, color: null, rank: -1 };
}

export function buildControlGaps(
  merged: readonly MergedControl[],
  risks: readonly ConsolidatedRisk[],
  overrides?: EffortOverrides,
): ControlGap[] {
  const index = risksByControl(risks);
  return merged
    .filter((m) => m.applicable === true && m.status !== 'Implemented')
    .map((m) => {
      const linkedRisks = linkedRisksOf(m, risks, index);
      return {
        controlId: m.control.id,
        title: m.control.title,
        theme: m.control.theme,
        status: m.status,
        owner: m.owner,
        source: m.source,
        linkedRisks,
        worstResidual: worstOf(linkedRisks),
        effort: calibratedEffort(m.control, m.status, overrides),
      };
    });
}
