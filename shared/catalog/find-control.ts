/**
 * Control references as people write them: `A.5.15`, `5.15`, `A 5.15`, `A5.15`, `Control 5.15`,
 * `Annex A 5.15`, `a.5.15 ` — and 2013 ids (`A.9.2.3`), which resolve to their 2022 successors.
 */
import { CONTROLS, CONTROLS_2013, type Control, type Control2013 } from './controls';
import { successorsOf2013 } from './migration';

const byId = new Map(CONTROLS.map((c) => [c.id, c]));
const byId2013 = new Map(CONTROLS_2013.map((c) => [c.id, c]));

export type ControlRef =
  | { readonly kind: '2022'; readonly text: string; readonly control: Control }
  | {
      readonly kind: '2013';
      readonly text: string;
      readonly control2013: Control2013;
      readonly successors: readonly Control[];
    }
  | { readonly kind: 'unknown'; readonly text: string };

/** The 2022 control with id `5.15` (no prefix), or undefined. */
export function getControl(id: string): Control | undefined {
  return byId.get(id);
}

/** The 2013 control with id `A.9.2.3`, or undefined. */
export function getControl2013(id: string): Control2013 | undefined {
  return byId2013.get(id);
}

const PREFIX = /^(?:annex\s*a|control|contr[oô]le|controlo|kontrolle|ctrl|a)\s*[.:\-]?\s*/i;

/**
 * Strips the decoration from one reference and returns its dotted number (`A.5.15` → `5.15`,
 * `Control A.8.2` → `8.2`), or null when no dotted number is there.
 */
export function normalizeControlId(text: string): string | null {
  let t = text.trim().replace(/\u00a0/g, ' ');
  for (let i = 0; i < 3 && PREFIX.test(t); i++) t = t.replace(PREFIX, '');
  const m = /^(\d{1,2}(?:\s*\.\s*\d{1,2}){1,2})\b/.exec(t);
  // Leading zeros (`A.05.07`) are padding, not part of the id.
  return m ? m[1].replace(/\s+/g, '').split('.').map(Number).join('.') : null;
}

/**
 * Resolves one reference. Two-level ids (`5.15`) are 2022 controls; three-level ids (`9.2.3`) are
 * 2013 controls (`A.9.2.3`). Anything else is `unknown`.
 */
export function parseControlRef(text: string): ControlRef {
  const hit = cache.get(text);
  if (hit) return hit;
  const ref = resolve(text);
  // Registers repeat the same few references thousands of times; the cache is bounded.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, ref);
  return ref;
}

const CACHE_LIMIT = 10_000;
const cache = new Map<string, ControlRef>();

function resolve(text: string): ControlRef {
  const id = normalizeControlId(text);
  if (id === null) return { kind: 'unknown', text };
  const parts = id.split('.');
  if (parts.length === 2) {
    const control = byId.get(id);
    return control ? { kind: '2022', text, control } : { kind: 'unknown', text };
  }
  const control2013 = byId2013.get(`A.${id}`);
  if (!control2013) return { kind: 'unknown', text };
  const successors = successorsOf2013(control2013.id)
    .map((s) => byId.get(s))
    .filter((c): c is Control => c !== undefined);
  return { kind: '2013', text, control2013, successors };
}

/**
 * Splits a cell that lists several controls into single references:
 * `"A.5.15, A.5.16"`, `"5.15; 8.2"`, `"Control 7.1, 7.2, 7.3 and 7.4"`, one per line.
 * A bare number after a prefixed one keeps meaning a control (`7.2` in the last example).
 */
export function splitControlRefs(text: string): string[] {
  const out: string[] = [];
  // The look-arounds keep `5.155` or `2024.05.01` from yielding a control-shaped piece.
  const re =
    /(?<![\d.])(?:(?:annex\s*a|control|contr[oô]le|controlo|kontrolle|ctrl)\s*)?(?:a\s*[.\s]?\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){1,2}(?![\d]|\.\d)/gi;
  for (const m of text.matchAll(re)) out.push(m[0].trim());
  return out;
}
