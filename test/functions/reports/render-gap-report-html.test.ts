import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { renderGapReportHtml } from '../../../functions/reports/render-gap-report-html';
import { buildGapReport } from '../../../shared/gaps/build-gap-report';
import { gapWorkbook } from '../../shared/gaps/fixtures';
import { hostileReport, SCRIPT } from './hostile';

const OUT = 'test-output/reports';
let browser: Browser;

beforeAll(async () => {
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
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('renderGapReportHtml', () => {
  const report = buildGapReport([gapWorkbook()], { asOf: '2025-06-30' });
  const html = renderGapReportHtml(report);

  it('is one self-contained page: inline CSS with print rules, no scripts, no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=["']?https?:|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('shows the sections, figures and coloured SVG heat maps in a browser', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html);
    const headings = await page.locator('h2').allInnerTexts();
    // Issue 13: the readiness score and the validation findings are part of the report.
    expect(headings).toEqual([
      'Key figures',
      expect.stringMatching(/^Certification readiness: \d+\/100 — /),
      'Risk picture',
      'Top risks and treatment progress',
      'Statement of Applicability: implementation',
      'Open audit findings',
      'Clause conformance (4.1 – 10.2)',
      'Control gap register',
      'Remediation roadmap',
      'Resource estimate',
      'Validation findings',
    ]);
    expect(await page.locator('.card').first().innerText()).toContain('25 / 30');
    expect(await page.locator('svg.heat-map').count()).toBe(2);
    const critical = page.locator('svg.heat-map').first().locator('rect[fill="#FF5B5B"]');
    expect(await critical.count()).toBeGreaterThan(0);
    const roadmap = await page.locator('#roadmap tbody tr').allInnerTexts();
    expect(roadmap[0]).toContain('A.5.15');
    expect(roadmap[2]).toContain('IA-3');
    expect(roadmap[9]).toContain('A.6.3');
    // Issue 13: the cover names the method itself, not the file it came from.
    expect(await page.locator('header.cover').innerText()).toMatch(
      /Risk method\s+Product, 5 × 5, acceptance above \d+/,
    );
    expect(await page.locator('#clauses tbody tr:not(.section)').count()).toBe(30);
    expect(await page.locator('#findings').innerText()).toContain('Patch SLA missed');
    await page.screenshot({ path: `${OUT}/gap-report.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${OUT}/gap-report-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${OUT}/gap-report.pdf`, pdf);
    writeFileSync(`${OUT}/gap-report.html`, html);
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  it('escapes user text: markup from cells is shown, never run', async () => {
    const evil = renderGapReportHtml(hostileReport());
    expect(evil).not.toContain('<script>window');
    expect(evil).not.toContain('<img src=x');
    const page = await browser.newPage();
    await page.setContent(evil);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('#findings').innerText()).toContain(SCRIPT);
    expect(await page.locator('header.cover').innerText()).toContain('evil "book" <x>.xlsx');
    await page.close();
  });
});
