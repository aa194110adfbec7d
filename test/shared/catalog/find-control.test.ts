import { describe, expect, it } from 'vitest';
import mapping from '../../../shared/catalog/data/map-2013-to-2022.json';
import { CONTROLS_2013 } from '../../../shared/catalog/controls';
import {
  normalizeControlId,
  parseControlRef,
  splitControlRefs,
} from '../../../shared/catalog/find-control';

function id2022(text: string): string | null {
  const r = parseControlRef(text);
  return r.kind === '2022' ? r.control.id : null;
}

describe('parseControlRef', () => {
  it.each([
    'A.5.15',
    '5.15',
    'A 5.15',
    'A5.15',
    'Control 5.15',
    'Annex A 5.15',
    'A.5.15   ',
    'a.5.15',
    'Annex A.5.15',
    'Control A.5.15',
  ])('reads "%s" as the 2022 control 5.15', (text) => expect(id2022(text)).toBe('5.15'));

  it('reads a 2013 id and gives its 2022 successor', () => {
    const r = parseControlRef('A.9.2.3');
    expect(r.kind).toBe('2013');
    if (r.kind !== '2013') return;
    expect(r.control2013.title).toBe('Management of privileged access rights');
    expect(r.successors.map((c) => c.id)).toEqual(['8.2']);
  });

  it('maps A.18.2.3 to both 5.36 and 8.8, and A.13.2.1 to 5.14', () => {
    const succ = (t: string) => {
      const r = parseControlRef(t);
      return r.kind === '2013' ? r.successors.map((c) => c.id) : [];
    };
    expect(succ('A.18.2.3')).toEqual(['5.36', '8.8']);
    expect(succ('A.13.2.1')).toEqual(['5.14']);
  });

  it('resolves all 114 controls of 2013 to the successors of the mapping table', () => {
    expect(mapping.mappings).toHaveLength(114);
    for (const m of mapping.mappings) {
      const r = parseControlRef(m.from);
      expect(r.kind, m.from).toBe('2013');
      if (r.kind === '2013')
        expect(
          r.successors.map((c) => c.id),
          m.from,
        ).toEqual(m.to);
    }
    expect(CONTROLS_2013.every((c) => parseControlRef(c.id).kind === '2013')).toBe(true);
  });

  it('returns unknown for ids that are no control', () => {
    for (const t of ['A.5.99', '9.9', 'A.19.1.1', 'Firewall', '', '5.155', '15.15']) {
      expect(parseControlRef(t).kind, t).toBe('unknown');
    }
  });
});

describe('normalizeControlId', () => {
  it('strips prefixes, spaces and leading zeros', () => {
    expect(normalizeControlId('Control A.8.2')).toBe('8.2');
    expect(normalizeControlId('A. 8 . 2')).toBe('8.2');
    expect(normalizeControlId('A.05.07')).toBe('5.7');
    expect(normalizeControlId('A.8.8 Management of technical vulnerabilities')).toBe('8.8');
    expect(normalizeControlId('access control')).toBeNull();
  });
});

describe('splitControlRefs', () => {
  it('splits a comma-separated list', () => {
    expect(splitControlRefs('A.5.15, A.5.16')).toEqual(['A.5.15', 'A.5.16']);
  });

  it('keeps bare numbers after a prefixed one, and "and"', () => {
    expect(splitControlRefs('Control 7.1, 7.2, 7.3 and 7.4')).toEqual([
      'Control 7.1',
      '7.2',
      '7.3',
      '7.4',
    ]);
  });

  it('splits lines, semicolons and 2013 ids', () => {
    expect(splitControlRefs('A.12.6.1\nA.18.2.3; 8.8')).toEqual(['A.12.6.1', 'A.18.2.3', '8.8']);
  });

  it('does not cut numbers out of longer numbers', () => {
    expect(splitControlRefs('5.155')).toEqual([]);
    expect(splitControlRefs('ISO 27001:2022')).toEqual([]);
  });

  it('finds no reference in plain text', () => {
    expect(splitControlRefs('Firewall rules and backups')).toEqual([]);
  });
});
