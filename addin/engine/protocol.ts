/** Messages between the pane and the engine worker (structured clone; file bytes transferred). */
import type { WorkbookSnapshot } from '../../shared/grid';
import type { Readiness } from '../../shared/readiness';
import type { Finding } from '../../shared/validation';
import type { HostErrorReason } from '../host-error';
import type { RowValues } from './row-values';
import type { SessionInput } from './session';
import type { CellRisks } from './cell-risks';
import type { PaneResult, Progress } from './types';

export type RequestBody =
  | { readonly kind: 'run'; readonly input: SessionInput; readonly asOf: string }
  | { readonly kind: 'readiness'; readonly asOf: string }
  | { readonly kind: 'snapshots' }
  | {
      readonly kind: 'cell-risks';
      readonly map: 'inherent' | 'residual';
      readonly at: { readonly likelihood: number; readonly impact: number };
      readonly limit: number;
    }
  | {
      readonly kind: 'row';
      readonly workbook: string;
      readonly sheet: string;
      readonly row: number;
    };

export type Request = RequestBody & { readonly id: number };

export type Reply =
  | { readonly id: number; readonly kind: 'progress'; readonly progress: Progress }
  /** A slice of a run's findings, sent before the run's reply (which then has none). */
  | { readonly id: number; readonly kind: 'slice'; readonly findings: readonly Finding[] }
  | { readonly id: number; readonly kind: 'run'; readonly result: PaneResult }
  | { readonly id: number; readonly kind: 'readiness'; readonly readiness: Readiness }
  | { readonly id: number; readonly kind: 'snapshots'; readonly snapshots: WorkbookSnapshot[] }
  | { readonly id: number; readonly kind: 'row'; readonly values: RowValues | null }
  | { readonly id: number; readonly kind: 'cell-risks'; readonly risks: CellRisks }
  | {
      readonly id: number;
      readonly kind: 'error';
      readonly reason: HostErrorReason;
      readonly message: string;
    };
