#!/usr/bin/env node
// The `isms` command: runs the bundled CLI (built by `npm run build:cli`, also on `npm install`).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/isms.cjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('isms: the CLI is not built; run `npm run build:cli` first\n');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { main } = require(bundle);
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
process.exitCode = code;
