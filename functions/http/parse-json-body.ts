/**
 * The JSON body `{ workbooks: WorkbookSnapshot[], asOf? }`, parsed and checked against the zod
 * schema; violations become a 400 listing each issue with its JSON pointer (RFC 6901), a
 * workbook over the readers' budgets a 413 naming it.
 */
import type { z } from 'zod';
import { checkSnapshotBudget, XlsxReadError } from '../../readers';
import type { Limits } from './limits';
import { ProblemError, type ProblemItem } from './problem';
import { readErrorProblem } from './read-upload';
import { workbooksBodySchema, type WorkbooksBody } from './workbook-schema';

/** Enough to locate the problems without echoing a huge body back. */
const MAX_REPORTED_ISSUES = 20;

/**
 * The body as `{ workbooks: [...] }` checked against the schema, with the parsed JSON (for
 * routes that read more fields, e.g. POST /api/import's `mapping`). An empty body is a 400 whose
 * message says what to send (`expected`), bad JSON a 400 with the parser's reason.
 */
export async function readWorkbooksJson(
  request: Request,
  expected: string,
): Promise<{ body: WorkbooksBody; json: unknown }> {
  const text = await request.text();
  if (text.trim() === '') {
    throw new ProblemError('no-files', `The request body is empty: send ${expected}.`, [
      { field: 'workbooks', pointer: '/workbooks', detail: 'required' },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : 'syntax error';
    throw new ProblemError('bad-request', `The request body is not valid JSON (${why}).`, [
      { field: 'body', detail: why },
    ]);
  }
  const parsed = workbooksBodySchema.safeParse(json);
  if (!parsed.success) throw schemaProblem(parsed.error.issues);
  for (const wb of parsed.data.workbooks) checkBudget(wb);
  return { body: parsed.data, json };
}

/**
 * The budgets a file upload is held to (cells, rows, table cells of the rows present), so a
 * 429 KB body with a table ref of A1:XFD1048576 is refused (413 naming the workbook) instead of
 * exhausting the heap (#11).
 */
function checkBudget(wb: WorkbooksBody['workbooks'][number]): void {
  try {
    checkSnapshotBudget(wb);
  } catch (err) {
    if (err instanceof XlsxReadError) throw readErrorProblem(err, wb.name);
    throw err;
  }
}

export async function parseJsonBody(request: Request, limits: Limits): Promise<WorkbooksBody> {
  const { body } = await readWorkbooksJson(request, '{ "workbooks": [ ...WorkbookSnapshot ] }');
  const sent = body.workbooks.length;
  if (sent > limits.maxFiles) {
    throw new ProblemError(
      'payload-too-large',
      `${sent} workbooks were sent; at most ${limits.maxFiles} are accepted per request.`,
      [
        {
          field: 'workbooks',
          pointer: '/workbooks',
          detail: `at most ${limits.maxFiles} workbooks`,
        },
      ],
    );
  }
  return body;
}

export function schemaProblem(issues: readonly z.core.$ZodIssue[]): ProblemError {
  const items: ProblemItem[] = issues.slice(0, MAX_REPORTED_ISSUES).map((i) => ({
    field: i.path.length ? i.path.map(String).join('.') : '(body)',
    pointer: toPointer(i.path),
    detail: i.message,
  }));
  const more =
    issues.length > MAX_REPORTED_ISSUES
      ? ` (first ${MAX_REPORTED_ISSUES} of ${issues.length} shown)`
      : '';
  const first = items[0];
  return new ProblemError(
    'validation-failed',
    `The JSON body does not match the WorkbooksBody schema: ${first.field}: ${first.detail}${more}.`,
    items,
  );
}

function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
