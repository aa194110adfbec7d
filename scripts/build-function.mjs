// Bundles the Azure Functions host into dist/function/azure.cjs (esbuild, CJS, node20).
// External: @azure/functions-core (provided by the Functions runtime) and exceljs. exceljs is
// a production dependency shipped in node_modules with the deployment (func publish / zip deploy
// of the app folder with `npm ci --omit=dev`); it is required lazily by the gap report's xlsx
// writer only, so cold start does not pay its ~250 ms. Everything else (hono, zod, jose, fflate,
// papaparse, @azure/functions) is bundled.
import { build } from 'esbuild';

await build({
  entryPoints: ['functions/azure.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/function/azure.cjs',
  external: ['@azure/functions-core', 'exceljs'],
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
console.log('build-function: dist/function/azure.cjs');
