/**
 * A module-resolution hook for the worker threads of the local server's pool (app-worker.ts).
 * Under tsx on Node 20, piscina loads the worker entry through tsx's CommonJS hook (require), and
 * tsx's ESM hooks are not active in worker threads, so a lazy `import('./write-xlsx')` (the
 * report writers load exceljs and pptxgenjs on first use) reached Node's own resolver, which
 * wants file extensions: every xlsx and pptx export through `npm start` was a 500. This resolves
 * such a relative, extensionless specifier to its `.ts` (or `/index.ts`) file and loads it as
 * CommonJS, i.e. through the same tsx require hook that already loaded the rest of the worker.
 * Anything Node resolves by itself is left alone.
 */
const RELATIVE = /^\.\.?\//;
const CANDIDATES = ['.ts', '/index.ts'];

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !RELATIVE.test(specifier)) throw err;
    for (const suffix of CANDIDATES) {
      try {
        const found = await nextResolve(specifier + suffix, context);
        return { ...found, format: 'commonjs' };
      } catch {
        // Try the next candidate; the original error is the one to report.
      }
    }
    throw err;
  }
}
