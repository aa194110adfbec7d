import { describe, expect, it } from 'vitest';
import {
  CONTROLS_2005_COUNT,
  is2005Control,
  is2005Objective,
} from '../../../shared/import/annex-2005';

describe('the 2005 Annex A shape', () => {
  it('has 133 controls', () => {
    expect(CONTROLS_2005_COUNT).toBe(133);
  });

  it('knows ids that exist only in 2005, with or without the A. prefix', () => {
    for (const id of ['5.1.1', '6.1.8', 'A.10.10.6', '11.4.7', '12.5.5', '15.3.2'])
      expect(is2005Control(id), id).toBe(true);
  });

  it('refuses ids beyond an objective, 2013-only ids and two-level headings', () => {
    for (const id of ['6.1.9', '10.5.2', '9.4.5', '18.2.3', '16.1.1', '6.1', 'A.5'])
      expect(is2005Control(id), id).toBe(false);
    expect(is2005Objective('10.10')).toBe(true);
    expect(is2005Objective('10.11')).toBe(false);
  });
});
