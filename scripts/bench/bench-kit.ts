/**
 * What the benchmarks share: one measurement in a fresh child process (it prints
 * `BENCH_RESULT {json}`), and writing a benchmark's block into docs/bench.md between its
 * `<!-- name:start -->` and `<!-- name:end -->` markers (appended when the block is new).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const TSX = resolve('node_modules/tsx/dist/cli.mjs');

/**
 * Runs `child` with `args` (under tsx unless `tsx: false`: a plain script, such as the bundled
 * CLI's runner) and gives its BENCH_RESULT; throws with its output if none.
 */
export function runChild<T>(
  child: string,
  args: readonly string[],
  { tsx = true }: { tsx?: boolean } = {},
): T {
  const r = spawnSync(process.execPath, [...(tsx ? [TSX] : []), child, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const m = /BENCH_RESULT (\{.*\})/.exec(r.stdout ?? '');
  if (r.status !== 0 || !m)
    throw new Error(`${args.join(' ')} failed: ${(r.stderr || r.stdout).slice(0, 500)}`);
  return JSON.parse(m[1]) as T;
}

/** Replaces (or appends) the `name` block of docs/bench.md with `md`. */
export function writeBenchBlock(name: string, md: string): void {
  const path = resolve('docs/bench.md');
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const block = `${start}\n${md}\n${end}`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\n';
  const next = old.includes(start)
    ? old.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block)
    : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}
