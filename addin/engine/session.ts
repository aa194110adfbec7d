/**
 * One engine session (the worker's state): reads the files it is given, assesses every workbook
 * with the core, combines them with the cross-workbook checks, and keeps the last set for the
 * readiness score and the reports. Progress is reported in bytes: reading a file, then assessing
 * it, each count its size, so the bar moves with the work of large files.
 */
import { assess } from '../../shared';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { Assessment } from '../../shared/model';
import { scoreReadiness } from '../../shared/readiness';
import type { Readiness } from '../../shared/readiness';
import type { Finding } from '../../shared/validation';
import { cellRisks } from './cell-risks';
import { combine } from './combine';
import { readInput } from './read-input';
import { rowValues } from './row-values';
import type { PaneResult, Progress } from './types';

type HeatMapCellAt = { readonly likelihood: number; readonly impact: number };

export type SessionInput = {
  readonly snapshots: readonly WorkbookSnapshot[];
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
};

/** A snapshot's weight for progress when there are no bytes (Excel): its cell count. */
function cellsOf(s: WorkbookSnapshot): number {
  return s.sheets.reduce((n, sh) => n + sh.rows.reduce((m, r) => m + r.length, 0), 0) || 1;
}

export function makeSession(where: PaneResult['ran']['assess'] = 'worker') {
  let assessments: Assessment[] = [];
  let snapshots: WorkbookSnapshot[] = [];
  const run = (input: SessionInput, asOf: string, progress: (p: Progress) => void): PaneResult => {
    const sizes = [...input.snapshots.map(cellsOf), ...input.files.map((f) => f.bytes.length || 1)];
    const total = 2 * sizes.reduce((a, b) => a + b, 0);
    let done = 0;
    const step = (n: number, label: string) => progress({ done: (done += n), total, label });
    const read: WorkbookSnapshot[] = [...input.snapshots];
    const extra: Finding[] = [];
    input.snapshots.forEach((s, i) => step(sizes[i], `Read ${s.name}`));
    input.files.forEach((f, i) => {
      progress({ done, total, label: `Reading ${f.name}…` });
      const r = readInput(f.name, f.bytes);
      read.push(r.snapshot);
      extra.push(...r.findings);
      step(sizes[input.snapshots.length + i], `Read ${f.name}`);
    });
    const out = read.map((s, i) => {
      progress({ done, total, label: `Checking ${s.name}…` });
      const a = assess(s, { asOf });
      step(sizes[i], `Checked ${s.name}`);
      return a;
    });
    assessments = out;
    snapshots = read;
    const readIn = input.files.length > 0 ? where : 'host';
    return combine(out, extra, asOf, { read: readIn, assess: where });
  };
  const readiness = (asOf: string): Readiness =>
    scoreReadiness(
      assessments.map((a) => a.workbook),
      { asOf },
    );
  const row = (workbook: string, sheet: string, r: number) =>
    rowValues(snapshots, workbook, sheet, r);
  const risksAt = (kind: 'inherent' | 'residual', at: HeatMapCellAt, limit: number) =>
    cellRisks(assessments, kind, at, limit);
  return { run, readiness, row, cellRisks: risksAt, snapshots: () => snapshots };
}
