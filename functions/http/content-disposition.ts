/**
 * Content-Disposition for every download the API names (RFC 6266): an ASCII `filename` fallback
 * plus the UTF-8 `filename*` (RFC 8187). The name is the user's (an uploaded file's), so it is
 * made safe first, whatever arrived: only its last path segment (no `../`, no `C:\`), no control
 * characters (CR, LF, NUL), no bidirectional or invisible format characters (U+202E would show
 * `evil‮xslx.exe` as `evilexe.xlsx`), no lone surrogates (encodeURIComponent throws on them: a
 * 500 before), and at most MAX_NAME_CHARS characters with the extension kept (a 10 KB name made
 * a header no client would read).
 */

/** Long enough for any real file name, short enough for every client's header limits. */
export const MAX_NAME_CHARS = 120;

const FALLBACK_NAME = 'download';
// C0 and C1 controls, DEL; bidi embeddings, overrides and isolates; zero-width and BOM.
const UNSAFE_CHARS =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The name as a client may save it: last path segment, visible characters only, bounded. */
export function safeFileName(name: string): string {
  const base = name.replace(LONE_SURROGATE, '\ufffd').split(/[/\\]/).pop() ?? '';
  const clean = base.replace(UNSAFE_CHARS, '').trim().replace(/^\.+/, '');
  if (clean === '') return FALLBACK_NAME;
  const chars = Array.from(clean);
  if (chars.length <= MAX_NAME_CHARS) return clean;
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(clean)?.[0] ?? '';
  return chars.slice(0, MAX_NAME_CHARS - ext.length).join('') + ext;
}

/** `attachment` (a file to save) or `inline` (shown in the browser), with the name made safe. */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const name = safeFileName(fileName);
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  if (ascii === name) return `${kind}; filename="${name}"`;
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
