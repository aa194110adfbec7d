/**
 * Metamorphic tests built from the corpus at test time (../shared/corpus, never copied): every
 * importable sheet keeps its records, kind and mapped fields when a person moves the table,
 * reorders its columns, writes its headers in another language or adds a hint under each, or
 * pastes it twice. With every header replaced by an unknown word, the cells alone must still
 * find the kind and the scored columns. All in memory on snapshots (no xlsx round trips).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLetter, columnNumber } from '../../shared/grid/address';
import type { SheetSnapshot, WorkbookSnapshot } from '../../shared/grid/grid';
import { importWorkbook } from '../../shared/import/import-workbook';
import { LOCALES } from '../../shared/import/locales';
import { mapColumns } from '../../shared/import/match-header';
import type { TableKind } from '../../shared/import/kind-tables';
import type { SheetImport } from '../../shared/import/types';
import { readWorkbookInput } from '../../functions/xlsx/read-file';
import { renamed, shifted, shuffled, stacked } from './sheet-transforms';
import { lostCells } from './data-accounting';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(root, '../shared/corpus');
const present = existsSync(corpus);

type Case = { name: string; sheet: SheetSnapshot; base: SheetImport };

const cases: Case[] = [];
const workbooks: WorkbookSnapshot[] = [];

const one = (s: SheetSnapshot) =>
  importWorkbook({ name: 'm.xlsx', sheets: [s], tables: [] }).sheets[0];
const fields = (s: SheetImport, col: (letter: string) => string = (l) => l) =>
  s.columns.map((c) => `${col(c.column)}=${c.field}`).sort();
const SCORED = ['likelihood', 'impact', 'inherentScore'];

/** A header word of another language that maps to `field` alone (or null). */
function synonym(kind: TableKind, field: string, original: string): string | null {
  const group = { likelihood: '@likelihood', impact: '@impact', inherentScore: '@score' }[field];
  for (const l of [...LOCALES].reverse()) {
    for (const w of [
      ...(l.headers[kind]?.[field] ?? []),
      ...(group ? (l.headers[kind]?.[group] ?? []) : []),
    ]) {
      if (w.startsWith('=') || w === '#' || w.toLowerCase() === original.toLowerCase()) continue;
      const m = mapColumns([{ column: 'A', header: w }], kind).columns;
      if (m.length === 1 && m[0].field === field && m[0].confidence >= 0.9) return w;
    }
  }
  return null;
}

/** The lowest header-row text cell of each column: the one that names it. */
function namingCells(c: Case): Map<number, number> {
  const out = new Map<number, number>();
  const rows = c.sheet.rows;
  for (const r of c.base.headerRows)
    (rows[r - c.sheet.origin.row] ?? []).forEach((v, i) => {
      if (typeof v === 'string' && v.trim()) out.set(i + c.sheet.origin.col, r);
    });
  return out;
}

