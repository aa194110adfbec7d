/**
 * Where the ingest time goes, in one process: readXlsx (zlib) then assess, timed apart, `--repeat`
 * times (the first run includes V8's warm-up). For profiling, run it under `node --cpu-prof`:
 *
 *   npx tsx scripts/bench/profile-ingest.ts 10000 [repeat]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile-ingest.ts 10000
 */
import { readWorkbookFile } from '../../functions/xlsx/read-file';
import { assess } from '../../shared';
import { registerFile } from './make-register';

/** CPU time of this process (user + system): steadier than wall time on a shared machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const size = Number(process.argv[2] ?? 10_000);
const repeat = Number(process.argv[3] ?? 1);
const file = registerFile(size);
for (let i = 0; i < repeat; i++) {
  const t0 = performance.now();
  const c0 = cpuMs();
  const snap = await readWorkbookFile(file);
  const t1 = performance.now();
  const c1 = cpuMs();
  const n = assess(snap, { asOf: '2025-06-30' }).findings.length;
  const t2 = performance.now();
  const c2 = cpuMs();
  const peak = process.resourceUsage().maxRSS / 1024;
  const ms = (a: number, b: number): string => (b - a).toFixed(0);
  process.stdout.write(
    `run ${i + 1}: read ${ms(t0, t1)} ms (cpu ${ms(c0, c1)}), assess ${ms(t1, t2)} ms (cpu ${ms(c1, c2)}), ` +
      `${n} findings, peak ${peak.toFixed(0)} MB\n`,
  );
}
