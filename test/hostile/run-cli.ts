/**
 * Runs the built CLI (`node bin/isms.js …`) in a child process under /usr/bin/time, so a hostile
 * input's cost is measured from the child's own resource usage (CPU seconds, peak RSS), never by
 * a clock in the test. The child's heap is capped: a regression aborts fast instead of eating
 * the machine, and the spawn has a generous kill timeout as a last guard (not an assertion).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type CliRun = {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** User + system CPU seconds of the child. */
  readonly cpuSeconds: number;
  /** Peak resident set size of the child, in MB. */
  readonly maxRssMb: number;
};

const ROOT = resolve(__dirname, '../..');

/** The bounds every hostile input must stay within (issue #11: no command past 30 s or 1 GB). */
export const BOUNDS = { cpuSeconds: 30, maxRssMb: 1024 } as const;

export function runCli(args: readonly string[]): CliRun {
  const dir = mkdtempSync(join(tmpdir(), 'isms-time-'));
  const out = join(dir, 'usage');
  try {
    const r = spawnSync(
      '/usr/bin/time',
      [
        '-o',
        out,
        '-f',
        '%U %S %M',
        process.execPath,
        '--max-old-space-size=1536',
        'bin/isms.js',
        ...args,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 },
    );
    // /usr/bin/time prefixes "Command exited with non-zero status N" on its own line.
    const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    const [user, sys, rssKb] = last.split(' ').map(Number);
    return {
      code: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      cpuSeconds: user + sys,
      maxRssMb: rssKb / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The stderr of a refused file: exactly one line, naming the file. */
export function oneLineNaming(run: CliRun, file: string): string {
  const lines = run.stderr.trimEnd().split('\n');
  if (lines.length !== 1 || !lines[0].startsWith(`${file}: `))
    throw new Error(`expected one line naming ${file}, got:\n${run.stderr.slice(0, 2000)}`);
  return lines[0];
}

/** Builds the CLI bundle once per test file (the suite runs the real `bin/isms.js`). */
export function buildCli(): void {
  const b = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`build-cli failed: ${b.stderr}`);
}

/** A fresh folder for one test file's generated inputs. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'isms-hostile-'));
}

/** Writes a generated case into the scratch folder and gives its path. */
export function writeCase(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Asserts the run stayed within BOUNDS, with the figures in the failure message. */
export function withinBounds(run: CliRun): boolean {
  if (run.cpuSeconds < BOUNDS.cpuSeconds && run.maxRssMb < BOUNDS.maxRssMb) return true;
  throw new Error(
    `out of bounds: ${run.cpuSeconds.toFixed(1)} s CPU, ${run.maxRssMb.toFixed(0)} MB RSS`,
  );
}
