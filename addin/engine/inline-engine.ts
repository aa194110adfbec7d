/**
 * The engine on the calling thread, over injected reading and assessing: what component tests
 * use (happy-dom has no Worker), with the same combination and cross-workbook checks as the
 * worker. The product uses `makeWorkerEngine`.
 */
import type { WorkbookSnapshot } from '../../shared/grid';
import type { Assessment } from '../../shared/model';
import { scoreReadiness } from '../../shared/readiness';
import type { ReadinessView } from '../api/readiness-view';
import { cellRisks } from './cell-risks';
import { combine } from './combine';
import { rowValues } from './row-values';
import type { Engine } from './types';

export type InlineParts = {
  readonly read: (file: File) => Promise<WorkbookSnapshot>;
  readonly assess: (snapshot: WorkbookSnapshot, asOf: string) => Assessment;
  readonly readiness?: (workbooks: readonly Assessment[], asOf: string) => ReadinessView;
};

export function makeInlineEngine(parts: InlineParts): Engine {
  let last: { snapshots: WorkbookSnapshot[]; assessments: Assessment[] } = {
    snapshots: [],
    assessments: [],
  };
  const readiness =
    parts.readiness ??
    ((as: readonly Assessment[], asOf: string) =>
      scoreReadiness(
        as.map((a) => a.workbook),
        { asOf },
      ));
  return {
    run: async (input, asOf, onProgress) => {
      const snapshots = [...input.snapshots];
      const total = input.snapshots.length + input.files.length;
      for (const f of input.files) {
        onProgress({ done: snapshots.length, total, label: `Reading ${f.name}…` });
        snapshots.push(await parts.read(f));
      }
      const assessments = snapshots.map((s) => parts.assess(s, asOf));
      last = { snapshots, assessments };
      onProgress({ done: total, total, label: 'Checked' });
      const read = input.files.length > 0 ? 'main' : 'host';
      return combine(assessments, [], asOf, { read, assess: 'main' });
    },
    readiness: async (asOf) => readiness(last.assessments, asOf),
    row: async (workbook, sheet, row) => rowValues(last.snapshots, workbook, sheet, row),
    cellRisks: async (kind, at, limit) => cellRisks(last.assessments, kind, at, limit),
    snapshots: async () => last.snapshots,
  };
}
