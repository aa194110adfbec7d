/**
 * WorkbookSnapshot → IsmsWorkbook. Each canonical table is found by its Excel Table name, else on
 * its canonical sheet by a matching header row (CSV or other tools' exports of a canonical
 * workbook). A table missing a column its requirement needs is reported as WB-MISSING-COLUMN.
 */
import type { WorkbookSnapshot } from '../grid/grid';
import type { IsmsWorkbook } from '../model/types';
import type { Finding } from '../validation/finding';
import { makeFinding } from '../validation/make-finding';
import { PARSE } from '../validation/messages';
import {
  ASSETS,
  CERTIFICATION_TABLE,
  CLAUSES_TABLE,
  DOCUMENTS_TABLE,
  FINDINGS_TABLE,
  OBJECTIVES_TABLE,
  REVIEWS_TABLE,
  RISKS,
  SOA,
  type TableDef,
} from './canonical';
import { normalizeHeader } from './header-match';
import { parseMethodology } from './parse-methodology';
import {
  parseAssets,
  parseAuditFindings,
  parseClauses,
  parseDocuments,
  parseMilestones,
  parseObjectives,
  parseReviews,
} from './parse-registers';
import { parseRisks } from './parse-risks';
import { parseSoa } from './parse-soa';
import { readTable, type TableData } from './table-rows';

/** Columns without which a table cannot be judged; inner arrays are alternatives. */
const REQUIRED: Readonly<Record<string, readonly (readonly string[])[]>> = {
  tblRisks: [
    ['Risk ID'],
    ['Threat', 'Description'],
    ['Risk Owner'],
    ['Likelihood'],
    ['Impact'],
    ['Treatment'],
  ],
  tblSoA: [['Control ID'], ['Applicable'], ['Justification'], ['Implementation Status']],
  tblAssets: [['Asset ID']],
  tblClauses: [['Clause'], ['Status']],
  tblFindings: [['Finding ID'], ['Type']],
  tblDocuments: [['Title']],
  tblObjectives: [['Objective']],
  tblReviews: [['Meeting Date']],
  tblCertification: [['Milestone'], ['Planned Date']],
  tblLikelihood: [['Level'], ['Label']],
  tblImpact: [['Level'], ['Label']],
  tblRatings: [['Rating'], ['Min Score'], ['Max Score'], ['Colour']],
  tblMethod: [['Setting'], ['Value']],
};

function missingColumns(workbook: string, t: TableData): Finding[] {
  const have = new Set(t.headers.map((h) => normalizeHeader(h)));
  const out: Finding[] = [];
  for (const alternatives of REQUIRED[t.table] ?? []) {
    if (alternatives.some((h) => have.has(normalizeHeader(h)))) continue;
    const where = { workbook, sheet: t.sheet, cell: null, row: t.headerRow };
    out.push(
      makeFinding(
        'WB-MISSING-COLUMN',
        where,
        PARSE.missingColumn(t.table, t.sheet, alternatives.join('" or "')),
      ),
    );
  }
  return out;
}

function read(snapshot: WorkbookSnapshot, def: TableDef): TableData | null {
  return readTable(snapshot, def);
}

/**
 * Reads the canonical tables of one workbook. Parts the workbook lacks are null; problems with the
 * structure (missing columns, unreadable methodology values) come back as findings.
 */
export function parseWorkbook(snapshot: WorkbookSnapshot): {
  workbook: IsmsWorkbook;
  findings: Finding[];
} {
  const meth = parseMethodology(snapshot);
  const tables = {
    assets: read(snapshot, ASSETS),
    risks: read(snapshot, RISKS),
    soa: read(snapshot, SOA),
    clauses: read(snapshot, CLAUSES_TABLE),
    findings: read(snapshot, FINDINGS_TABLE),
    documents: read(snapshot, DOCUMENTS_TABLE),
    objectives: read(snapshot, OBJECTIVES_TABLE),
    reviews: read(snapshot, REVIEWS_TABLE),
    certification: read(snapshot, CERTIFICATION_TABLE),
  };
  const all = [...meth.tables, ...Object.values(tables)].filter((t): t is TableData => t !== null);
  const findings = [...all.flatMap((t) => missingColumns(snapshot.name, t)), ...meth.findings];
  const workbook: IsmsWorkbook = {
    name: snapshot.name,
    methodology: meth.methodology,
    methodologySheet: meth.sheet,
    assets: tables.assets && parseAssets(tables.assets),
    risks: tables.risks && parseRisks(tables.risks),
    soa: tables.soa && parseSoa(tables.soa),
    clauses: tables.clauses && parseClauses(tables.clauses),
    auditFindings: tables.findings && parseAuditFindings(tables.findings),
    documents: tables.documents && parseDocuments(tables.documents),
    objectives: tables.objectives && parseObjectives(tables.objectives),
    reviews: tables.reviews && parseReviews(tables.reviews),
    certification: tables.certification && parseMilestones(tables.certification),
  };
  return { workbook, findings };
}
