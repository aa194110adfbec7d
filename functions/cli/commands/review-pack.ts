/**
 * `isms review-pack FILES... --out pack.(pptx|html|xlsx|json) [--previous OLD...] [--as-of DATE]`:
 * the management review pack (9.3) of a set of workbooks; `--previous` names the workbooks of
 * the last review, for "changes since the last review".
 */
import type { CliIo } from '../io';
import { runReport } from './run-report';

export function run(args: string[], io: CliIo): Promise<number> {
  return runReport('review-pack', args, io, { previous: true });
}
