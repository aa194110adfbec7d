/**
 * The engine's Web Worker: reads and assesses off the main thread, so a 100k-risk register never
 * freezes the pane. Each request gets exactly one final reply (result or error) after any progress.
 */
import { HostError } from '../host-error';
import type { Reply, Request } from './protocol';
import { makeSession } from './session';

type Scope = {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage: (m: Reply) => void;
};
const scope = self as unknown as Scope;
const session = makeSession('worker');
const SLICE = 4000;

function answer(req: Request): Reply {
  if (req.kind === 'run') {
    const progress = (p: Reply & { kind: 'progress' }) => scope.postMessage(p);
    const result = session.run(req.input, req.asOf, (p) =>
      progress({ id: req.id, kind: 'progress', progress: p }),
    );
    // Findings and risks go in slices, each its own message: the pane deserialises one slice per
    // task, so a 100k-risk register never arrives as one long main-thread task.
    const a = result.assessment;
    const risks = a.workbook.risks ?? [];
    for (let i = 0; i < Math.max(a.findings.length, risks.length); i += SLICE)
      scope.postMessage({
        id: req.id,
        kind: 'slice',
        findings: a.findings.slice(i, i + SLICE),
        risks: risks.slice(i, i + SLICE),
      });
    const workbook = { ...a.workbook, risks: a.workbook.risks ? [] : null };
    return {
      id: req.id,
      kind: 'run',
      result: { ...result, assessment: { ...a, findings: [], workbook } },
    };
  }
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
