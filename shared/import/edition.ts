/**
 * Which Annex A numbering a list of control ids uses: 2005 (5.1.1–15.3.2, 133 controls),
 * 2013 (A.5.1.1–A.18.2.3, 114), or 2022 (5.1–8.34, 93) — or a mix that cannot be trusted.
 */
import { getControl2013 } from '../catalog/find-control';
import { foldText } from './normalize-text';
import { is2005Control } from './annex-2005';
import type { Edition } from './types';

export type IdEntry = { readonly row: number; readonly id: string; readonly title: string | null };

export type EditionResult = { readonly edition: Edition; readonly explanation: string | null };

/** 2022 theme names (EN, FR, DE, ES, PT, EL) that betray a 2022 layout around old ids. */
const THEME_WORDS =
  /\ba\s*[5-8]\s+(organi[sz]ational|organisationnel\w*|organisatorisch\w*|organizacional\w*|organizativ\w*|people|personnes|personen|personas|pessoas|physical|physiques?|physisch\w*|fisic\w*|technological|technologiques?|technologisch\w*|tecnologic\w*)\b/;

/**
 * @param hints texts around the ids (title rows, section rows, headers) — `ISO 27001:2005`,
 *   theme labels — that confirm or contradict what the ids say.
 */
export function detectEdition(
  entries: readonly IdEntry[],
  hints: readonly string[],
): EditionResult {
  const three = entries.filter((e) => e.id.split('.').length === 3);
  const two = entries.filter((e) => e.id.split('.').length === 2);
  if (three.length === 0 && two.length === 0) return { edition: 'none', explanation: null };
  if (three.length < 3) return { edition: '2022', explanation: null };
  const text = foldText(hints.join(' '));
  const themes = [...new Set([...text.matchAll(new RegExp(THEME_WORDS, 'g'))].map((m) => m[1]))];
  const majors = new Set(three.map((e) => Number(e.id.split('.')[0])));
  // Ids that exist only in the 2005 Annex A (6.1.8, 10.10.6, 11.4.7 …) betray its numbering.
  const beyond2013 = three.filter(
    (e) => !getControl2013(`A.${e.id}`) && is2005Control(e.id),
  ).length;
  const is2005 = /\b2005\b/.test(text) || beyond2013 / three.length > 0.1;
  const old: Edition = [...majors].some((m) => m >= 16) ? '2013' : is2005 ? '2005' : '2013';
  if (themes.length > 0 && two.length === 0) {
    const sample = three
      .slice(0, 3)
      .map((e) => e.id)
      .join(', ');
    return {
      edition: 'mixed',
      explanation:
        `The sheet mixes two numbering schemes: control ids such as ${sample} use the ISO/IEC 27001:${old} Annex A numbering, ` +
        `while its grouping labels (${themes.join(', ')}) are the ISO/IEC 27001:2022 themes. ` +
        `The ids were read as ${old} controls and migrated to 2022; check the result against the titles.`,
    };
  }
  return { edition: old, explanation: null };
}
