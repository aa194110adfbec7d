/**
 * Child process for the write-output tests: starts an atomic write of `argv[2]` whose data never
 * finishes (one chunk, then waits forever), prints "writing" once the temp file has its first
 * chunk, and waits to be killed. `--force` replaces an existing file.
 */
import { saveOutput } from '../../../functions/cli/write-output';

async function* forever(): AsyncIterable<Uint8Array> {
  yield new TextEncoder().encode('PK partial bytes');
  process.stdout.write('writing\n');
  await new Promise(() => undefined);
}

const [path, flag] = process.argv.slice(2);
void saveOutput(path, forever(), flag === '--force');
setInterval(() => undefined, 1000);
