import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../../shared/catalog/controls';
import {
  bestTitleMatch,
  titleNamesOtherControl,
  titleTokens,
} from '../../../shared/soa/title-match';

describe('titleTokens', () => {
  it('folds case, punctuation, British spelling, plurals and lifecycle', () => {
    expect(titleTokens('Clock Synchronisation')).toEqual(['clock', 'synchronization']);
    expect(titleTokens('Secure development lifecycle')).toEqual(
      titleTokens('Secure development life cycle'),
    );
    expect(titleTokens('Policies & procedures')).toEqual(['policy', 'procedure']);
  });
});

describe('bestTitleMatch', () => {
  it('finds every control from its own title and its 27002 wording', () => {
    for (const c of CONTROLS) {
      expect(bestTitleMatch(c.title).control.id, c.title).toBe(c.id);
      if (c.title27002) expect(bestTitleMatch(c.title27002).control.id, c.title27002).toBe(c.id);
    }
  });
});

describe('titleNamesOtherControl', () => {
  it('never flags a control titled with its own title, upper-cased or in British spelling', () => {
    for (const c of CONTROLS) {
      const british = c.title.replace(/ization/g, 'isation').replace(/ize/g, 'ise');
      for (const t of [c.title, c.title.toUpperCase(), british])
        expect(titleNamesOtherControl(t, c.id), t).toBeNull();
    }
  });

  it('flags every control given another control’s title', () => {
    CONTROLS.forEach((c, i) => {
      const other = CONTROLS[(i + 7) % CONTROLS.length];
      expect(titleNamesOtherControl(other.title, c.id)?.id, `${c.id} ← ${other.title}`).toBe(
        other.id,
      );
    });
  });
});
