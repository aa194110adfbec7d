/**
 * Task pane at scale: builds the pane (when dist/addin is missing, or BENCH_BUILD=1), serves it,
 * and opens registers of 1k, 10k and 100k risks in headless Chromium at 350 px: time from
 * choosing the file to the findings, the longest main-thread task (goal: 10k under 2 s, no task
 * over 200 ms), DOM size, and where reading and assessing ran (the engine's Web Worker).
 *
 *   npx tsx scripts/bench/pane.bench.ts        (BENCH_SIZES=1000,10000 to limit)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../test/e2e/static-server';
import { registerFile } from './make-register';
import { loadInPane } from '../../test/e2e/pane-load';

const DIST = resolve('dist/addin');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

function ensureBuilt(): void {
  if (existsSync(join(DIST, 'taskpane.html')) && process.env.BENCH_BUILD !== '1') return;
  execFileSync(
    process.execPath,
    [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
}

async function main(): Promise<void> {
  ensureBuilt();
  const files = SIZES.map((n) => ({ n, file: registerFile(n) }));
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    console.log('task pane: file chosen → findings shown (350 px, headless Chromium)');
    console.log(
      '| risks | time to findings (ms) | longest main-thread task (ms) | DOM nodes | read in | assessed in |',
    );
    console.log('|---:|---:|---:|---:|---|---|');
    for (const { n, file } of files) {
      const r = await loadInPane(browser, `${server.url}/taskpane.html`, file);
      console.log(
        `| ${n.toLocaleString('en')} | ${r.ms} | ${Math.round(r.longestTaskMs)} | ${r.domNodes} | ${r.readIn} | ${r.assessedIn} |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
