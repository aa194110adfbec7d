/**
 * The remediation roadmap: every work item the certification needs, not only Annex A — blockers,
 * open nonconformities, excluded-but-relied-on controls, clause gaps and control gaps — phased
 * (see RoadmapItem.phase), ordered by phase, then kind, then (for controls) by the severity of
 * the risks they leave open (worst linked residual band, then score), then effort (quick wins
 * first), then control number; scheduled against the next audit dates when the workbook has them.
 */
import type { IsmsWorkbook } from '../model/types';
import type { ConsolidatedRisk } from '../cross/types';
import type { ClauseRow, ControlGap, OpenAuditFinding, RoadmapItem, RoadmapKind } from './types';
import type { MergedControl } from './merge-soa';
import type { EffortOverrides } from './effort-overrides';
import type { AuditDates } from './schedule';
import { compareControlIds } from '../cross/risk-controls';
import { normalizeKey } from '../cross/source-cell';
import { phaseWindows } from './schedule';
import {
  blockerItem,
  clauseDays,
  clauseItems,
  excludedItems,
  ncItems,
  type Draft,
} from './roadmap-items';
import { GAP_TEXT } from './messages';

export function compareGaps(a: ControlGap, b: ControlGap): number {
  return (
    b.worstResidual.rank - a.worstResidual.rank ||
    (b.worstResidual.score ?? -1) - (a.worstResidual.score ?? -1) ||
    a.effort.points - b.effort.points ||
    compareControlIds(a.controlId, b.controlId)
  );
}

function phaseOf(g: ControlGap, threshold: number | null): 1 | 2 | 3 {
  if (g.worstResidual.score === null) return 3;
  return threshold !== null && g.worstResidual.score > threshold ? 1 : 2;
}

export type RoadmapInput = {
  readonly workbooks: readonly IsmsWorkbook[];
  readonly gaps: readonly ControlGap[];
  readonly threshold: number | null;
  readonly clauses: readonly ClauseRow[];
  readonly merged: readonly MergedControl[] | null;
  readonly risks: readonly ConsolidatedRisk[];
  readonly openFindings: readonly OpenAuditFinding[];
  readonly blockers: readonly {
    readonly id: string;
    /** The major finding's rule, when the blocker is one (readiness blockers are). */
    readonly rule?: string;
    readonly reason: string;
    readonly ref: string;
  }[];
  readonly overrides: EffortOverrides;
  readonly audit: AuditDates | null;
  readonly asOf: string;
};

/** Clauses a blocker stands for: their own clause items would count the same work twice. */
const BLOCKER_CLAUSES: Readonly<Record<string, readonly string[]>> = {
  'no-internal-audit': ['9.2.1', '9.2.2'],
  'no-management-review': ['9.3.1', '9.3.2', '9.3.3'],
  'no-methodology': ['6.1.2'],
  'no-soa': ['6.1.3'],
};

/** Earliest treatment due date among the register rows of the linked risks. */
function dueOfRisks(
  wbs: readonly IsmsWorkbook[],
  linked: readonly { workbook: string; id: string }[],
): string | null {
  const keys = new Set(linked.map((l) => `${l.workbook}\u0000${normalizeKey(l.id)}`));
  const dues = wbs.flatMap((w) =>
    (w.risks ?? [])
      .filter((r) => r.id && r.dueDate && keys.has(`${w.name}\u0000${normalizeKey(r.id)}`))
      .map((r) => r.dueDate as string),
  );
  return dues.sort()[0] ?? null;
}

function controlDraft(g: ControlGap, input: RoadmapInput): Draft {
  const ids = [...new Set(g.linkedRisks.map((l) => l.id))];
  return {
    phase: phaseOf(g, input.threshold),
    kind: 'control',
    ref: `A.${g.controlId}`,
    action: GAP_TEXT.control(g.controlId, g.status),
    controlId: g.controlId,
    title: g.title,
    theme: g.theme,
    owner: g.owner,
    status: g.status ?? 'No status',
    worstResidual: g.worstResidual,
    linkedRiskCount: ids.length,
    linkedRisks: ids,
    effort: g.effort.class,
    personDays: g.effort.personDays,
    due: dueOfRisks(input.workbooks, g.linkedRisks),
  };
}

const KIND_ORDER: readonly RoadmapKind[] = [
  'blocker',
  'nonconformity',
  'excluded-control',
  'clause',
  'control',
];

/**
 * Blockers whose work already has its own roadmap item: the open NC, the excluded control, the
 * control to implement, the review recency line. Listing them again would count the work twice.
 */
const OWN_ITEM_RULES: ReadonlySet<string> = new Set([
  'NC-MAJOR-OPEN',
  'NC-MAJOR-UNMANAGED',
  'RR-CONTROL-EXCLUDED',
  'XWB-CONTROL-EXCLUDED',
  'SOA-RISK-CONTROL-NOT-IMPLEMENTED',
  'SOA-NOT-IMPLEMENTED',
  'MR-NO-REVIEW',
]);

export function buildRoadmap(input: RoadmapInput): RoadmapItem[] {
  const blockers = input.blockers.filter(
    (b) => b.id !== 'open-major-nc' && !(b.rule !== undefined && OWN_ITEM_RULES.has(b.rule)),
  );
  const skip = blockers.flatMap((b) => BLOCKER_CLAUSES[b.id] ?? []);
  const drafts: Draft[] = [
    ...blockers.map((b) =>
      blockerItem(
        b,
        (BLOCKER_CLAUSES[b.id] ?? []).reduce(
          (s, id) => s + clauseDays(id, 'Nonconformant', input.overrides),
          0,
        ) || 3,
      ),
    ),
    ...ncItems(input.openFindings),
    ...(input.merged ? excludedItems(input.merged, input.risks) : []),
    ...clauseItems(input.clauses, skip, input.overrides),
    ...[...input.gaps].sort(compareGaps).map((g) => controlDraft(g, input)),
  ];
  const windows = phaseWindows(input.audit, input.asOf);
  return drafts
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        a.d.phase - b.d.phase ||
        KIND_ORDER.indexOf(a.d.kind) - KIND_ORDER.indexOf(b.d.kind) ||
        a.i - b.i,
    )
    .map(({ d }, i) => {
      const w = windows[d.phase];
      return {
        ...d,
        order: i + 1,
        start: w?.start ?? null,
        finish: w ? (d.due && d.due < w.finish ? d.due : w.finish) : d.due,
        lateForAudit: !!(w && d.due && d.due > w.finish && d.phase < 3),
      };
    });
}
