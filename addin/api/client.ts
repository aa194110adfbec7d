/**
 * Typed calls to the checks API (docs/api.md): the add-in posts the snapshots it read as
 * `{ workbooks, asOf }`. Problems come back as RFC 9457 problem+json; their title is shown.
 */
import type { DiffResult } from '../../shared/diff';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { ImportMapping } from '../../shared/import';
import { HostError } from '../host-error';
import type { ReadinessView } from './readiness-view';
import type { ReportFormat, ReportKind } from '../../shared/reports';

export type { ReportFormat, ReportKind } from '../../shared/reports';
export type TemplateMethod = 'product' | 'sum' | 'matrix';
export type Download = { readonly blob: Blob; readonly fileName: string };

export type ApiClient = {
  readonly baseUrl: string;
  readonly readiness: (
    workbooks: readonly WorkbookSnapshot[],
    asOf: string,
  ) => Promise<ReadinessView>;
  readonly gapReport: (
    workbooks: readonly WorkbookSnapshot[],
    asOf: string,
    format: ReportFormat,
  ) => Promise<Download>;
  /** POST /<kind>?format=: any report of the catalogue (shared/reports/report-kinds.ts). */
  readonly report: (
    kind: ReportKind,
    workbooks: readonly WorkbookSnapshot[],
    asOf: string,
    format: ReportFormat,
  ) => Promise<Download>;
  /** GET /template: a new canonical workbook. */
  readonly template: (method: TemplateMethod) => Promise<Download>;
  /** POST /diff: what changed from the previous review cycle's workbooks to the current ones. */
  readonly diff: (
    previous: readonly WorkbookSnapshot[],
    current: readonly WorkbookSnapshot[],
    asOf: string,
  ) => Promise<DiffResult>;
  /** POST /import: the file converted with the reviewed mapping (the original is uploaded, never changed). */
  readonly convert: (file: Blob, fileName: string, mapping?: ImportMapping) => Promise<Download>;
};

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function problemOf(res: Response): Promise<HostError> {
  let detail = '';
  try {
    const body = (await res.json()) as { title?: unknown; detail?: unknown };
    detail = [body.title, body.detail].filter((s) => typeof s === 'string' && s).join(' — ');
  } catch {
    // not problem+json: fall back to the status line
  }
  const reason = res.status >= 500 ? 'server' : 'unknown';
  return new HostError(
    reason,
    detail || `The checks service answered ${res.status} ${res.statusText}.`,
  );
}

/** The file name from content-disposition: the UTF-8 `filename*` (RFC 6266) first, then `filename`. */
export function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // malformed escape: fall back to the plain name
    }
  }
  return /filename="([^"]+)"/.exec(cd)?.[1] ?? fallback;
}

export function makeApiClient(baseUrl: string, fetchFn: Fetch = (i, r) => fetch(i, r)): ApiClient {
  const base = baseUrl.replace(/\/+$/, '');
  const call = async (path: string, init?: RequestInit): Promise<Response> => {
    let res: Response;
    try {
      res = await fetchFn(`${base}${path}`, init);
    } catch {
      throw new HostError(
        'network',
        `The checks service at ${base} cannot be reached. Is it running (npm start)?`,
      );
    }
    if (!res.ok) throw await problemOf(res);
    return res;
  };
  const post = (path: string, workbooks: readonly WorkbookSnapshot[], asOf: string) =>
    call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workbooks, asOf }),
    });
  const report: ApiClient['report'] = async (kind, workbooks, asOf, format) => {
    const res = await post(`/${kind}?format=${format}`, workbooks, asOf);
    return { blob: await res.blob(), fileName: fileNameOf(res, `${kind}-${asOf}.${format}`) };
  };
  return {
    baseUrl: base,
    readiness: async (workbooks, asOf) =>
      (await (await post('/readiness', workbooks, asOf)).json()) as ReadinessView,
    gapReport: (workbooks, asOf, format) => report('gap-report', workbooks, asOf, format),
    report,
    diff: async (previous, current, asOf) => {
      const res = await call('/diff', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ previous, current, asOf }),
      });
      return (await res.json()) as DiffResult;
    },
    template: async (method) => {
      const res = await call(`/template?method=${method}`);
      return { blob: await res.blob(), fileName: fileNameOf(res, `isms-register-${method}.xlsx`) };
    },
    convert: async (file, fileName, mapping) => {
      const form = new FormData();
      form.append('files', file, fileName);
      if (mapping) form.append('mapping', JSON.stringify(mapping));
      const res = await call('/import', { method: 'POST', body: form });
      return {
        blob: await res.blob(),
        fileName: fileNameOf(res, `${fileName.replace(/\.\w+$/, '')} (canonical).xlsx`),
      };
    },
  };
}

/**
 * Where the API lives: `?api=` in the page URL, else a `<meta name="isms-api">`, else the same
 * origin's `/api` (the local server and the dev server's proxy both serve it there).
 */
export function resolveApiBase(location: { search: string }, meta: string | null): string {
  const fromQuery = new URLSearchParams(location.search).get('api');
  return fromQuery || meta || '/api';
}
