/** Text-level helpers of the CSV reader: which delimiter a file uses, and its sheet's name. */

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Only the head of the text is looked at for the header line (a 1M-line file is not split). */
const HEAD_CHARS = 64 * 1024;

/**
 * The delimiter is the candidate that occurs most often (outside quotes) on the header line:
 * the header decides, so a decimal comma in the data (`1,5` in a semicolon file) cannot mislead.
 */
export function guessDelimiter(body: string): string {
  const head = body.slice(0, HEAD_CHARS);
  const header = (head.split('\n').find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** Excel's separator hint, a first line `sep=;` (any one character): the delimiter and the line's length. */
export function excelSeparatorHint(body: string): { delimiter: string; length: number } | null {
  const m = /^sep=([^\n])(?:\n|$)/i.exec(body.slice(0, 8));
  return m ? { delimiter: m[1], length: m[0].length } : null;
}

/** File stem as an Excel sheet name: no path, no extension, no `[]:*?/\`, at most 31 characters. */
export function sheetNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]+$/, '') || base;
  const clean = stem
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31);
  return clean || 'Sheet1';
}
