/**
 * The engine as the pane uses it: a Web Worker (Vite bundles engine.worker.ts as its own chunk)
 * behind promises. File bytes are read here (async, no long task) and transferred, not copied.
 */
import type { WorkbookSnapshot } from '../../shared/grid';
import type { Finding } from '../../shared/validation';
import { HostError } from '../host-error';
import type { ReadinessView } from '../api/readiness-view';
import type { Reply, Request, RequestBody } from './protocol';
import type { CellRisks } from './cell-risks';
import type { Engine, PaneResult, Progress } from './types';

type Pending = {
  readonly resolve: (r: Reply) => void;
  readonly reject: (e: Error) => void;
  readonly progress?: (p: Progress) => void;
  /** Finding slices received so far (a run's reply carries none). */
  readonly findings: Finding[][];
};

function withSlices(r: Reply & { kind: 'run' }, p: Pending): Reply {
  const assessment = { ...r.result.assessment, findings: p.findings.flat() };
  return { ...r, result: { ...r.result, assessment } };
}

export function makeWorkerEngine(
  spawn: () => Worker = () =>
    new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
): Engine {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, Pending>();
  const onReply = (e: MessageEvent<Reply>) => {
    const r = e.data;
    const p = pending.get(r.id);
    if (!p) return;
    if (r.kind === 'progress') return p.progress?.(r.progress);
    if (r.kind === 'slice') return void p.findings.push(r.findings as Finding[]);
    pending.delete(r.id);
    if (r.kind === 'error') p.reject(new HostError(r.reason, r.message));
    else if (r.kind === 'run') p.resolve(withSlices(r, p));
    else p.resolve(r);
  };
  const start = () => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = onReply;
    w.onerror = (e) => {
      for (const p of pending.values())
        p.reject(
          new HostError(
            'unknown',
            e.message || 'The checks stopped unexpectedly; reload the add-in.',
          ),
        );
      pending.clear();
      worker = null;
    };
    return (worker = w);
  };
  const ask = (req: RequestBody, transfer: Transferable[] = [], progress?: Pending['progress']) => {
    const w = start();
    const id = next++;
    return new Promise<Reply>((resolve, reject) => {
      pending.set(id, { resolve, reject, progress, findings: [] });
      w.postMessage({ ...req, id } as Request, transfer);
    });
  };
  return {
    warm: () => void start(),
    run: async (input, asOf, onProgress) => {
      const files = await Promise.all(
        input.files.map(async (f) => ({
          name: f.name,
          bytes: new Uint8Array(await f.arrayBuffer()),
        })),
      );
      const reply = await ask(
        { kind: 'run', input: { snapshots: input.snapshots, files }, asOf },
        files.map((f) => f.bytes.buffer),
        onProgress,
      );
      return (reply as Reply & { kind: 'run' }).result as PaneResult;
    },
    readiness: async (asOf) =>
      ((await ask({ kind: 'readiness', asOf })) as Reply & { kind: 'readiness' })
        .readiness as ReadinessView,
    row: async (workbook, sheet, row) =>
      ((await ask({ kind: 'row', workbook, sheet, row })) as Reply & { kind: 'row' }).values,
    cellRisks: async (map, at, limit) =>
      ((await ask({ kind: 'cell-risks', map, at, limit })) as Reply & { kind: 'cell-risks' })
        .risks as CellRisks,
    snapshots: async () =>
      ((await ask({ kind: 'snapshots' })) as Reply & { kind: 'snapshots' })
        .snapshots as readonly WorkbookSnapshot[],
  };
}
