/** `isms soa-report FILES... --out soa.(xlsx|html|json) [--as-of DATE]`: the formal Statement of Applicability (6.1.3 d). */
import type { CliIo } from '../io';
import { runReport } from './run-report';

export function run(args: string[], io: CliIo): Promise<number> {
  return runReport('soa-report', args, io);
}
