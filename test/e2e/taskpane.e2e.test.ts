/**
 * End to end, plain-browser mode: builds the task pane with Vite, serves it (the backend's local
 * server when it loads, else a static server), opens a generated workbook with known defects in
 * headless Chromium and checks the findings, heat-map counts and SoA progress against the core's
 * own assessment of the same file. Screenshots (narrow ~350 px task pane and wide) go to
 * test-output/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { assess } from '../../shared/assess';
import type { Assessment } from '../../shared/model/assessment';
import { readXlsx } from '../../readers';
import { DEFECTIVE_NAME, writeDefectiveWorkbook } from './defective-workbook';
import { FRENCH_NAME, FRENCH_SHEET, writeFrenchRegister } from './french-register';
import { parseWorkbook } from '../../shared/workbook/parse-workbook';
import { serveStatic } from './static-server';
import { bigRegister } from './big-register';
import { loadInPane } from './pane-load';
import { textContrast } from './contrast';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'test-output');
const SHOTS = resolve(OUT, 'screenshots');
const ADDIN = resolve(OUT, 'e2e-addin');
const AS_OF = new Date().toISOString().slice(0, 10);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
/** True when the backend's local server (with /api) serves the pane, false for the static fallback. */
let withApi = false;
let file: string;
let frenchFile: string;
let expected: Assessment;

async function startServer(): Promise<typeof server> {
  try {
    const { startLocalServer } = await import('../../functions/server/local');
    const s = await startLocalServer({ port: 0, addinDir: ADDIN });
    withApi = true;
    return s;
  } catch {
    return serveStatic(ADDIN);
  }
}

async function newPane(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 1000 }, acceptDownloads: true });
  // Offline and outside Office: office.js must not load, so the pane runs in browser mode.
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  await page.goto(`${server.url}/taskpane.html`);
  return page;
}

async function openPane(width: number): Promise<Page> {
  const page = await newPane(width);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByText(`${expected.summary.total} findings`).waitFor({ timeout: 20_000 });
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const bytes = await writeDefectiveWorkbook();
  file = resolve(OUT, DEFECTIVE_NAME);
  writeFileSync(file, bytes);
  expected = assess(readXlsx(bytes, { name: DEFECTIVE_NAME }), { asOf: AS_OF });
  // The same register under a second name: each relies on A.7.4, which the other's SoA excludes
  // (XWB-CONTROL-EXCLUDED, once per workbook).
  writeFileSync(resolve(OUT, DEFECTIVE_NAME.replace(/\.xlsx$/, '-copy.xlsx')), bytes);
  frenchFile = resolve(OUT, FRENCH_NAME);
  writeFileSync(frenchFile, await writeFrenchRegister());
  // vitest sets NODE_ENV=test, which would give React's development build; build as in production.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: resolve(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: ADDIN, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = env;
  }
  server = await startServer();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('task pane in a plain browser', () => {
  it('lists the workbook’s findings grouped by severity', async () => {
    const page = await openPane(350);
    expect(expected.summary.total).toBeGreaterThan(0);
    for (const sev of ['major', 'minor', 'observation'] as const) {
      expect(await page.getByTestId(`count-${sev}`).innerText()).toContain(
        String(expected.summary[sev]),
      );
    }
    for (const rule of [
      'RR-REQUIRED',
      'RR-SCALE',
      'RR-DUP-ID',
      'RR-CONTROL-EXCLUDED',
      'SOA-NO-EVIDENCE',
    ]) {
      expect(Object.keys(expected.summary.byRule)).toContain(rule);
      expect(await page.getByText(`${rule} × ${expected.summary.byRule[rule]}`).count()).toBe(1);
    }
    await page.screenshot({ path: resolve(SHOTS, 'check-narrow.png'), fullPage: true });
    await page.close();
  });

  it('shows the heat-map counts the core computed', async () => {
    const page = await openPane(350);
    await page.getByRole('tab', { name: 'Heat maps' }).click();
    const maps = expected.heatMaps!;
    for (const c of maps.inherent.cells) {
      expect(await page.getByTestId(`cell-inherent-${c.likelihood}-${c.impact}`).innerText()).toBe(
        String(c.count),
      );
    }
    const busiest = [...maps.inherent.cells].sort((a, b) => b.count - a.count)[0];
    await page.getByTestId(`cell-inherent-${busiest.likelihood}-${busiest.impact}`).click();
    // The worker keeps the risk ids; the pane asks for the picked cell's: wait for the answer.
    const cellRegion = page.getByRole('region', { name: 'Risks in the selected cell' });
    await cellRegion.getByRole('listitem').first().waitFor();
    for (const id of busiest.riskIds) expect(await cellRegion.innerText()).toContain(id);
    await page.screenshot({ path: resolve(SHOTS, 'heatmap-narrow.png'), fullPage: true });
    await page.getByRole('tab', { name: /Residual/ }).click();
    for (const c of maps.residual.cells) {
      expect(await page.getByTestId(`cell-residual-${c.likelihood}-${c.impact}`).innerText()).toBe(
        String(c.count),
      );
    }
    await page.close();
  });

  it('shows SoA progress by theme', async () => {
    const page = await openPane(350);
    await page.getByRole('tab', { name: 'Statement of Applicability' }).click();
    const t = expected.soaProgress!.total;
    const total = page.getByTestId('soa-total');
    expect(await total.innerText()).toContain(`Applicable: ${t.applicable} of ${t.controls}`);
    expect(await total.innerText()).toContain(`Implemented: ${t.implemented} of ${t.applicable}`);
    // Evidence is counted over implemented controls (issue 12: never "X of Y" with X > Y).
    const soa = parseWorkbook(readXlsx(readFileSync(file), { name: DEFECTIVE_NAME })).workbook.soa!;
    const first = soa.filter((e, i) => soa.findIndex((x) => x.controlId === e.controlId) === i);
    const implemented = first.filter((e) => e.applicable && e.status === 'Implemented');
    const evidenced = implemented.filter((e) => e.evidence !== null).length;
    expect(await total.innerText()).toContain(
      `Evidence present: ${evidenced} of ${implemented.length}`,
    );
    expect(
      await page
        .getByRole('region', { name: 'Controls referenced by risks but excluded' })
        .innerText(),
    ).toContain('A.7.4');
    await page.screenshot({ path: resolve(SHOTS, 'soa-narrow.png'), fullPage: true });
    await page.close();
  });

  it('looks right in a wide pane too', async () => {
    const page = await openPane(900);
    await page.screenshot({ path: resolve(SHOTS, 'check-wide.png'), fullPage: false });
    await page.getByRole('tab', { name: 'Heat maps' }).click();
    await page.screenshot({ path: resolve(SHOTS, 'heatmap-wide.png') });
    await page.getByRole('tab', { name: 'Readiness and reports' }).click();
    await page.getByRole('button', { name: 'Check readiness' }).click();
    if (withApi) await page.getByTestId('readiness').waitFor({ timeout: 20_000 });
    else await page.getByText('Could not reach the checks service').waitFor();
    await page.screenshot({ path: resolve(SHOTS, 'reports-wide.png') });
    await page.close();
  });
});

