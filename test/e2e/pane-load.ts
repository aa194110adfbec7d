/**
 * Opens a register in the built task pane in headless Chromium (plain-browser mode) and measures
 * what a user waits for: time from choosing the file (a second after the pane loaded, as a person
 * would) to the findings list, and the longest main-thread task meanwhile (PerformanceObserver
 * 'longtask', registered before the pane loads).
 * Also reads the pane's marker of where reading and assessing ran. Shared by the e2e test and
 * `npm run bench` (pane.bench.ts).
 */
import type { Browser, Page } from 'playwright-core';

export type PaneLoad = {
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly readIn: string | null;
  readonly assessedIn: string | null;
  readonly domNodes: number;
};

const OBSERVE = `
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

export async function loadInPane(
  browser: Browser,
  url: string,
  file: string,
  width = 350,
  /** Runs on the loaded page before it closes (the e2e test's further checks). */
  inspect?: (page: Page) => Promise<void>,
): Promise<PaneLoad> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.addInitScript(OBSERVE);
  await page.goto(url);
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  // A person takes longer than this to pick a file; the pane warms its engine meanwhile.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  // Tasks of the page load itself are not the file's: start counting from here.
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.locator('[data-assessed-in]').waitFor({ timeout: 120_000 });
  await page.getByRole('region', { name: 'Findings' }).waitFor({ timeout: 120_000 });
  const ms = Date.now() - t0;
  // Let any task still running after the paint be observed.
  await page.waitForTimeout(300);
  const main = page.locator('main');
  const out = {
    ms,
    longestTaskMs: await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    ),
    readIn: await main.getAttribute('data-read-in'),
    assessedIn: await main.getAttribute('data-assessed-in'),
    domNodes: await page.evaluate(() => document.getElementsByTagName('*').length),
  };
  await inspect?.(page);
  await page.close();
  return out;
}
