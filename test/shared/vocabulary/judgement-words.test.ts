/** The words the auditor checks read: overdue (one definition), placeholders, top management, colours. */
import { describe, expect, it } from 'vitest';
import { readColour } from '../../../shared/vocabulary/colour';
import {
  isActionOverdue,
  isRiskDone,
  isTreatmentOverdue,
} from '../../../shared/vocabulary/overdue';
import { isPlaceholder } from '../../../shared/vocabulary/placeholder';
import { isTopManagement, samePerson } from '../../../shared/vocabulary/top-management';

describe('overdue', () => {
  it('is a due date before asOf on something not done; Completed, Closed, Done are done', () => {
    for (const status of ['Completed', 'Closed', 'Done', 'treated', 'Accepted', 'Geschlossen'])
      expect(isRiskDone(status)).toBe(true);
    expect(isTreatmentOverdue({ dueDate: '2025-01-01', status: 'Completed' }, '2025-06-30')).toBe(
      false,
    );
    expect(
      isTreatmentOverdue({ dueDate: '2025-01-01', status: 'In treatment' }, '2025-06-30'),
    ).toBe(true);
    expect(isTreatmentOverdue({ dueDate: '2025-06-30', status: null }, '2025-06-30')).toBe(false);
    expect(isActionOverdue({ due: '2025-01-01', closed: null }, '2025-06-30')).toBe(true);
    expect(isActionOverdue({ due: '2025-01-01', closed: '2025-02-01' }, '2025-06-30')).toBe(false);
  });
});

describe('isPlaceholder', () => {
  it('reads "N/A", "TBD", "-", "see above" as placeholders, and a reason as none', () => {
    for (const t of ['N/A', 'n.a.', 'TBD', '-', '?', '...', 'see above', 'Not applicable'])
      expect(isPlaceholder(t)).toBe(true);
    expect(isPlaceholder('No software development in scope')).toBe(false);
    expect(isPlaceholder(null)).toBe(false);
  });
});

describe('isTopManagement', () => {
  it('knows the titles that may accept risk, and the same person written differently', () => {
    expect(isTopManagement('CEO')).toBe(true);
    expect(isTopManagement('Managing Director')).toBe(true);
    expect(isTopManagement('Helpdesk')).toBe(false);
    expect(samePerson('J. Smith (CIO)', 'cio')).toBe(true);
  });
});

describe('readColour', () => {
  it('reads #RRGGBB, RRGGBB, #RGB and CSS names', () => {
    expect(readColour('orange')).toBe('#FFA500');
    expect(readColour('Dark Red')).toBe('#8B0000');
    expect(readColour('#fa0')).toBe('#FFAA00');
    expect(readColour('00ff00')).toBe('#00FF00');
    expect(readColour('amberish')).toBeNull();
  });
});
