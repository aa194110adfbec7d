import { describe, expect, it } from 'vitest';
import annexA2022 from '../../../shared/catalog/data/annex-a-2022.json';
import { CONTROLS, CONTROLS_2013, THEMES } from '../../../shared/catalog/controls';
import {
  ASSESSABLE_CLAUSES,
  CLAUSES,
  MANDATORY_DOCUMENTS,
  findClause,
} from '../../../shared/catalog/clauses';

describe('Annex A 2022 catalog', () => {
  it('has the 93 controls of the reference data, 37/8/14/34 by theme', () => {
    expect(CONTROLS).toHaveLength(93);
    expect(CONTROLS.map((c) => c.id)).toEqual(annexA2022.map((c) => c.id));
    const counts = THEMES.map((t) => CONTROLS.filter((c) => c.theme === t).length);
    expect(counts).toEqual([37, 8, 14, 34]);
  });

  it('marks the 11 controls new in 2022', () => {
    const fresh = CONTROLS.filter((c) => c.newIn2022).map((c) => c.id);
    expect(fresh).toEqual([
      '5.7',
      '5.23',
      '5.30',
      '7.4',
      '8.9',
      '8.10',
      '8.11',
      '8.12',
      '8.16',
      '8.23',
      '8.28',
    ]);
  });

  it('carries ISO/IEC 27002 attributes for every control', () => {
    expect(CONTROLS.every((c) => c.attributes !== null)).toBe(true);
    expect(CONTROLS.find((c) => c.id === '5.7')?.attributes?.concepts).toEqual([
      'Identify',
      'Detect',
      'Respond',
    ]);
  });

  it('keeps both title wordings where 27001 and 27002 differ', () => {
    const c = CONTROLS.find((x) => x.id === '8.1');
    expect(c?.title).toBe('User end point devices');
    expect(c?.title27002).toBe('User endpoint devices');
  });

  it('has the 114 controls of 2013', () => {
    expect(CONTROLS_2013).toHaveLength(114);
    expect(new Set(CONTROLS_2013.map((c) => c.clause)).size).toBe(14);
  });
});

describe('clauses', () => {
  it('lists the 30 assessable clauses 4.1 … 10.2', () => {
    expect(ASSESSABLE_CLAUSES.map((c) => c.id)).toEqual([
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '5.1',
      '5.2',
      '5.3',
      '6.1.1',
      '6.1.2',
      '6.1.3',
      '6.2',
      '6.3',
      '7.1',
      '7.2',
      '7.3',
      '7.4',
      '7.5.1',
      '7.5.2',
      '7.5.3',
      '8.1',
      '8.2',
      '8.3',
      '9.1',
      '9.2.1',
      '9.2.2',
      '9.3.1',
      '9.3.2',
      '9.3.3',
      '10.1',
      '10.2',
    ]);
    expect(CLAUSES.find((c) => c.id === '4.1')?.amendment2024).toMatch(/climate/);
  });

  it('finds clauses as people write them', () => {
    expect(findClause('Clause 9.2.2')?.title).toBe('Internal audit programme');
    expect(findClause('cl. 6.1.3')?.id).toBe('6.1.3');
    expect(findClause('11.4')).toBeNull();
  });

  it('lists the mandatory documented information', () => {
    expect(MANDATORY_DOCUMENTS.length).toBeGreaterThanOrEqual(15);
    expect(MANDATORY_DOCUMENTS.some((d) => d.clause === '4.3')).toBe(true);
  });
});