describe('task pane at scale', () => {
  it('reads and assesses a 10k-risk register in the worker and lists its findings virtualised', async () => {
    const big = resolve(OUT, 'register-10000.xlsx');
    const bytes = await bigRegister(10_000);
    writeFileSync(big, bytes);
    const want = assess(readXlsx(bytes, { name: 'register-10000.xlsx' }), { asOf: AS_OF });
    expect(want.summary.total).toBeGreaterThan(300);
    const r = await loadInPane(browser, `${server.url}/taskpane.html`, big, 350, async (page) => {
      await page.getByText(`${want.summary.total} findings`, { exact: true }).waitFor();
      // Keyboard: one tab stop into the list, arrows move between findings.
      const findings = page.getByRole('region', { name: 'Findings' });
      await findings.locator('[data-finding][tabindex="0"]').first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      // The roving tab stop follows focus once React has re-rendered: wait for it, not a race.
      await page.waitForFunction(
        () => document.activeElement?.getAttribute('tabindex') === '0',
        undefined,
        { timeout: 10_000 },
      );
      expect(await findings.locator('[data-finding][tabindex="0"]').count()).toBe(1);
    });
    expect(r.readIn).toBe('worker');
    expect(r.assessedIn).toBe('worker');
    // Hundreds of findings, yet only the rows in view are in the DOM.
    expect(r.domNodes).toBeLessThan(3000);
  }, 300_000);

  it('never requests office.js outside Office', async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
    const asked: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('appsforoffice')) asked.push(req.url());
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText('Open your ISMS workbook').waitFor();
    expect(asked).toEqual([]);
    await page.close();
  });

  it('checks several workbooks together, with the cross-workbook rules', async () => {
    const page = await newPane(350);
    await page
      .getByTestId('file-input')
      .setInputFiles([file, file.replace(/\.xlsx$/, '-copy.xlsx')]);
    await page.getByText(/Checking together/).waitFor({ timeout: 30_000 });
    await page.getByRole('checkbox', { name: 'XWB-CONTROL-EXCLUDED × 2' }).waitFor();
    await page.close();
  });
});

