/** `isms treatment-plan FILES... --out rtp.(xlsx|html|json) [--as-of DATE]`: the risk treatment plan (6.1.3 e, 8.3). */
import type { CliIo } from '../io';
import { runReport } from './run-report';

export function run(args: string[], io: CliIo): Promise<number> {
  return runReport('treatment-plan', args, io);
}
