/**
 * Builds the task pane (addin/) into dist/addin: taskpane.html (the pane) and commands.html (the
 * manifest's FunctionFile), the engine's Web Worker and rules.html; icons from assets/ are copied
 * to the root. `npm run dev:addin` (mode
 * "office") serves it on https://localhost:3000 with office-addin-dev-certs and proxies /api to
 * the local server on :7071, as the manifest expects.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { rulesPageHtml } from './addin/docs/rules-page';

/** rules.html next to the pane: docs/rules.md with rule-id anchors, linked from each finding. */
const rulesPage = (): Plugin => ({
  name: 'isms-rules-page',
  generateBundle() {
    const md = readFileSync(resolve(import.meta.dirname, 'docs/rules.md'), 'utf8');
    this.emitFile({ type: 'asset', fileName: 'rules.html', source: rulesPageHtml(md) });
  },
});

export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  const https =
    mode === 'office'
      ? await (await import('office-addin-dev-certs')).getHttpsServerOptions()
      : undefined;
  return {
    root: resolve(import.meta.dirname, 'addin'),
    publicDir: resolve(import.meta.dirname, 'assets'),
    plugins: [react(), rulesPage()],
    // The engine worker (addin/engine/engine.worker.ts) is an ES module chunk of its own.
    worker: { format: 'es' },
    build: {
      outDir: resolve(import.meta.dirname, 'dist/addin'),
      emptyOutDir: true,
      target: 'es2022',
      // One first-load chunk of ~680 KB raw (~180 KB gzip: React, Fluent, the core); measured by npm run bench.
      chunkSizeWarningLimit: 800,
      rollupOptions: {
        input: {
          taskpane: resolve(import.meta.dirname, 'addin/taskpane.html'),
          commands: resolve(import.meta.dirname, 'addin/commands.html'),
        },
      },
    },
    server: {
      port: 3000,
      strictPort: true,
      https,
      proxy: { '/api': 'http://localhost:7071' },
    },
  };
});
