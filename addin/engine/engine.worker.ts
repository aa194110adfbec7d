/**
 * The engine's Web Worker: reads and assesses off the main thread, so a 100k-risk register never
 * freezes the pane. Each request gets exactly one final reply (result or error) after any progress.
 */
import { HostError } from '../host-error';
import type { Reply, Request } from './protocol';
import { makeSession } from './session';
import { slicesOf, withoutBulk } from './transport';

type Scope = {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage: (m: Reply) => void;
};
const scope = self as unknown as Scope;
const session = makeSession('worker');

function answer(req: Request): Reply {
  if (req.kind === 'run') {
    const progress = (p: Reply & { kind: 'progress' }) => scope.postMessage(p);
    const result = session.run(req.input, req.asOf, (p) =>
      progress({ id: req.id, kind: 'progress', progress: p }),
    );
    // Findings go in slices, each its own message and so its own main-thread task.
    for (const findings of slicesOf(result.assessment.findings))
      scope.postMessage({ id: req.id, kind: 'slice', findings });
    return { id: req.id, kind: 'run', result: withoutBulk(result) };
  }
  if (req.kind === 'cell-risks')
    return {
      id: req.id,
      kind: 'cell-risks',
      risks: session.cellRisks(req.map, req.at, req.limit),
    };
  if (req.kind === 'readiness')
    return { id: req.id, kind: 'readiness', readiness: session.readiness(req.asOf) };
  if (req.kind === 'row')
    return { id: req.id, kind: 'row', values: session.row(req.workbook, req.sheet, req.row) };
  return { id: req.id, kind: 'snapshots', snapshots: session.snapshots() };
}

scope.onmessage = (e) => {
  try {
    scope.postMessage(answer(e.data));
  } catch (err) {
    const reason = err instanceof HostError ? err.reason : 'unknown';
    const message = err instanceof Error ? err.message : String(err);
    scope.postMessage({ id: e.data.id, kind: 'error', reason, message });
  }
};