describe.skipIf(!present)('metamorphic import', () => {
  beforeAll(async () => {
    for (const f of readdirSync(corpus).filter((x) => /\.(xlsx|csv)$/.test(x))) {
      const { snapshot } = await readWorkbookInput(path.join(corpus, f));
      workbooks.push(snapshot);
      for (const sheet of snapshot.sheets) {
        const base = one(sheet);
        if (base.kind !== 'other' && base.rowsOut > 0)
          cases.push({ name: `${f} / ${sheet.name}`, sheet, base });
      }
    }
  });

  it('finds importable sheets in the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it('(a) survives shuffling the column order', () => {
    for (const c of cases) {
      const { sheet, colOf } = shuffled(c.sheet, 7);
      const s = one(sheet);
      expect([s.kind, s.rowsOut], c.name).toEqual([c.base.kind, c.base.rowsOut]);
      expect(fields(s), c.name).toEqual(
        fields(c.base, (l) => columnLetter(colOf(columnNumber(l)))),
      );
    }
  });

  it('(b) survives moving the table 7 rows down and 3 columns right', () => {
    for (const c of cases) {
      const s = one(shifted(c.sheet, 7, 3));
      expect([s.kind, s.rowsOut], c.name).toEqual([c.base.kind, c.base.rowsOut]);
      expect(fields(s), c.name).toEqual(fields(c.base, (l) => columnLetter(columnNumber(l) + 3)));
    }
  });

  it('(c) survives headers written in another supported language (unknown words where none fits)', () => {
    for (const c of cases) {
      const kind = c.base.kind as TableKind;
      const naming = namingCells(c);
      const fieldAt = new Map(c.base.columns.map((m) => [columnNumber(m.column), m.field]));
      const kept: string[] = [];
      let n = 0;
      const s = one(
        renamed(c.sheet, c.base.headerRows, (text, row, col) => {
          const f = fieldAt.get(col);
          const w = f && naming.get(col) === row ? synonym(kind, f, text) : null;
          if (w && f) kept.push(`${columnLetter(col)}=${f}`);
          return w ?? `Qzx${++n}`;
        }),
      );
      expect([s.kind, s.rowsOut], c.name).toEqual([c.base.kind, c.base.rowsOut]);
      expect(fields(s), c.name).toEqual(expect.arrayContaining(kept));
    }
  });

  it('(c) finds the kind and the scored columns from the cells when every header is unknown', () => {
    for (const c of cases) {
      let n = 0;
      const s = one(renamed(c.sheet, c.base.headerRows, () => `Qzx${++n}`));
      const scored = (x: SheetImport) =>
        x.columns
          .filter((m) => SCORED.includes(m.field))
          .map((m) => `${m.column}=${m.field}`)
          .sort();
      if (c.base.kind === 'assets') {
        // No content signal names an asset inventory: it is reported with its signals, not guessed.
        expect(s.kind === 'assets' || (s.kind === 'other' && s.explanation !== null), c.name).toBe(
          true,
        );
        continue;
      }
      expect([s.kind, s.rowsOut], c.name).toEqual([c.base.kind, c.base.rowsOut]);
      expect(scored(s), c.name).toEqual(scored(c.base));
    }
  });

  it('(d) survives a line-break hint under each header', () => {
    for (const c of cases) {
      const s = one(renamed(c.sheet, c.base.headerRows, (t) => `${t}\n(vyplňte prosím)`));
      expect([s.kind, s.rowsOut], c.name).toEqual([c.base.kind, c.base.rowsOut]);
      expect(fields(s), c.name).toEqual(fields(c.base));
    }
  });

  it('(e) survives being stacked twice on one sheet with a title between', () => {
    for (const c of cases) {
      const s = one(stacked(c.sheet, 'Second copy of the register'));
      const merged = c.base.kind === 'soa';
      expect([s.kind, s.rowsOut], c.name).toEqual([
        c.base.kind,
        merged ? c.base.rowsOut : 2 * c.base.rowsOut,
      ]);
      expect(fields(s), c.name).toEqual(fields(c.base));
    }
  });

  it('never loses a cell of a corpus workbook: each is mapped, in its original copy, or named', () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(20);
    for (const wb of workbooks) expect(lostCells(wb, importWorkbook(wb)), wb.name).toEqual([]);
  });

  it('never loses a cell in any variant (a)–(e)', () => {
    for (const c of cases) {
      let n = 0;
      const variants = [
        shuffled(c.sheet, 7).sheet,
        shifted(c.sheet, 7, 3),
        renamed(c.sheet, c.base.headerRows, () => `Qzx${++n}`),
        renamed(c.sheet, c.base.headerRows, (t) => `${t}\n(vyplňte prosím)`),
        stacked(c.sheet, 'Second copy of the register'),
      ];
      for (const [i, sheet] of variants.entries()) {
        const wb = { name: 'm.xlsx', sheets: [sheet], tables: [] };
        expect(lostCells(wb, importWorkbook(wb)), `${c.name} (${'abcde'[i]})`).toEqual([]);
      }
    }
  });
});
