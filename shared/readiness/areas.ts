/**
 * The nine readiness areas and the overall points each carries (Σ = 100). Every assessable
 * clause carries 1 point in its area (30: a self-declared status is the weakest evidence); the
 * record checks carry 24 and Annex A implementation 46 — what an auditor weighs at Stage 2
 * (docs/readiness.md).
 */
import type { AreaId } from './types';

export type AreaDef = {
  readonly id: AreaId;
  readonly name: string;
  readonly clauses: readonly string[];
  /** Points of the area's record checks, beyond 2 per clause. */
  readonly extra: number;
};

export const CLAUSE_POINTS = 1;

export const AREAS: readonly AreaDef[] = [
  { id: 'context', name: 'Context and scope', clauses: ['4.1', '4.2', '4.3', '4.4'], extra: 0 },
  {
    id: 'leadership',
    name: 'Leadership and policy',
    clauses: ['5.1', '5.2', '5.3', '6.2'],
    extra: 0,
  },
  { id: 'risk-assessment', name: 'Risk assessment', clauses: ['6.1.1', '6.1.2', '8.2'], extra: 8 },
  { id: 'risk-treatment', name: 'Risk treatment and SoA', clauses: ['6.1.3', '8.3'], extra: 8 },
  {
    id: 'support',
    name: 'Support',
    clauses: ['7.1', '7.2', '7.3', '7.4', '7.5.1', '7.5.2', '7.5.3'],
    extra: 0,
  },
  { id: 'operation', name: 'Operation', clauses: ['8.1', '6.3'], extra: 2 },
  {
    id: 'performance',
    name: 'Performance evaluation',
    clauses: ['9.1', '9.2.1', '9.2.2', '9.3.1', '9.3.2', '9.3.3'],
    extra: 4,
  },
  { id: 'improvement', name: 'Improvement', clauses: ['10.1', '10.2'], extra: 2 },
  { id: 'annex-a', name: 'Annex A implementation', clauses: [], extra: 46 },
];

export function areaMax(a: AreaDef): number {
  return a.clauses.length * CLAUSE_POINTS + a.extra;
}

export function areaOfClause(clauseId: string): AreaId | null {
  return AREAS.find((a) => a.clauses.includes(clauseId))?.id ?? null;
}

/** Verdict thresholds on the overall score and on every area's 0–100 score. */
export const THRESHOLDS = { stage1: 60, stage2: 85, stage2MinArea: 60 } as const;
