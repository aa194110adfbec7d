/**
 * multipart/form-data (RFC 7578, framing of RFC 2046 §5.1.1) read into a standard FormData, in
 * place of `Request.formData()`: Node's undici parser ends a part at the first occurrence of the
 * bare boundary text, not at the delimiter line `CRLF--boundary`, so a CSV holding "Bob" under
 * boundary `b`, or a binary workbook holding a short boundary's bytes, was refused as malformed
 * (nodejs/undici#5561). Here a part ends only at a real delimiter. One pass of Buffer.indexOf over
 * a body the body limit already bounded; a malformed body throws, callers answer 400.
 */

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

export class MultipartError extends Error {}

/** The boundary parameter of a multipart Content-Type (token or quoted-string), or null. */
export function boundaryOf(contentType: string): string | null {
  const m = /;\s*boundary=(?:"((?:[^"\\]|\\.){1,200})"|([^\s;"]{1,200}))\s*(?:;|$)/i.exec(
    contentType,
  );
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

export async function readFormData(request: Request): Promise<FormData> {
  const boundary = boundaryOf(request.headers.get('content-type') ?? '');
  if (!boundary) throw new MultipartError('no boundary in Content-Type');
  return parseMultipart(Buffer.from(await request.arrayBuffer()), boundary);
}

export function parseMultipart(body: Buffer, boundary: string): FormData {
  const dash = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.concat([CRLF, dash]);
  const form = new FormData();
  // The first delimiter opens the body, or follows a preamble and its CRLF.
  let at = body.subarray(0, dash.length).equals(dash) ? 0 : body.indexOf(delimiter);
  if (at < 0) throw new MultipartError('no opening boundary');
  at += at === 0 && body[0] === 0x2d ? dash.length : delimiter.length;
  for (;;) {
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return form; // the close delimiter
    at = skipPadding(body, at);
    if (!body.subarray(at, at + 2).equals(CRLF)) throw new MultipartError('no CRLF after boundary');
    const headersEnd = body.indexOf(HEADER_END, at);
    const end = headersEnd < 0 ? -1 : body.indexOf(delimiter, headersEnd + 2);
    if (headersEnd < 0 || end < 0) throw new MultipartError('truncated part');
    // `at` sits on the CRLF ending the delimiter line: a part without headers is CRLF CRLF.
    const head = body.toString('utf8', at + 2, headersEnd + 2);
    appendPart(form, head, body.subarray(headersEnd + 4, end));
    at = end + delimiter.length;
  }
}

function skipPadding(body: Buffer, at: number): number {
  while (body[at] === 0x20 || body[at] === 0x09) at++;
  return at;
}

type PartHeaders = { name: string | null; filename: string | null; type: string };

function appendPart(form: FormData, head: string, content: Buffer): void {
  const h = partHeaders(head);
  if (h.name === null) throw new MultipartError('part without a form-data name');
  if (h.filename === null) form.append(h.name, content.toString('utf8'));
  else form.append(h.name, new File([content], h.filename, { type: h.type }));
}

function partHeaders(head: string): PartHeaders {
  const out: PartHeaders = { name: null, filename: null, type: '' };
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-type') out.type = value;
    if (key !== 'content-disposition' || !/^form-data\s*(;|$)/i.test(value)) continue;
    out.name = param(value, 'name');
    out.filename = param(value, 'filename');
  }
  return out;
}

const PARAMS = {
  name: /;\s*name\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/i,
  filename: /;\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/i,
} as const;

/** A `name="…"` / `name=token` parameter; browsers percent-escape `"` CR LF as %22 %0D %0A. */
function param(value: string, key: keyof typeof PARAMS): string | null {
  const m = PARAMS[key].exec(value);
  if (!m) return null;
  const raw = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
  if (!raw.includes('%')) return raw;
  return raw.replace(/%(22|0D|0A)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
