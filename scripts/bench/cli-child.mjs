/**
 * One `isms` command as users run it, in a fresh process: the bundled CLI (dist/cli/isms.cjs,
 * what bin/isms.js loads; `npm run build:cli`), loaded before the clock, so the figure is the
 * command's own work and not module loading. Prints `BENCH_RESULT {json}`. Run by write.bench.ts.
 *
 *   node scripts/bench/cli-child.mjs validate|import FILE [OUT.xlsx]
 */
import { createRequire } from 'node:module';
import { rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const [command, file, out] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { main } = require(resolve('dist/cli/isms.cjs'));
const args = command === 'import' ? ['import', file, '--out', out, '--force'] : [command, file];
let printed = 0;
const sink = { write: (s) => ((printed += s.length), true) };
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const code = await main(args, { stdout: sink, stderr: sink });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const bytes = out && code === 0 ? statSync(out).size : undefined;
if (out) rmSync(out, { force: true });
process.stdout.write(
  `\nBENCH_RESULT ${JSON.stringify({ approach: `cli-${command}`, code, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakMb: process.resourceUsage().maxRSS / 1024, printed, bytes })}\n`,
);
