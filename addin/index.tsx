/**
 * Composition root of the task pane. Hosted by Office (taskpane.html then loads office.js): wait
 * for `Office.onReady`, then inject the Excel deps. Anywhere else (office.js not requested, or
 * missing offline): plain-browser mode with a file picker. Nothing else in the pane knows which
 * it is. Reading and assessing run in the engine's Web Worker in both modes.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { makeApiClient, resolveApiBase } from './api/client';
import type { AddinDeps } from './deps';
import { makeWorkerEngine } from './engine/worker-engine';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function baseDeps(): Omit<AddinDeps, 'host' | 'theme' | 'excel' | 'openFile'> {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="isms-api"]')?.content || null;
  return {
    today,
    engine: makeWorkerEngine(),
    api: makeApiClient(resolveApiBase(window.location, meta)),
  };
}

async function officeDeps(): Promise<AddinDeps | null> {
  if (typeof Office === 'undefined') return null;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return null;
  const { makeExcelActions, officeTheme } = await import('./office/office-deps');
  return {
    ...baseDeps(),
    host: 'excel',
    theme: officeTheme(),
    excel: makeExcelActions(),
    openFile: null,
  };
}

async function browserDeps(): Promise<AddinDeps> {
  const { openFile } = await import('./browser/open-file');
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return { ...baseDeps(), host: 'browser', theme: dark ? 'dark' : 'light', excel: null, openFile };
}

async function main(): Promise<void> {
  const deps = (await officeDeps()) ?? (await browserDeps());
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root element');
  createRoot(root).render(<App deps={deps} />);
  // Load and compile the engine's worker now, not when the first file arrives: by the time a
  // file is picked (or Excel's workbook read), it is ready to read.
  deps.engine.warm?.();
}

void main();
