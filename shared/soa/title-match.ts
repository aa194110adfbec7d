/**
 * Which Annex A control a written title names. Titles are compared as token sets after folding
 * case, accents, punctuation, British spelling (organisation, synchronisation), "lifecycle" /
 * "life cycle", "endpoint" / "end point", plurals and common abbreviations; a token also matches a
 * longer one it abbreviates ("config" ~ "configuration"). Both the 27001 Table A.1 and the 27002
 * wordings count.
 */
import { CONTROLS, type Control } from '../catalog/controls';

const STOP = new Set([
  'of',
  'and',
  'the',
  'for',
  'in',
  'to',
  'on',
  'with',
  'a',
  'an',
  'by',
  'its',
  'or',
]);

const EXPAND: Readonly<Record<string, string>> = {
  mgmt: 'management',
  mgt: 'management',
  mngt: 'management',
  info: 'information',
  infosec: 'information security',
  sec: 'security',
  ctrl: 'control',
  ctrls: 'control',
  dev: 'development',
  env: 'environment',
  auth: 'authentication',
  ict: 'ict',
  pii: 'pii',
  bc: 'business continuity',
  bcp: 'business continuity',
  dlp: 'data leakage prevention',
  lifecycle: 'life cycle',
  endpoint: 'end point',
  endpoints: 'end point',
  cyber: 'cyber',
  ip: 'intellectual property',
};

/** British → American endings, plural → singular: one spelling per word. */
function stem(token: string): string {
  let t = token
    .replace(/isation$/, 'ization')
    .replace(/ise$/, 'ize')
    .replace(/ised$/, 'ized')
    .replace(/ising$/, 'izing');
  if (t.length > 4 && t.endsWith('ies')) t = `${t.slice(0, -3)}y`;
  else if (
    t.length > 3 &&
    t.endsWith('s') &&
    !t.endsWith('ss') &&
    !t.endsWith('us') &&
    !t.endsWith('is')
  )
    t = t.slice(0, -1);
  return t;
}

export function titleTokens(title: string): string[] {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .flatMap((w) => (EXPAND[w] ?? w).split(' '))
    .filter((w) => w !== '' && !STOP.has(w));
  return [...new Set(words.map(stem))];
}

function same(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** Dice similarity of two token sets (0–1), tokens matching by equality or abbreviation. */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const hits = a.filter((x) => b.some((y) => same(x, y))).length;
  const back = b.filter((y) => a.some((x) => same(x, y))).length;
  return (hits + back) / (a.length + b.length);
}

const TOKENS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(
  CONTROLS.map((c) => [
    c.id,
    [c.title, c.title27002].filter((t): t is string => t !== null).map(titleTokens),
  ]),
);

function similarityTo(tokens: readonly string[], id: string): number {
  return Math.max(0, ...(TOKENS.get(id) ?? []).map((w) => tokenSimilarity(tokens, w)));
}

/** How well `title` names control `id` (best of its wordings), 0–1. */
export function titleSimilarity(title: string, id: string): number {
  return similarityTo(titleTokens(title), id);
}

/** The control whose title `title` names best, with its similarity. */
export function bestTitleMatch(title: string): { control: Control; similarity: number } {
  const tokens = titleTokens(title);
  let best = { control: CONTROLS[0], similarity: -1 };
  for (const c of CONTROLS) {
    const s = similarityTo(tokens, c.id);
    if (s > best.similarity) best = { control: c, similarity: s };
  }
  return best;
}

/** Share of a control's title words the written title must contain to name it. */
function coverage(title: string, id: string): number {
  const t = titleTokens(title);
  const ratios = (TOKENS.get(id) ?? []).map(
    (w) => w.filter((y) => t.some((x) => same(x, y))).length / Math.max(1, w.length),
  );
  return Math.max(0, ...ratios);
}

/**
 * Minimum similarity for a title to name another control, the margin over its own id, and how
 * much of the other control's title it must contain ("Security" names no control in particular).
 */
const NAMES_OTHER = 0.6;
const MARGIN = 0.3;
const COVERS = 0.75;

/**
 * The other control a title clearly names instead of control `id`, or null when the title fits
 * `id` (reworded, abbreviated, British spelling) or names nothing clearly.
 */
export function titleNamesOtherControl(title: string, id: string): Control | null {
  const own = titleSimilarity(title, id);
  if (own > 1 - MARGIN) return null; // no other title can beat it by the margin
  const best = bestTitleMatch(title);
  if (best.control.id === id || best.similarity < NAMES_OTHER || best.similarity - own < MARGIN)
    return null;
  return coverage(title, best.control.id) >= COVERS ? best.control : null;
}
