import { describe, expect, it } from 'vitest';
import { parseImplementation } from '../../../shared/vocabulary/implementation-status';

describe('parseImplementation', () => {
  it.each([
    ['✅', 'Implemented'],
    ['⚠️', 'Partially implemented'],
    ['❌', 'Not implemented'],
    ['Umgesetzt', 'Implemented'],
    ['Teilweise umgesetzt', 'Partially implemented'],
    ['Partially Implemented', 'Partially implemented'],
    ['Mis en place', 'Implemented'],
    ['Non mis en place', 'Not implemented'],
    ['Parcialmente implementado', 'Partially implemented'],
    ['Não implementado', 'Not implemented'],
    ['Planificado', 'Planned'],
    ['OUI', 'Implemented'],
    ['NON', 'Not implemented'],
  ])('reads "%s" as %s', (t, want) => {
    expect(parseImplementation(t)).toBe(want);
  });

  it('returns null for text that is not a status', () => {
    expect(parseImplementation('see the policy')).toBeNull();
  });

  it.each([
    ['Fully implemented', 'Implemented'],
    ['Operational', 'Implemented'],
    ['In progress', 'Partially implemented'],
    ['Ongoing', 'Partially implemented'],
    ['To do', 'Planned'],
    ['None', 'Not implemented'],
    ['Oui', 'Implemented'],
    ['✓', 'Implemented'],
    ['Umgesetzt', 'Implemented'],
  ] as const)('reads the whole value "%s" as %s', (t, want) => {
    expect(parseImplementation(t, { match: 'whole' })).toBe(want);
  });

  it('reads only whole values when asked: a leading word is not a status', () => {
    expect(parseImplementation('Implemented (2024)')).toBe('Implemented');
    expect(parseImplementation('Implemented (2024)', { match: 'whole' })).toBeNull();
    // A leading word ends at a word boundary: a product or a person's name is not "sí" or "ja".
    expect(parseImplementation('SIEM (Splunk)')).toBeNull();
    expect(parseImplementation('Jana Nováková')).toBeNull();
    expect(parseImplementation('Complete the DPAs', { match: 'whole' })).toBeNull();
  });
});
