/**
 * Every language file, checked the same way (a new file listed in locales/index.ts is tested by
 * being listed): its words are well-formed, its likelihood/impact/applicability headers map to
 * those fields on a small register written in that language, and its yes/no words read as such.
 */
import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../../../shared/catalog/controls';
import { importWorkbook } from '../../../../shared/import/import-workbook';
import { LOCALES } from '../../../../shared/import/locales';
import { readYesNo } from '../../../../shared/import/value-words';
import { FIELD_SHAPES } from '../../../../shared/import/field-shapes';
import { workbook } from '../fixtures';

describe.each(LOCALES.map((l) => [l.name, l] as const))('%s header and value words', (_, l) => {
  it('names only fields the kinds have, with non-empty words', () => {
    for (const [kind, words] of Object.entries(l.headers)) {
      const keys = new Set(FIELD_SHAPES[kind as keyof typeof FIELD_SHAPES].map((f) => f.key));
      for (const [key, list] of Object.entries(words ?? {})) {
        expect(key.startsWith('@') || keys.has(key), `${l.code} ${kind}.${key}`).toBe(true);
        expect(list.every((w) => w.trim() !== '')).toBe(true);
      }
    }
  });

  it('reads a risk register whose likelihood and impact headers are in this language', () => {
    const lik = l.headers.risks?.['@likelihood']?.[0] ?? '';
    const imp = l.headers.risks?.['@impact']?.[0] ?? '';
    expect(lik && imp, `${l.code} names likelihood and impact`).toBeTruthy();
    const r = importWorkbook(
      workbook({
        rows: [
          ['Risk ID', 'Threat', lik, imp],
          ['R1', 'Fire', 2, 5],
          ['R2', 'Flood', 3, 4],
        ],
      }),
    );
    expect(r.sheets[0].columns.map((c) => c.field)).toEqual([
      'id',
      'threat',
      'likelihood',
      'impact',
    ]);
  });

  it('reads its yes and no words as applicability', () => {
    for (const w of l.values?.yes ?? []) expect(readYesNo(w), w).toBe(true);
    for (const w of l.values?.no ?? []) expect(readYesNo(w), w).toBe(false);
    const yes = l.values?.yes?.[0];
    const head = l.headers.soa?.applicable?.[0];
    if (!yes || !head) return;
    const rows = CONTROLS.slice(0, 5).map((c) => [`A.${c.id}`, c.title, yes]);
    const r = importWorkbook(workbook({ rows: [['Control ID', 'Control', head], ...rows] }));
    expect(
      r.tables.tblSoA?.every((x) => x.Applicable === 'Yes'),
      l.code,
    ).toBe(true);
  });
});
