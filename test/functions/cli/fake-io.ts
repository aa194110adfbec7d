/** An in-memory CliIo for running main() in-process; the clock is fixed. */
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
