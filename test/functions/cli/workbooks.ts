/**
 * Workbooks for the CLI tests, generated here: canonical ones through the template writer, a
 * cell typed over a formula by editing the sheet XML (as a user typing in Excel would leave it),
 * and unreadable files built byte by byte.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import {
  cleanClauses,
  cleanDocuments,
  cleanRisk,
  cleanSoa,
  type Row,
} from '../../support/snapshot';

export const tmp = (): string => mkdtempSync(join(tmpdir(), 'isms-cli-'));

export async function cleanWorkbook(dir: string, name = 'clean.xlsx'): Promise<string> {
  const bytes = await writeCanonicalWorkbook({
    rows: {
      tblRisks: [cleanRisk('R1'), cleanRisk('R2')],
      tblSoA: cleanSoa(),
      tblClauses: cleanClauses(),
      tblDocuments: cleanDocuments(),
    },
  });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export async function writeRows(path: string, rows: Record<string, readonly Row[]>): Promise<void> {
  // A workbook under test carries approved mandatory documents unless the test says otherwise.
  const withDocuments = { tblDocuments: cleanDocuments(), ...rows };
  writeFileSync(path, await writeCanonicalWorkbook({ rows: withDocuments, prefill: false }));
}

/** Replaces one cell of a sheet with a plain number, dropping its formula. */
export function typeOver(bytes: Uint8Array, sheet: string, ref: string, value: number): Uint8Array {
  const parts = unzipSync(bytes);
  const sheetPart = sheetPartOf(parts, sheet);
  const xml = strFromU8(parts[sheetPart]);
  const cell = new RegExp(`<c r="${ref}"(?:[^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  if (!cell.test(xml)) throw new Error(`no cell ${ref} in ${sheetPart}`);
  parts[sheetPart] = strToU8(xml.replace(cell, `<c r="${ref}"><v>${value}</v></c>`));
  return zipSync(parts);
}

/** The start of an OLE2 compound file whose directory names the encryption streams. */
export function encryptedBytes(): Uint8Array {
  const b = new Uint8Array(1536);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 512;
  for (const name of ['Root Entry', 'EncryptionInfo', 'EncryptedPackage']) {
    for (const ch of name) {
      b[at] = ch.charCodeAt(0);
      at += 2;
    }
    at = 512 + Math.ceil((at - 512 + 1) / 128) * 128;
  }
  return b;
}

/** The zip path of a sheet, through workbook.xml and its relationships. */
function sheetPartOf(parts: Record<string, Uint8Array>, sheet: string): string {
  const wb = strFromU8(parts['xl/workbook.xml']);
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}
