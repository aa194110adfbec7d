/**
 * A small non-canonical risk register in French, as a client might keep it: a title row merged
 * across the table, headers on row 3 ("Probabilité", "Impact", "Propriétaire"…), 2013 Annex A
 * references, a column the import cannot place, and a notes sheet. Written with exceljs.
 */
import ExcelJS from 'exceljs';

export const FRENCH_NAME = 'registre-des-risques.xlsx';
export const FRENCH_SHEET = 'Registre des risques';

export const FRENCH_HEADERS = [
  'N°',
  'Actif',
  'Menace',
  'Description du risque',
  'Propriétaire',
  'Probabilité',
  'Impact',
  'Traitement',
  'Mesures Annexe A',
  'Couleur',
] as const;

export const FRENCH_ROWS: readonly (readonly (string | number | null)[])[] = [
  [
    'R-01',
    'Serveur de fichiers',
    'Rançongiciel',
    'Chiffrement des partages par un rançongiciel',
    'DSI',
    4,
    5,
    'Réduire',
    'A.12.3.1, A.12.6.1',
    'rouge',
  ],
  [
    'R-02',
    'Portables',
    'Vol',
    'Vol d’un portable non chiffré',
    'Responsable IT',
    3,
    4,
    'Réduire',
    'A.8.3.1',
    'orange',
  ],
  [
    'R-03',
    'Messagerie',
    'Hameçonnage',
    'Hameçonnage des comptables',
    'DAF',
    4,
    3,
    'Réduire',
    'A.7.2.2',
    'orange',
  ],
  [
    'R-04',
    'Site web',
    'Défiguration',
    'Défiguration du site vitrine',
    'Communication',
    2,
    2,
    'Accepter',
    null,
    'vert',
  ],
];

export async function writeFrenchRegister(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(FRENCH_SHEET);
  ws.getCell('A1').value = 'Registre des risques — Acme SAS (2024)';
  ws.mergeCells(1, 1, 1, FRENCH_HEADERS.length);
  ws.getRow(3).values = [...FRENCH_HEADERS];
  FRENCH_ROWS.forEach((r, i) => (ws.getRow(4 + i).values = [...r]));
  const notes = wb.addWorksheet('Notes');
  notes.getCell('A1').value = 'Échelle : 1 (rare) à 5 (quasi certain)';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
