/** @module reports/diff — the review-cycle diff as terminal text, printable HTML, xlsx and JSON. */
export { diffText, headline } from './diff-text';
export { renderDiffHtml } from './render-diff-html';
export { neutralise } from './neutralise';

/** The JSON output: the DiffResult as is (shape: docs/cycle.md). */
export function diffJson(d: unknown): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
