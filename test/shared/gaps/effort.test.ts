import { describe, expect, it } from 'vitest';
import { effortOf } from '../../../shared/gaps/effort';
import { getControl } from '../../../shared/catalog/find-control';
import { CONTROLS } from '../../../shared/catalog/controls';

const control = (id: string) => {
  const c = getControl(id);
  if (!c) throw new Error(id);
  return c;
};

describe('effortOf', () => {
  it('rates an organizational control with one capability Low: 3 person-days', () => {
    expect(effortOf(control('5.1'), 'Not implemented')).toMatchObject({
      class: 'Low',
      points: 1,
      personDays: 3,
    });
  });

  it('rates a technological control at least Medium, and halves the days when partially implemented', () => {
    expect(effortOf(control('8.8'), null)).toMatchObject({
      class: 'Medium',
      points: 3,
      personDays: 8,
    });
    expect(effortOf(control('8.8'), 'Partially implemented')).toMatchObject({
      class: 'Medium',
      personDays: 4,
    });
  });

  it('adds up to 2 points for a control spanning several operational capabilities', () => {
    const wide = CONTROLS.find(
      (c) => c.theme === 'Technological' && (c.attributes?.capabilities.length ?? 0) >= 3,
    );
    expect(wide).toBeDefined();
    const e = effortOf(wide!, 'Planned');
    expect(e).toMatchObject({ class: 'High', points: 5, personDays: 15 });
    expect(e.reason).toContain('operational capabilities (+2)');
  });

  it('gives every one of the 93 controls a class from its catalog facts alone', () => {
    const counts = { Low: 0, Medium: 0, High: 0 };
    for (const c of CONTROLS) counts[effortOf(c, null).class]++;
    expect(counts.Low + counts.Medium + counts.High).toBe(93);
    expect(counts.Low).toBeGreaterThan(0);
    expect(counts.High).toBeGreaterThan(0);
  });
});
