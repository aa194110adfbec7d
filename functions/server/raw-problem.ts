/**
 * A problem+json answer written straight to a socket, for what Node's HTTP parser refuses before
 * any route runs (a malformed request line, headers over 16 KB, a client too slow to send its
 * request): Node's own answers carried no security header and no body. The same headers as every
 * API response (http/security-headers.ts), and `Connection: close`, since the request could not
 * be framed.
 */
import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';
import { API_SECURITY_HEADERS } from '../http/security-headers';
import {
  PROBLEM_CONTENT_TYPE,
  problemBody,
  problemStatus,
  type ProblemKind,
} from '../http/problem';

export type RawProblem = { readonly kind: ProblemKind; readonly detail: string };

export function rawProblemBody(p: RawProblem, instance = ''): string {
  return JSON.stringify(problemBody(p.kind, p.detail, instance));
}

/** The whole HTTP/1.1 response as bytes, for a socket no ServerResponse owns. */
export function rawProblemResponse(p: RawProblem): string {
  const body = rawProblemBody(p);
  const status = problemStatus(p.kind);
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    `content-type: ${PROBLEM_CONTENT_TYPE}`,
    ...Object.entries(API_SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`),
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
  ];
  return `${head.join('\r\n')}\r\n\r\n${body}`;
}

/** Node's clientError codes → the answer (its defaults: 431, 408, 413, else 400). */
export function clientErrorProblem(code: string | undefined): RawProblem {
  if (code === 'HPE_HEADER_OVERFLOW')
    return {
      kind: 'headers-too-large',
      detail: 'The request line and headers are larger than the server accepts (16 KB).',
    };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'ERR_HTTP_HEADERS_TIMEOUT')
    return {
      kind: 'request-timeout',
      detail: 'The request was not received in time and the connection was closed.',
    };
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW')
    return { kind: 'payload-too-large', detail: 'Chunk extensions are too large.' };
  return { kind: 'bad-request', detail: 'The request is not valid HTTP/1.1.' };
}

/** Writes the answer unless the socket is gone or a response has already started on it. */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  const started = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage
    ?.headersSent;
  if (err.code === 'ECONNRESET' || !socket.writable || started) {
    socket.destroy();
    return;
  }
  socket.end(rawProblemResponse(clientErrorProblem(err.code)));
}
