/**
 * The pieces both office-js fakes share: office-addin-mock objects registered so that one
 * `ctx.sync()` syncs them all (reading a property that was not loaded then fails the test), and a
 * request context that records `enableEvents` changes and calculation suspension.
 */
import { OfficeMockObject } from 'office-addin-mock';

export type Loadable = { load(p?: unknown): unknown; sync(): Promise<void> };

export function mockRegistry() {
  const registry: Loadable[] = [];
  const mock = <T extends object>(data: T): T & Loadable => {
    const m = new OfficeMockObject(data as Record<string, unknown>) as unknown as T & Loadable;
    registry.push(m);
    return m;
  };
  return { registry, mock };
}

export function fakeContext(workbook: unknown, registry: readonly Loadable[], calls: string[]) {
  const runtime = { enableEvents: true, log: [] as boolean[] };
  const ctx = {
    workbook,
    runtime: new Proxy(runtime, {
      set(t, k, v) {
        if (k === 'enableEvents') t.log.push(v as boolean);
        return Reflect.set(t, k, v);
      },
    }),
    application: { suspendApiCalculationUntilNextSync: () => calls.push('suspend') },
    syncs: 0,
    async sync() {
      ctx.syncs++;
      // A copy: objects created while syncing register for the next sync.
      for (const m of [...registry]) await m.sync();
    },
  };
  return { ctx, runtime };
}
