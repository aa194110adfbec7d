/** A small French risk register as a one-sheet snapshot (what the pane reads), for the review tests. */
import type { WorkbookSnapshot } from '../../../shared/grid/grid';

export const REGISTER: WorkbookSnapshot = {
  name: 'registre.xlsx',
  sheets: [
    {
      name: 'Registre',
      origin: { row: 1, col: 1 },
      merges: ['A1:I1'],
      rows: [
        ['Registre des risques — Acme SAS'],
        [],
        ['N°', 'Actif', 'Menace', 'Description', 'Propriétaire', 'Probabilité', 'Impact', 'Traitement', 'Mesures Annexe A', 'Couleur'],
        ['R-01', 'Serveur', 'Rançongiciel', 'Chiffrement des partages', 'DSI', 4, 5, 'Réduire', 'A.12.6.1', 'rouge'],
        ['R-02', 'Portables', 'Vol', 'Vol d’un portable', 'IT', 3, 4, 'Réduire', 'A.8.3.1', 'orange'],
        ['R-03', 'Site web', 'Défiguration', 'Défiguration du site', 'Com', 2, 2, 'Accepter', null, 'vert'],
      ],
    },
  ],
  tables: [],
};