describe('task pane screenshots (350 and 1280 px, light and dark)', () => {
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [350, 1280])
      it(`${scheme} at ${width} px`, async () => {
        const page = await browser.newPage({
          viewport: { width, height: 1000 },
          colorScheme: scheme,
        });
        await page.goto(`${server.url}/taskpane.html`);
        await page.getByTestId('file-input').setInputFiles(file);
        await page.getByRole('region', { name: 'Findings' }).waitFor({ timeout: 20_000 });
        const shot = (name: string) =>
          page.screenshot({ path: resolve(SHOTS, `${name}-${scheme}-${width}.png`) });
        await shot('check');
        await page.getByRole('tab', { name: 'Heat maps' }).click();
        await page.getByRole('tab', { name: 'Inherent → residual' }).click();
        await shot('heatmap');
        await page.getByRole('tab', { name: 'Statement of Applicability' }).click();
        await page.getByRole('button', { name: /Implemented without evidence/ }).click();
        await shot('soa');
        await page.getByRole('tab', { name: 'Certification readiness' }).click();
        await page.getByTestId('readiness').waitFor({ timeout: 20_000 });
        await shot('readiness');
        await page.close();
      });
});

type Look = 'light' | 'dark' | 'more' | 'forced';

/** A page rendered as a user with that setting sees it (forced: Windows high contrast, black). */
async function lookPage(look: Look, width: number): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: 1000 },
    colorScheme: look === 'light' ? 'light' : 'dark',
    forcedColors: look === 'forced' ? 'active' : 'none',
    contrast: look === 'more' ? 'more' : 'no-preference',
  });
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByRole('region', { name: 'Findings' }).waitFor({ timeout: 20_000 });
  return page;
}

const CHECK_TEXT =
  '[data-testid^="count-"] > span, [aria-label="Findings"] .fui-Badge, [role="group"] .fui-Badge';
const HEAT_TEXT = '[role="gridcell"], [aria-label="Rating bands"] > span';

describe('high contrast and forced colours', () => {
  for (const look of ['more', 'forced'] as const)
    for (const width of [350, 1280])
      it(`${look} at ${width} px: the high-contrast theme, meaning kept without colour`, async () => {
        const page = await lookPage(look, width);
        expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(
          'high-contrast',
        );
        const shot = (name: string) =>
          page.screenshot({ path: resolve(SHOTS, `${name}-hc-${look}-${width}.png`) });
        await shot('check');
        await page.getByRole('tab', { name: 'Heat maps' }).click();
        // Every coloured cell names its band in text (the corner label), not by colour alone.
        const cells = page.locator('[role="gridcell"]');
        for (const band of await cells.evaluateAll((els) =>
          els.map((e) => e.getAttribute('data-band')),
        ))
          expect(band).toMatch(/^\S+$/);
        if (look === 'forced') {
          // Shadows are not drawn in forced colours: the appetite line is a border there.
          const widths = await cells.evaluateAll((els) =>
            els.map((e) => getComputedStyle(e).borderLeftWidth),
          );
          expect(widths).toContain('4px');
        }
        await shot('heatmap');
        await page.getByRole('tab', { name: 'Inherent → residual' }).click();
        await shot('moves');
        await page.getByRole('tab', { name: 'Statement of Applicability' }).click();
        await shot('soa');
        await page.getByRole('tab', { name: 'Certification readiness' }).click();
        await page.getByTestId('readiness').waitFor({ timeout: 20_000 });
        await shot('readiness');
        await page.close();
      });

  for (const look of ['light', 'more', 'forced'] as const)
    it(`the impact labels fit their columns at 350 px, no word broken (${look})`, async () => {
      const page = await lookPage(look, 350);
      await page.getByRole('tab', { name: 'Heat maps' }).click();
      const broken = await page.locator('[data-axis-label]').evaluateAll((els) =>
        els.flatMap((el) => {
          const text = el.firstChild;
          if (!text?.textContent) return [];
          const out: string[] = [];
          for (const m of text.textContent.matchAll(/\S+/g)) {
            const r = document.createRange();
            r.setStart(text, m.index);
            r.setEnd(text, m.index + m[0].length);
            if (r.getClientRects().length > 1) out.push(m[0]);
          }
          return out;
        }),
      );
      expect(await page.locator('[data-axis-label]').count()).toBeGreaterThan(4);
      expect(broken).toEqual([]);
      await page.close();
    });

  for (const look of ['light', 'dark', 'more', 'forced'] as const)
    it(`text on the heat map, its legend, the tiles and badges reaches 4.5:1 (${look})`, async () => {
      const page = await lookPage(look, 350);
      const check = await textContrast(page, CHECK_TEXT);
      await page.getByRole('tab', { name: 'Heat maps' }).click();
      const heat = await textContrast(page, HEAT_TEXT);
      expect(check.length).toBeGreaterThan(5);
      expect(heat.length).toBeGreaterThan(25);
      expect([...check, ...heat].filter((c) => c.ratio < 4.5)).toEqual([]);
      await page.close();
    });
});

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

