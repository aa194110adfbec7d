/** An in-memory CliIo for running main() in-process; the clock is fixed. */
import { main } from '../../../functions/cli/isms';
import type { CliIo } from '../../../functions/cli/io';

export type FakeIo = CliIo & { out: () => string; err: () => string };

export function fakeIo(today = new Date(2025, 5, 30)): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    now: () => today,
    out: () => out,
    err: () => err,
  };
}

/** Runs `isms <argv>` in-process on a fake io: its exit code and what it printed. */
export async function runIsms(
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}
