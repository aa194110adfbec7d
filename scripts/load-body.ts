/**
 * The multipart/form-data body of one `npm run load` upload, encoded once per payload: every
 * request sends the same bytes, and the client (which shares the cores with the server it
 * measures) spends its CPU on sending, not re-encoding.
 */
import { randomBytes } from 'node:crypto';
import type { Payload } from './load-bombs';

export type PreparedBody = { readonly contentType: string; readonly bytes: Uint8Array };

const bodies = new WeakMap<Payload, PreparedBody>();

/**
 * The multipart/form-data body of one upload (`files` = the payload), encoded once per payload:
 * every request sends the same bytes, and the client spends its CPU on sending, not re-encoding.
 */
export function multipartOf(p: Payload): PreparedBody {
  let b = bodies.get(p);
  if (!b) {
    const boundary = `----isms-load-${randomBytes(12).toString('hex')}`;
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${p.name}"\r\n` +
      `Content-Type: ${p.type}\r\n\r\n`;
    const bytes = Buffer.concat([
      Buffer.from(head),
      p.bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    b = { contentType: `multipart/form-data; boundary=${boundary}`, bytes };
    bodies.set(p, b);
  }
  return b;
}