async function startConvert(width: number): Promise<Page> {
  const page = await newPane(width);
  await page.getByRole('tab', { name: 'Set up' }).click();
  await page.getByTestId('convert-input').setInputFiles(frenchFile);
  await page.getByText('Review the conversion').waitFor({ timeout: 20_000 });
  return page;
}

describe('converting a register in a plain browser', () => {
  it('reviews the detected mapping of a French register, then downloads the canonical workbook', async () => {
    const page = await startConvert(350);
    expect(await page.getByText(`${FRENCH_SHEET}: 4 risks`).count()).toBe(1);
    const owner = page.getByTestId('column-E');
    expect(await owner.innerText()).toContain('Propriétaire');
    expect(await owner.getByRole('combobox').innerText()).toBe('Risk Owner');
    expect(await page.getByTestId('column-F').getByRole('combobox').innerText()).toBe('Likelihood');
    expect(await page.getByTestId('column-J').getByRole('combobox').innerText()).toBe(
      'Not imported',
    );
    expect(
      await page.getByRole('region', { name: 'Control ids migrated to 2022' }).innerText(),
    ).toContain('A.12.6.1 → A.8.8');
    await page.screenshot({ path: resolve(SHOTS, 'convert-review-narrow.png'), fullPage: true });
    await page.getByTestId('column-D').getByRole('combobox').click();
    await page.screenshot({ path: resolve(SHOTS, 'convert-dropdown-narrow.png') });
    await page.keyboard.press('Escape');
    if (!withApi) return;
    const out = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download converted workbook' }).click(),
    );
    expect(out.name).toBe('registre-des-risques (canonical).xlsx');
    const snapshot = readXlsx(out.bytes, { name: out.name });
    expect(snapshot.sheets.map((x) => x.name)).toEqual(
      expect.arrayContaining(['Import Report', `Original - ${FRENCH_SHEET}`]),
    );
    const risks = parseWorkbook(snapshot).workbook.risks ?? [];
    expect(risks.map((r) => [r.id, r.owner])).toEqual([
      ['R-01', 'DSI'],
      ['R-02', 'Responsable IT'],
      ['R-03', 'DAF'],
      ['R-04', 'Communication'],
    ]);
    await page.getByRole('button', { name: 'Check it here' }).click();
    await page
      .getByText(/findings|All checks pass/)
      .first()
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: resolve(SHOTS, 'convert-checked-narrow.png') });
    await page.close();
  });

  it('applies a changed mapping to the downloaded workbook', async () => {
    if (!withApi) return;
    const page = await startConvert(900);
    await page.getByTestId('column-E').getByRole('combobox').click();
    await page.getByRole('option', { name: 'Action Owner' }).click();
    expect(await page.getByTestId('column-E').innerText()).toContain('set by you');
    await page.screenshot({ path: resolve(SHOTS, 'convert-review-wide.png') });
    const out = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download converted workbook' }).click(),
    );
    const risks = parseWorkbook(readXlsx(out.bytes, { name: out.name })).workbook.risks ?? [];
    expect(risks.map((r) => r.owner)).toEqual([null, null, null, null]);
    await page.close();
  });

  it('downloads the canonical template with the chosen score method', async () => {
    if (!withApi) return;
    const page = await newPane(350);
    await page.getByRole('tab', { name: 'Set up' }).click();
    await page.getByLabel('Risk score').selectOption('matrix');
    await page.screenshot({ path: resolve(SHOTS, 'setup-narrow.png'), fullPage: true });
    const out = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download template' }).click(),
    );
    expect(out.name).toBe('isms-register-matrix.xlsx');
    const { workbook } = parseWorkbook(readXlsx(out.bytes, { name: out.name }));
    expect(workbook.methodology?.formula).toBe('matrix');
    expect(workbook.soa).toHaveLength(93);
    await page.close();
  });
});
