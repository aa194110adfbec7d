/**
 * Temporary files a command is writing, removed if the process is interrupted (SIGINT, SIGTERM,
 * SIGHUP) before they are renamed into place; the signal is then re-raised so the process still
 * ends the way the sender asked (exit status 130/143). Handlers are installed only while a write
 * is in flight. SIGKILL cannot be caught: then the temp file stays, but never under the final name.
 */
import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const pending = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstall(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
}

/** Marks `path` for removal on a signal until `release(path)`. */
export function track(path: string): void {
  if (pending.size === 0) install();
  pending.add(path);
}

export function release(path: string): void {
  if (!pending.delete(path)) return;
  if (pending.size === 0) uninstall();
}
