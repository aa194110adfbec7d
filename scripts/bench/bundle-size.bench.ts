/**
 * First-load JavaScript of the task pane: the module scripts and modulepreloads that
 * dist/addin/taskpane.html pulls in before anything is lazy-loaded, raw and gzip (goal ≤ 200 KB
 * gzip). Lazy chunks (the xlsx reader and fflate for browser mode, office-js helpers) are listed
 * apart. Builds dist/addin first when it is missing (or always with BENCH_BUILD=1).
 *
 *   npx tsx scripts/bench/bundle-size.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve('dist/addin');
const GOAL_GZIP = 200 * 1024;

function ensureBuilt(): void {
  if (existsSync(join(DIST, 'taskpane.html')) && process.env.BENCH_BUILD !== '1') return;
  execFileSync(
    process.execPath,
    [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
}

/** Scripts and modulepreloads of the page, as paths under dist/addin. */
export function firstLoadFiles(html: string): string[] {
  const refs = [
    ...html.matchAll(
      /<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g,
    ),
  ].map((m) => m[1]);
  return [...new Set(refs)].filter((r) => !/^https?:/.test(r)).map((r) => r.replace(/^\.?\//, ''));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function sizes(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(join(DIST, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function main(): void {
  ensureBuilt();
  const first = firstLoadFiles(readFileSync(join(DIST, 'taskpane.html'), 'utf8'));
  const all = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const lazy = all.filter((f) => !first.includes(f));
  let raw = 0;
  let gzip = 0;
  console.log('task pane first-load JS');
  for (const f of first) {
    const s = sizes(f);
    raw += s.raw;
    gzip += s.gzip;
    console.log(`  ${f.padEnd(44)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
  }
  console.log(
    `  ${'total'.padEnd(44)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip  (goal ≤ ${kb(GOAL_GZIP)} gzip: ${gzip <= GOAL_GZIP ? 'met' : 'NOT met'})`,
  );
  console.log('lazy chunks');
  for (const f of lazy) {
    const s = sizes(f);
    console.log(`  ${f.padEnd(44)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
  }
}

main();
