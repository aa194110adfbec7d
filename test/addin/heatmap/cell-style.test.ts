/**
 * Heat-map cells keep their meaning without colour and their text readable on it: the text
 * colour is whichever of dark or white contrasts more with the band (WCAG ratio, at least 4.5:1
 * for the default bands), and each band has a short label no other band shares.
 */
import { describe, expect, it } from 'vitest';
import { bandShortNames, contrast, luminance, readableOn } from '../../../addin/heatmap/cell-style';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk';

const ratio = (a: string, b: string) => contrast(luminance(a)!, luminance(b)!);

describe('heat-map cell style', () => {
  it('writes dark or white text, whichever contrasts more with the band colour', () => {
    expect(readableOn('#FFFF00')).toBe('#242424');
    expect(readableOn('#1F3864')).toBe('#FFFFFF');
    // A mid red where a brightness cut-off picked white (about 3:1); dark text reads better.
    expect(ratio('#FF5A5A', readableOn('#FF5A5A'))).toBeGreaterThan(ratio('#FF5A5A', '#FFFFFF'));
    for (const b of DEFAULT_METHODOLOGY.bands)
      expect(ratio(b.color, readableOn(b.color))).toBeGreaterThanOrEqual(4.5);
  });

  it('uses the theme’s text colour where a cell has no band colour', () => {
    expect(readableOn(null)).toMatch(/^var\(--colorNeutralForeground1/);
    expect(readableOn('red')).toMatch(/^var\(/);
  });

  it('labels bands with the shortest prefix no other band shares', () => {
    const short = bandShortNames(['Low', 'Medium', 'Moderate', 'High', 'Critical']);
    expect([...short.values()]).toEqual(['L', 'Me', 'Mo', 'H', 'C']);
    expect(bandShortNames(['Low', 'Lower']).get('Low')).toBe('Low');
  });
});
