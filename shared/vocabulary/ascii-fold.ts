/**
 * foldText's fast path for plain ASCII text (most cells of most registers): lower case, letters
 * and digits kept, every other run of characters one space, trimmed. For ASCII input this is
 * exactly what the Unicode fold (NFD, marks removed, `[^\p{L}\p{N}]+` → space) gives, at a tenth
 * of the cost; any other character returns null and the caller folds the Unicode way.
 */
export function asciiFold(s: string): string | null {
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      gap = out !== '';
      continue;
    }
    if (gap) {
      out += ' ';
      gap = false;
    }
    out += String.fromCharCode(c);
  }
  return out;
}
