/**
 * The worker pool's time budget counts from when a worker starts the request (run-budget.ts):
 * waiting for a worker — one restarting after a stopped request — is bounded separately. Fake
 * timers: the budget's own clock is what is under test, no real time passes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markStarted, startRunBudget } from '../../../functions/server/run-budget';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the run budget', async () => {
  it('does not expire while the request waits for a worker', async () => {
    const b = startRunBudget(100, 1000);
    await vi.advanceTimersByTimeAsync(900);
    expect(b.signal.aborted).toBe(false);
    b.done();
  });

  it('expires `budget` after the worker started it, however long it waited', async () => {
    const b = startRunBudget(100, 1000);
    await vi.advanceTimersByTimeAsync(700);
    markStarted(b.started, b.queuedAt);
    await vi.advanceTimersByTimeAsync(90);
    expect(b.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(b.signal.aborted).toBe(true);
    expect(b.expired()).toBe(true);
  });

  it('expires when waiting itself passes the wait bound', async () => {
    const b = startRunBudget(100, 1000);
    await vi.advanceTimersByTimeAsync(1001);
    expect(b.signal.aborted).toBe(true);
    expect(b.expired()).toBe(true);
  });

  it('stops its timer when the request is done', async () => {
    const b = startRunBudget(100, 1000);
    markStarted(b.started, b.queuedAt);
    b.done();
    await vi.advanceTimersByTimeAsync(5000);
    expect(b.signal.aborted).toBe(false);
  });
});
