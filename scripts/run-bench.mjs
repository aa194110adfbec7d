// `npm run bench`: runs every scripts/bench/*.bench.ts with tsx, one after the other (each owner
// adds its own). A failing benchmark is reported and the others still run; the exit code is 1 then.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve('scripts/bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const tsx = resolve('node_modules/tsx/dist/cli.mjs');
const failed = [];
for (const f of files) {
  process.stdout.write(`\n=== ${f} ===\n`);
  const r = spawnSync(process.execPath, [tsx, join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(f);
}
if (failed.length > 0) {
  process.stderr.write(`\nbench: failed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
}
