/**
 * Node's native raw inflate for the readers (injected, so readers/ stays browser-safe): zlib needs
 * no JIT warm-up, which fflate's inflate loop does on its first megabytes.
 */
import { inflateRawSync } from 'node:zlib';
import type { Inflate } from '../../readers';

/**
 * zlib's native inflate, capped at the declared size (a part that inflates larger is damaged).
 * One output buffer one byte larger than the part: zlib then never fills it, so it neither
 * allocates a second chunk nor concatenates (readXlsx inflates parts up to 32 MB whole).
 */
export const zlibInflate: Inflate = (data, size) =>
  inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(size + 1, 64) });
