import { describe, expect, it } from 'vitest';
import { decodeText, isZipOrOle } from '../../readers/text-bytes';

describe('isZipOrOle', () => {
  it('recognises a zip (PK) and an OLE2 compound file', () => {
    expect(isZipOrOle(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(true);
    expect(isZipOrOle(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe(true);
  });

  it('returns false for CSV text', () => {
    expect(isZipOrOle(new TextEncoder().encode('ID,Threat\nR1,Fire\n'))).toBe(false);
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Menace,Réduire'))).toBe('Menace,Réduire');
  });

  it('decodes UTF-16 little- and big-endian when the byte-order mark says so', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toBe('Aé');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]))).toBe('Aé');
  });
});
