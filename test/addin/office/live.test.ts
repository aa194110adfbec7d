import { describe, expect, it } from 'vitest';
import { makeChangeHandler, type Timers } from '../../../addin/office/change-handler';
import { makeWatch } from '../../../addin/office/live.office';
import { OwnWrites } from '../../../addin/office/own-writes';
import { makeRunExcel } from '../../../addin/office/run-excel';
import { fakeExcel } from './fake-excel';

/** Manual timers: `flush()` fires what is pending, so no test waits on the clock. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const timers: Timers = {
    set: (fn) => {
      pending.set(next, fn);
      return next++;
    },
    clear: (h) => {
      pending.delete(h as number);
    },
  };
  const flush = () => {
    const fns = [...pending.values()];
    pending.clear();
    fns.forEach((f) => f());
  };
  return { timers, flush, pending };
}

describe('makeChangeHandler', () => {
  it('runs the re-check once for a burst of edits', () => {
    const t = manualTimers();
    let runs = 0;
    const h = makeChangeHandler(() => runs++, { timers: t.timers, own: new OwnWrites(() => 0) });
    h.handle({});
    h.handle({});
    h.handle({ triggerSource: 'Unknown' });
    expect(t.pending.size).toBe(1);
    t.flush();
    expect(runs).toBe(1);
  });

  it('ignores events Excel attributes to this add-in', () => {
    const t = manualTimers();
    let runs = 0;
    const h = makeChangeHandler(() => runs++, { timers: t.timers, own: new OwnWrites(() => 0) });
    h.handle({ triggerSource: 'ThisLocalAddin' });
    t.flush();
    expect(runs).toBe(0);
  });

  it('ignores events during and shortly after the add-in’s own writes, then resumes', () => {
    let now = 1000;
    const own = new OwnWrites(() => now, 500);
    const t = manualTimers();
    let runs = 0;
    const h = makeChangeHandler(() => runs++, { timers: t.timers, own });
    own.begin();
    h.handle({});
    own.end();
    h.handle({});
    t.flush();
    expect(runs).toBe(0);
    now = 1600;
    h.handle({});
    t.flush();
    expect(runs).toBe(1);
  });

  it('cancel drops a pending re-check', () => {
    const t = manualTimers();
    let runs = 0;
    const h = makeChangeHandler(() => runs++, { timers: t.timers, own: new OwnWrites(() => 0) });
    h.handle({});
    h.cancel();
    t.flush();
    expect(runs).toBe(0);
  });
});

describe('makeWatch', () => {
  const tables = [
    {
      name: 'tblRisks',
      sheet: 'Risks',
      address: 'A1:B2',
      values: [
        ['Risk ID', 'Threat'],
        ['R1', 'x'],
      ],
    },
    {
      name: 'tblSoA',
      sheet: 'SoA',
      address: 'A1:B2',
      values: [
        ['Control ID', 'Applicable'],
        ['A.5.1', 'Yes'],
      ],
    },
    {
      name: 'Budget',
      sheet: 'Money',
      address: 'A1:B2',
      values: [
        ['a', 'b'],
        [1, 2],
      ],
    },
  ];

  it('subscribes to the canonical tables only and re-checks after a user edit', async () => {
    const x = fakeExcel({ sheets: ['Risks', 'SoA', 'Money'], tables });
    const t = manualTimers();
    let runs = 0;
    const watch = makeWatch(
      makeRunExcel((b) => b(x.ctx)),
      { timers: t.timers, own: new OwnWrites(() => 0), runIn: async (_c, b) => b(x.ctx) },
    );
    const unwatch = await watch(() => runs++);
    expect(x.handlers.map((h) => h.table)).toEqual(['tblRisks', 'tblSoA']);
    await x.handlers[0].fn({ triggerSource: 'Unknown' });
    await x.handlers[1].fn({});
    t.flush();
    expect(runs).toBe(1);
    await unwatch();
    expect(x.handlers.every((h) => h.removed)).toBe(true);
  });

  it('does not re-check for edits the add-in made itself', async () => {
    const x = fakeExcel({ sheets: ['Risks'], tables: tables.slice(0, 1) });
    const t = manualTimers();
    let runs = 0;
    const own = new OwnWrites(() => 0, 10_000);
    await makeWatch(
      makeRunExcel((b) => b(x.ctx)),
      { timers: t.timers, own },
    )(() => runs++);
    own.begin();
    await x.handlers[0].fn({});
    own.end();
    await x.handlers[0].fn({ triggerSource: 'ThisLocalAddin' });
    t.flush();
    expect(runs).toBe(0);
  });
});
