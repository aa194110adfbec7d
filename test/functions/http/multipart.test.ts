/**
 * The multipart/form-data reader (functions/http/multipart.ts): parts end at the delimiter line
 * only, never at the boundary text inside a part; the forms browsers and curl send read the same
 * as with Request.formData(); malformed bodies throw.
 */
import { describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart, readFormData } from '../../../functions/http/multipart';

const crlf = (lines: readonly string[]) => Buffer.from(lines.join('\r\n'));

describe('boundaryOf', () => {
  it.each([
    ['multipart/form-data; boundary=abc', 'abc'],
    ['multipart/form-data; boundary="a b\\"c"', 'a b"c'],
    ['multipart/form-data;boundary=x; charset=utf-8', 'x'],
    ['multipart/form-data; BOUNDARY=Q', 'Q'],
  ])('%s → %s', (type, b) => {
    expect(boundaryOf(type)).toBe(b);
  });

  it.each([
    'multipart/form-data',
    'multipart/form-data; boundary=',
    'multipart/form-data; boundary="x',
  ])('%s → null', (type) => {
    expect(boundaryOf(type)).toBeNull();
  });
});

describe('parseMultipart', () => {
  it('reads fields and files, with a preamble, padding and an epilogue', async () => {
    const body = crlf([
      'preamble',
      '--b  ',
      'Content-Disposition: form-data; name="asOf"',
      '',
      '2025-06-30',
      '--b',
      'Content-Disposition: form-data; name="files"; filename="Bob\'s b--b.csv"',
      'Content-Type: text/csv',
      '',
      'a,b--b\r\n-b,--bb\r\nBob',
      '--b--',
      'epilogue',
    ]);
    const form = parseMultipart(body, 'b');
    expect(form.get('asOf')).toBe('2025-06-30');
    const file = form.get('files') as File;
    expect(file.name).toBe("Bob's b--b.csv");
    expect(file.type).toBe('text/csv');
    expect(await file.text()).toBe('a,b--b\r\n-b,--bb\r\nBob');
  });

  it('decodes the escapes browsers use in names (%22, %0D, %0A) and UTF-8', () => {
    const body = crlf([
      '--b',
      'Content-Disposition: form-data; name="files"; filename="a%22b é.csv"',
      '',
      'x',
      '--b--',
    ]);
    expect((parseMultipart(body, 'b').get('files') as File).name).toBe('a"b é.csv');
  });

  it.each([
    ['no opening boundary', ['nothing here']],
    ['a truncated part', ['--b', 'Content-Disposition: form-data; name="x"', '', 'v']],
    ['a part without a name', ['--b', 'Content-Type: text/plain', '', 'v', '--b--']],
    ['junk after the boundary', ['--bXYZ', '', 'v', '--b--']],
  ])('throws on %s', (_, lines) => {
    expect(() => parseMultipart(crlf(lines), 'b')).toThrow();
  });

  it('reads what fetch serialises exactly as Request.formData() does', async () => {
    const fd = new FormData();
    fd.append('files', new Blob([new Uint8Array([0, 13, 10, 45, 45, 255])]), 'bin.xlsx');
    fd.append('mapping', '{"a":1}');
    const request = () => new Request('http://x/', { method: 'POST', body: fd });
    const [ours, theirs] = [await readFormData(request()), await request().formData()];
    expect(ours.get('mapping')).toBe(theirs.get('mapping'));
    const [a, b] = [ours.get('files') as File, theirs.get('files') as File];
    expect([a.name, a.type, [...new Uint8Array(await a.arrayBuffer())]]).toEqual([
      b.name,
      b.type,
      [...new Uint8Array(await b.arrayBuffer())],
    ]);
  });
});
