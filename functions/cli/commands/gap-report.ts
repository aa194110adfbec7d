/**
 * `isms gap-report FILES... --out report.(xlsx|html|json) [--as-of DATE]`: the gap report of a
 * set of workbooks (clause matrix, control gaps, dated roadmap, effort, findings, readiness).
 */
import type { CliIo } from '../io';
import { runReport } from './run-report';

export function run(args: string[], io: CliIo): Promise<number> {
  return runReport('gap-report', args, io);
}
