/**
 * Contrast of text as the page renders it (WCAG 2.x ratio), computed in the browser from
 * getComputedStyle: each element's text colour against the first opaque background behind it.
 * Used by the e2e suite on the heat map, its legend, the severity tiles and badges in light,
 * dark, high-contrast and forced-colours rendering.
 */
import type { Page } from 'playwright-core';

export type TextContrast = { readonly what: string; readonly ratio: number; readonly text: string };

// Plain JavaScript, evaluated in the page as is (a transpiled function would carry helpers the
// page does not have).
const IN_PAGE = `(sel) => {
  const rgba = (c) => {
    const m = /rgba?\\(([\\d.]+)[ ,]+([\\d.]+)[ ,]+([\\d.]+)(?:[ ,/]+([\\d.]+))?\\)/.exec(c);
    return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null;
  };
  const lin = (v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  const lum = ([r, g, b]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  const behind = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c[3] >= 0.5) return c;
    }
    return [255, 255, 255, 1];
  };
  return [...document.querySelectorAll(sel)].map((el) => {
    const a = lum(rgba(getComputedStyle(el).color) ?? [0, 0, 0, 1]);
    const b = lum(behind(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const what = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.tagName;
    return { what, ratio: Math.round(ratio * 100) / 100, text: el.textContent ?? '' };
  });
}`;

/** Ratios of every element matching `selector` (its own text colour on what is behind it). */
export function textContrast(page: Page, selector: string): Promise<TextContrast[]> {
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(selector)})`) as Promise<TextContrast[]>;
}
