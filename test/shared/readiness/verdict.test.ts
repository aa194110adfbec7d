import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../../shared/readiness/verdict';
import { AREAS, areaMax } from '../../../shared/readiness/areas';
import type { AreaScore, Blocker } from '../../../shared/readiness/types';

const areas = (score: number, weakest = score): AreaScore[] =>
  AREAS.map((a, i) => ({
    id: a.id,
    name: a.name,
    max: areaMax(a),
    points: 0,
    score: i === 0 ? weakest : score,
    clauses: a.clauses,
  }));
const blocker: Blocker = {
  id: 'no-soa',
  rule: 'ISMS-NO-SOA',
  reason: 'No SoA',
  ref: 'Clause 6.1.3',
  locations: [],
};

describe('decideVerdict', () => {
  it('is not ready below 60 overall', () => {
    expect(decideVerdict(59, areas(59), []).verdict).toBe('not-ready');
  });

  it('is ready for Stage 1 from 60 overall without blockers', () => {
    expect(decideVerdict(60, areas(60), []).verdict).toBe('stage-1');
    expect(decideVerdict(84, areas(84), []).verdict).toBe('stage-1');
  });

  it('is ready for Stage 2 from 85 overall when every area is at least 60', () => {
    expect(decideVerdict(85, areas(85, 60), []).verdict).toBe('stage-2');
  });

  it('stays at Stage 1 when one area is below 60, whatever the overall', () => {
    const v = decideVerdict(95, areas(99, 59), []);
    expect(v.verdict).toBe('stage-1');
    expect(v.reason).toContain('Context and scope');
  });

  it('stays at Stage 1 while a clause is recorded nonconformant', () => {
    const v = decideVerdict(98, areas(98), [], ['5.2']);
    expect(v.verdict).toBe('stage-1');
    expect(v.reason).toContain('clause 5.2 recorded nonconformant');
  });

  it('is not ready with any blocker, even at 100', () => {
    expect(decideVerdict(100, areas(100), [blocker]).verdict).toBe('not-ready');
  });
});
