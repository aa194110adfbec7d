/**
 * Request bodies are taken as sent, never decompressed: a gzip, deflate or br body would either be
 * parsed as garbage (a 400 echoing binary bytes, before) or, were it inflated, be a decompression
 * bomb that the body limit (which counts the bytes on the wire) cannot see. So any
 * `Content-Encoding` other than identity is refused before the body is read, with the 415 and
 * `Accept-Encoding: identity` RFC 9110 §15.5.16 and RFC 7694 prescribe. Workbooks are already
 * zip-compressed; CSV and JSON within the limits need no transfer compression.
 */
import type { MiddlewareHandler } from 'hono';
import { ProblemError } from './problem';

export function contentEncodingGuard(): MiddlewareHandler {
  return async (c, next) => {
    const coding = c.req.header('content-encoding')?.trim().toLowerCase();
    if (!coding || coding === 'identity') return next();
    throw new ProblemError(
      'unsupported-media-type',
      `Content-Encoding ${coding.slice(0, 40)} is not accepted: send the body uncompressed (xlsx files already are compressed).`,
      [{ field: 'header.content-encoding', detail: 'only identity is accepted' }],
      { 'accept-encoding': 'identity' },
    );
  };
}
