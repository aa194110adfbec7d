// Bundles the `isms` CLI into dist/cli/isms.cjs (esbuild; exceljs stays external, loaded lazily).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entry = 'functions/cli/isms.ts';
if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} not present yet, skipped`);
  process.exit(0);
}
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/cli/isms.cjs',
  external: ['exceljs'],
  logLevel: 'warning',
});
