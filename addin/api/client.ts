/**
 * Typed calls to the checks API (docs/api.md): the add-in posts the snapshots it read as
 * `{ workbooks, asOf }`. Problems come back as RFC 9457 problem+json; their title is shown.
 */
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import { HostError } from '../host-error';
import type { ReadinessView } from './readiness-view';

export type ReportFormat = 'json' | 'html' | 'xlsx';
export type Download = { readonly blob: Blob; readonly fileName: string };

export type ApiClient = {
  readonly baseUrl: string;
  readonly readiness: (workbooks: readonly WorkbookSnapshot[], asOf: string) => Promise<ReadinessView>;
  readonly gapReport: (workbooks: readonly WorkbookSnapshot[], asOf: string, format: ReportFormat) => Promise<Download>;
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
  return new HostError(reason, detail || `The checks service answered ${res.status} ${res.statusText}.`);
}

function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(cd)?.[1] ?? fallback;
}

export function makeApiClient(baseUrl: string, fetchFn: Fetch = (i, r) => fetch(i, r)): ApiClient {
  const base = baseUrl.replace(/\/+$/, '');
  const post = async (path: string, workbooks: readonly WorkbookSnapshot[], asOf: string): Promise<Response> => {
    let res: Response;
    try {
      res = await fetchFn(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ workbooks, asOf }),
      });
    } catch {
      throw new HostError('network', `The checks service at ${base} cannot be reached. Is it running (npm start)?`);
    }
    if (!res.ok) throw await problemOf(res);
    return res;
  };
  return {
    baseUrl: base,
    readiness: async (workbooks, asOf) => (await (await post('/readiness', workbooks, asOf)).json()) as ReadinessView,
    gapReport: async (workbooks, asOf, format) => {
      const res = await post(`/gap-report?format=${format}`, workbooks, asOf);
      return { blob: await res.blob(), fileName: fileNameOf(res, `gap-report-${asOf}.${format}`) };
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
