/**
 * Runs the import on every file of the public corpus (../shared/corpus, read at test time, never
 * copied into the project) and checks what a careful person would: kind, counts, numbering,
 * mapped columns and migrated ids. Files that do not import as data are listed in docs/import.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBlank, type Finding, type WorkbookSnapshot } from '../../shared';
import { importWorkbook } from '../../shared/import/import-workbook';
import { originalSheetGrid } from '../../shared/import/original-sheet';
import type { ImportResult, SheetImport } from '../../shared/import/types';
import { readWorkbookInput } from '../../functions/xlsx/read-file';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const present = existsSync(corpus);

type Loaded = {
  snapshot: WorkbookSnapshot;
  readFindings: readonly Finding[];
  result: ImportResult;
};
const loaded = new Map<string, Loaded>();

async function load(file: string): Promise<Loaded> {
  let l = loaded.get(file);
  if (!l) {
    const input = await readWorkbookInput(path.join(corpus, file));
    l = {
      snapshot: input.snapshot,
      readFindings: input.findings,
      result: importWorkbook(input.snapshot),
    };
    loaded.set(file, l);
  }
  return l;
}

const sheetOf = (r: ImportResult, name: string): SheetImport => {
  const s = r.sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const fieldAt = (s: SheetImport, field: string) => s.columns.find((c) => c.field === field)?.column;
const rows = (r: ImportResult, t: 'tblRisks' | 'tblSoA' | 'tblAssets' | 'tblClauses') =>
  r.tables[t] ?? [];
const byId = (r: ImportResult, id: string) => rows(r, 'tblSoA').find((x) => x['Control ID'] === id);

describe.skipIf(!present)('corpus import', () => {
  const files = present ? readdirSync(corpus).filter((f) => /\.(xlsx|csv)$/.test(f)) : [];

  beforeAll(async () => {
    for (const f of files) await load(f);
  });

  it('imports every corpus file or explains it, keeping every non-empty source cell in an original sheet', async () => {
    expect(files.length).toBe(23);
    for (const f of files) {
      const { snapshot, result } = await load(f);
      expect(result.sheets.length, f).toBe(snapshot.sheets.length);
      for (const s of snapshot.sheets) {
        const kept = originalSheetGrid(s)
          .rows.flat()
          .filter((c) => !isBlank(c)).length;
        expect(kept, `${f} / ${s.name}`).toBe(s.rows.flat().filter((c) => !isBlank(c)).length);
      }
    }
  });

  it('soa_en_2005 (ISO27k toolkit): 2005 numbering, controls matched to 2013 by title and migrated', async () => {
    const { result: r } = await load('soa_en_2005_iso27k-toolkit_esbpii.xlsx');
    const s = sheetOf(r, 'SOA');
    expect(s).toMatchObject({ kind: 'soa', edition: '2005', headerRows: [6, 7, 8] });
    expect(fieldAt(s, 'id')).toBe('C');
    expect(fieldAt(s, 'justification')).toBe('F');
    expect(r.migrations.length).toBeGreaterThanOrEqual(100);
    expect(r.migrations.find((m) => m.from === '6.1.5')?.to).toEqual(['A.6.6']);
    expect(r.dropped.some((d) => /control objective 5\.1 \(2005/.test(d.reason))).toBe(true);
    expect(sheetOf(r, 'Intro & copyright').kind).toBe('other');
  });

  it('soa_el_2013 (Greek): 114 controls of 2013 migrated into 82 controls of 2022, the 11 new ones missing', async () => {
    const { result: r } = await load('soa_el_2013_greek_chbandis.xlsx');
    const s = r.sheets[0];
    expect(s).toMatchObject({ kind: 'soa', edition: '2013', rowsOut: 82 });
    expect(fieldAt(s, 'applicable')).toBe('E');
    expect(r.migrations).toHaveLength(114);
    expect(r.migrations.find((m) => m.from === 'A.18.2.3')?.to).toEqual(['A.5.36', 'A.8.8']);
    expect(r.missingControls).toEqual([
      '5.7',
      '5.23',
      '5.30',
      '7.4',
      '8.9',
      '8.10',
      '8.11',
      '8.12',
      '8.16',
      '8.23',
      '8.28',
    ]);
    expect(byId(r, 'A.5.1')?.Applicable).toBe('Yes');
  });

  it('soa_fr_2022_dda: 93 controls with OUI/NON, the cover sheet left as it is', async () => {
    const { result: r } = await load('soa_fr_2022_dda_pfe.xlsx');
    const s = sheetOf(r, 'DDA');
    expect(s).toMatchObject({ kind: 'soa', edition: '2022', rowsOut: 93, headerRows: [4] });
    expect(fieldAt(s, 'applicable')).toBe('C');
    expect(fieldAt(s, 'status')).toBe('F');
    const soa = rows(r, 'tblSoA');
    expect(soa.filter((x) => x.Applicable === 'Yes')).toHaveLength(87);
    expect(soa.filter((x) => x.Applicable === 'No')).toHaveLength(6);
    expect(r.missingControls).toEqual([]);
    expect(sheetOf(r, 'Contrôle du doucument').kind).toBe('other');
  });

  it('soa_fr_invalid-numbering: explains the mix of 2013 ids and 2022 themes', async () => {
    const { result: r } = await load('soa_fr_invalid-numbering_pfe.xlsx');
    const s = r.sheets[0];
    expect(s).toMatchObject({ kind: 'soa', edition: 'mixed', sourceRows: 9 });
    expect(s.explanation).toMatch(/2013 Annex A numbering.*2022 themes/);
    expect(r.findings.map((f) => f.rule)).toContain('IMPORT-MIXED-NUMBERING');
    expect(r.migrations.find((m) => m.from === 'A.6.2.2')?.to).toEqual(['A.6.7']);
  });

  it('soa_en_2022_novacrest: 93 controls, the dashboard extract not imported twice', async () => {
    const { result: r } = await load('soa_en_2022_novacrest.xlsx');
    const s = sheetOf(r, 'Statement of Applicability');
    expect(s).toMatchObject({ kind: 'soa', edition: '2022', rowsOut: 93, headerRows: [3] });
    expect([
      fieldAt(s, 'id'),
      fieldAt(s, 'applicable'),
      fieldAt(s, 'status'),
      fieldAt(s, 'owner'),
    ]).toEqual(['A', 'C', 'E', 'F']);
    expect(rows(r, 'tblSoA')).toHaveLength(93);
    expect(sheetOf(r, 'SoA Summary Dashboard').kind).toBe('other');
    expect(byId(r, 'A.5.3')?.['Implementation Status']).toBe('Partially implemented');
  });

  it('soa_en_empty-template_huge-range (A1:XFC308): an empty SoA, quickly', async () => {
    const { result: r } = await load('soa_en_empty-template_huge-range_azrael.xlsx');
    const s = sheetOf(r, 'SOA');
    expect(s).toMatchObject({ kind: 'soa', rowsOut: 0, headerRows: [3] });
    expect(s.explanation).toMatch(/no data rows/);
    expect(fieldAt(s, 'justification')).toBe('E');
  });

  it('soa_en/de_2022_cenedril.csv: 93 controls each, the malformed English row reported', async () => {
    const en = await load('soa_en_2022_cenedril.csv');
    const de = await load('soa_de_2022_cenedril.csv');
    expect(rows(en.result, 'tblSoA')).toHaveLength(93);
    expect(rows(de.result, 'tblSoA')).toHaveLength(93);
    expect(en.readFindings).toMatchObject([{ rule: 'CSV-MALFORMED-ROW', row: 72 }]);
    expect(byId(en.result, 'A.8.12')).toBeDefined();
    expect(fieldAt(de.result.sheets[0], 'applicable')).toBe('D');
    expect(byId(de.result, 'A.5.1')).toMatchObject({
      Applicable: 'Yes',
      'Implementation Status': 'Implemented',
    });
  });

  it('risk_en_2022_excel-table_ariel: 10 risks with their control lists; the legend sheet is not data', async () => {
    const { result: r } = await load('risk_en_2022_excel-table_ariel.xlsx');
    const s = sheetOf(r, 'Risk Register');
    expect(s).toMatchObject({ kind: 'risks', rowsOut: 10 });
    expect(fieldAt(s, 'controls')).toBe('Y');
    expect(fieldAt(s, 'inherentRating')).toBe('H');
    expect(rows(r, 'tblRisks')[0]).toMatchObject({
      'Risk ID': 'R-001',
      Likelihood: 5,
      Impact: 5,
      'Annex A Controls': 'A.5.15, A.5.16',
    });
    expect(sheetOf(r, 'Legend & Methodology').kind).toBe('other');
  });

  it('risk_en_2022_novacrest: 22 risks under two title rows', async () => {
    const { result: r } = await load('risk_en_2022_novacrest.xlsx');
    const s = sheetOf(r, 'Risk Register');
    expect(s).toMatchObject({ kind: 'risks', rowsOut: 22, headerRows: [3] });
    expect([
      fieldAt(s, 'likelihood'),
      fieldAt(s, 'impact'),
      fieldAt(s, 'residualLikelihood'),
      fieldAt(s, 'residualScore'),
    ]).toEqual(['E', 'F', 'J', 'L']);
    expect(sheetOf(r, 'Risk Scoring Guide').kind).toBe('other');
  });

  it('risk_en_2022_two-row-header_medsecure: 10 risks, Threat / Probability read as likelihood, free-text controls normalised', async () => {
    const { result: r } = await load('risk_en_2022_two-row-header_medsecure.xlsx');
    const s = r.sheets[0];
    expect(s).toMatchObject({ kind: 'risks', rowsOut: 10, headerRows: [2, 3] });
    expect(s.columns.find((c) => c.field === 'likelihood')).toMatchObject({
      column: 'I',
      header: 'Threat / Probability',
    });
    expect(rows(r, 'tblRisks')[0]['Annex A Controls']).toBe('A.7.1, A.7.2, A.7.3, A.7.4');
  });

  it('risk_en_iso27k-ra-v3: 16 risks, formula-only rows treated as empty, merged assets filled down', async () => {
    const { result: r } = await load('risk_en_iso27k-ra-v3_esbpii.xlsx');
    const s = sheetOf(r, 'RA worksheet v3');
    expect(s).toMatchObject({ kind: 'risks', rowsOut: 16 });
    expect(
      rows(r, 'tblRisks')
        .slice(0, 3)
        .map((x) => x['Asset IDs']),
    ).toEqual(['Database X', 'Database X', 'Database X']);
    expect(r.dropped.some((d) => /only formula results/.test(d.reason))).toBe(true);
    expect(sheetOf(r, 'Intro').kind).toBe('other');
  });

  it('risk_el_greek: 54 risks, stops before the legend below the data', async () => {
    const { result: r } = await load('risk_el_greek_chbandis.xlsx');
    const s = r.sheets[0];
    expect(s).toMatchObject({ kind: 'risks', rowsOut: 54 });
    expect([
      fieldAt(s, 'likelihood'),
      fieldAt(s, 'impact'),
      fieldAt(s, 'residualLikelihood'),
    ]).toEqual(['G', 'H', 'K']);
    expect(r.dropped.some((d) => d.rows?.[0] === 61 && /legend/.test(d.reason))).toBe(true);
    expect(rows(r, 'tblRisks')[53]['Risk ID']).toBe('54');
  });

  it('risk_en/de_cenedril.csv: 7 risks each, impact from the max column, German treatment normalised', async () => {
    const en = await load('risk_en_cenedril.csv');
    const de = await load('risk_de_cenedril.csv');
    expect(rows(en.result, 'tblRisks')).toHaveLength(7);
    expect(rows(de.result, 'tblRisks')).toHaveLength(7);
    expect(fieldAt(en.result.sheets[0], 'impact')).toBe('N');
    expect(fieldAt(de.result.sheets[0], 'impact')).toBe('N');
    expect(rows(de.result, 'tblRisks')[0]).toMatchObject({ Treatment: 'Modify', Status: 'Open' });
  });

  it('asset inventories: 18 (CSV) and 19 (French, merged cells) assets; vertical key/value blocks explained', async () => {
    expect(rows((await load('assets_en_cenedril.csv')).result, 'tblAssets')).toHaveLength(18);
    const fr = (await load('assets_fr_merged-cells_ext-links_pfe.xlsx')).result;
    expect(rows(fr, 'tblAssets')).toHaveLength(19);
    expect(rows(fr, 'tblAssets')[0]).toMatchObject({
      Availability: 4,
      Integrity: 2,
      Confidentiality: 2,
    });
    const blocks = (await load('assets_en_vertical-blocks_esbpii.xlsx')).result;
    expect(blocks.sheets.every((s) => s.kind === 'other')).toBe(true);
    expect(sheetOf(blocks, 'Digital Asset').explanation).toMatch(/vertical block/);
  });

  it('checklist_en_2013-domains_emoji: domain-level statuses explained, not spread over controls', async () => {
    const { result: r } = await load('checklist_en_2013-domains_emoji_aiswarya.xlsx');
    expect(sheetOf(r, 'ISO27001')).toMatchObject({ kind: 'soa', rowsOut: 0 });
    expect(sheetOf(r, 'ISO27001').explanation).toMatch(/8 ISO\/IEC 27001:2013 domains/);
    expect(r.notes.some((n) => /A\.9 Access control: Partially implemented/.test(n.message))).toBe(
      true,
    );
    expect([sheetOf(r, 'GDPR').kind, sheetOf(r, 'PCI DSS').kind]).toEqual(['other', 'other']);
  });

  it('gap_en_clauses4-8: a clause checklist from 4.1 to 8.3, combined cells split, placeholders blank', async () => {
    const { result: r } = await load('gap_en_clauses4-8_prachi.xlsx');
    const s = r.sheets[0];
    expect(s).toMatchObject({ kind: 'clauses', sourceRows: 14 });
    expect(fieldAt(s, 'id')).toBe('B');
    const ids = rows(r, 'tblClauses').map((c) => c.Clause);
    expect(ids[0]).toBe('4.1');
    expect(ids).toContain('7.5');
    expect(ids.at(-1)).toBe('8.3');
    expect(rows(r, 'tblClauses').every((c) => c.Status === null)).toBe(true);
  });

  it('isms_pt_2022_multi-register: assets, a four-row-header risk register and a partial SoA', async () => {
    const { result: r } = await load('isms_pt_2022_multi-register_clara.xlsx');
    expect(sheetOf(r, 'Folha1')).toMatchObject({ kind: 'assets', rowsOut: 10 });
    expect(sheetOf(r, 'Folha2').kind).toBe('other');
    expect(sheetOf(r, 'Folha6')).toMatchObject({
      kind: 'risks',
      rowsOut: 30,
      headerRows: [1, 2, 3, 4],
    });
    expect(sheetOf(r, 'Folha3')).toMatchObject({ kind: 'soa', rowsOut: 25, edition: '2022' });
    expect(rows(r, 'tblRisks')[0]).toMatchObject({
      'Asset IDs': '001/25',
      Likelihood: 3,
      Impact: 4,
    });
    expect(String(rows(r, 'tblRisks')[0]['Annex A Controls'])).toMatch(/^A\.6\.3\b/);
  });

  it('leaves the reference catalogue and the mixed clause/control gap note as originals only', async () => {
    const ref = (await load('reference_multilang_iso27001-2022_ciso-assistant.xlsx')).result;
    expect(ref.sheets.every((s) => s.kind === 'other')).toBe(true);
    const gap = (await load('gap_en_2022_clause-control-mixed_medsecure.xlsx')).result;
    expect(gap.sheets.map((s) => s.kind)).toEqual(['other']);
  });
});
