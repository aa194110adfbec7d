/**
 * The canonical ISMS workbook (PRODUCT.md): sheet names, table names and column headers. These
 * names are a public contract — users' formulas and scripts refer to them — so change none.
 * The template writer, the office-js setup, the parser and the importer all read them from here.
 */

export type ColumnDef = {
  /** Field key in the model (`riskOwner` → Risk.owner is mapped in the parser). */
  readonly key: string;
  /** Header text in the table. */
  readonly header: string;
  /** Column computed by a native formula (the add-in owns it; users should not type over it). */
  readonly formula?: boolean;
  /** Values come from a list (data validation), named in `LISTS`. */
  readonly list?: keyof typeof LISTS;
  readonly kind?: 'text' | 'number' | 'date';
  /** Suggested width in characters. */
  readonly width?: number;
};

export type TableDef = {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly ColumnDef[];
};

/** Enumerated values offered in list validations (first item is the canonical spelling). */
export const LISTS = {
  treatment: ['Modify', 'Retain', 'Avoid', 'Share'],
  riskStatus: ['Open', 'In treatment', 'Treated', 'Accepted', 'Closed'],
  yesNo: ['Yes', 'No'],
  implementation: ['Implemented', 'Partially implemented', 'Planned', 'Not implemented'],
  clauseStatus: ['Conformant', 'Partial', 'Nonconformant', 'Not assessed'],
  findingSource: [
    'Internal audit',
    'Stage 1',
    'Stage 2',
    'Surveillance',
    'Management review',
    'Incident',
  ],
  findingType: ['Major NC', 'Minor NC', 'Observation', 'Opportunity for improvement'],
  theme: ['Organizational', 'People', 'Physical', 'Technological'],
  scoreFormula: ['Product', 'Sum', 'Matrix'],
  actionStatus: ['Not started', 'In progress', 'Done', 'Cancelled'],
  objectiveStatus: ['Not started', 'On track', 'At risk', 'Achieved', 'Missed'],
  milestoneStatus: ['Planned', 'In progress', 'Done', 'Skipped'],
  documentKind: ['Document', 'Record', 'Policy'],
} as const;

export const RISKS: TableDef = {
  sheet: 'Risks',
  table: 'tblRisks',
  columns: [
    { key: 'id', header: 'Risk ID', width: 10 },
    { key: 'assetIds', header: 'Asset IDs', width: 14 },
    { key: 'threat', header: 'Threat', width: 28 },
    { key: 'vulnerability', header: 'Vulnerability', width: 28 },
    { key: 'description', header: 'Description', width: 40 },
    { key: 'owner', header: 'Risk Owner', width: 18 },
    { key: 'likelihood', header: 'Likelihood', kind: 'number', width: 11 },
    { key: 'impact', header: 'Impact', kind: 'number', width: 9 },
    { key: 'inherentScore', header: 'Inherent Score', formula: true, kind: 'number', width: 10 },
    { key: 'inherentRating', header: 'Inherent Rating', formula: true, width: 12 },
    { key: 'existingControls', header: 'Existing Controls', width: 28 },
    { key: 'treatment', header: 'Treatment', list: 'treatment', width: 12 },
    { key: 'treatmentPlan', header: 'Treatment Plan', width: 36 },
    { key: 'controls', header: 'Annex A Controls', width: 18 },
    { key: 'actionOwner', header: 'Action Owner', width: 18 },
    { key: 'dueDate', header: 'Due Date', kind: 'date', width: 12 },
    { key: 'status', header: 'Status', list: 'riskStatus', width: 13 },
    { key: 'residualLikelihood', header: 'Residual Likelihood', kind: 'number', width: 11 },
    { key: 'residualImpact', header: 'Residual Impact', kind: 'number', width: 10 },
    { key: 'residualScore', header: 'Residual Score', formula: true, kind: 'number', width: 10 },
    { key: 'residualRating', header: 'Residual Rating', formula: true, width: 12 },
    { key: 'acceptedBy', header: 'Accepted By', width: 18 },
    { key: 'acceptanceDate', header: 'Acceptance Date', kind: 'date', width: 12 },
    { key: 'lastReviewed', header: 'Last Reviewed', kind: 'date', width: 12 },
  ],
};

export const SOA: TableDef = {
  sheet: 'SoA',
  table: 'tblSoA',
  columns: [
    { key: 'id', header: 'Control ID', width: 10 },
    { key: 'title', header: 'Control Title', width: 44 },
    { key: 'theme', header: 'Theme', list: 'theme', width: 14 },
    { key: 'applicable', header: 'Applicable', list: 'yesNo', width: 11 },
    { key: 'justification', header: 'Justification', width: 40 },
    { key: 'status', header: 'Implementation Status', list: 'implementation', width: 20 },
    { key: 'howImplemented', header: 'How Implemented', width: 36 },
    { key: 'evidence', header: 'Evidence', width: 28 },
    { key: 'owner', header: 'Control Owner', width: 18 },
    { key: 'linkedRisks', header: 'Linked Risks', width: 16 },
    { key: 'lastReviewed', header: 'Last Reviewed', kind: 'date', width: 12 },
  ],
};

export const ASSETS: TableDef = {
  sheet: 'Assets',
  table: 'tblAssets',
  columns: [
    { key: 'id', header: 'Asset ID', width: 10 },
    { key: 'name', header: 'Asset Name', width: 28 },
    { key: 'type', header: 'Type', width: 16 },
    { key: 'owner', header: 'Owner', width: 18 },
    { key: 'location', header: 'Location', width: 18 },
    { key: 'classification', header: 'Classification', width: 16 },
    { key: 'confidentiality', header: 'Confidentiality', kind: 'number', width: 10 },
    { key: 'integrity', header: 'Integrity', kind: 'number', width: 10 },
    { key: 'availability', header: 'Availability', kind: 'number', width: 10 },
  ],
};

export const CLAUSES_TABLE: TableDef = {
  sheet: 'Clauses',
  table: 'tblClauses',
  columns: [
    { key: 'id', header: 'Clause', width: 9 },
    { key: 'title', header: 'Title', width: 44 },
    { key: 'status', header: 'Status', list: 'clauseStatus', width: 15 },
    { key: 'evidence', header: 'Documented Information / Evidence', width: 40 },
    { key: 'owner', header: 'Owner', width: 18 },
    { key: 'notes', header: 'Notes', width: 36 },
  ],
};

export const FINDINGS_TABLE: TableDef = {
  sheet: 'Findings',
  table: 'tblFindings',
  columns: [
    { key: 'id', header: 'Finding ID', width: 10 },
    { key: 'source', header: 'Source', list: 'findingSource', width: 16 },
    { key: 'type', header: 'Type', list: 'findingType', width: 14 },
    { key: 'reference', header: 'Clause or Control', width: 12 },
    { key: 'description', header: 'Description', width: 40 },
    { key: 'rootCause', header: 'Root Cause', width: 28 },
    { key: 'correctiveAction', header: 'Corrective Action', width: 32 },
    { key: 'owner', header: 'Owner', width: 18 },
    { key: 'raised', header: 'Raised', kind: 'date', width: 12 },
    { key: 'due', header: 'Due', kind: 'date', width: 12 },
    { key: 'closed', header: 'Closed', kind: 'date', width: 12 },
    { key: 'effectivenessVerified', header: 'Effectiveness Verified', list: 'yesNo', width: 12 },
  ],
};

/** Documented information (7.5): the mandatory documents and records of the reference, plus policies. */
export const DOCUMENTS_TABLE: TableDef = {
  sheet: 'Documents',
  table: 'tblDocuments',
  columns: [
    { key: 'id', header: 'Document ID', width: 11 },
    { key: 'title', header: 'Title', width: 44 },
    { key: 'clause', header: 'Clause', width: 10 },
    { key: 'kind', header: 'Kind', list: 'documentKind', width: 11 },
    { key: 'version', header: 'Version', width: 9 },
    { key: 'owner', header: 'Owner', width: 18 },
    { key: 'approvedBy', header: 'Approved By', width: 18 },
    { key: 'approvalDate', header: 'Approval Date', kind: 'date', width: 12 },
    { key: 'nextReview', header: 'Next Review', kind: 'date', width: 12 },
    { key: 'location', header: 'Location', width: 32 },
  ],
};

/** Information security objectives (6.2). */
export const OBJECTIVES_TABLE: TableDef = {
  sheet: 'Objectives',
  table: 'tblObjectives',
  columns: [
    { key: 'id', header: 'Objective ID', width: 11 },
    { key: 'objective', header: 'Objective', width: 40 },
    { key: 'measure', header: 'Measure', width: 30 },
    { key: 'target', header: 'Target', width: 14 },
    { key: 'actual', header: 'Actual', width: 14 },
    { key: 'owner', header: 'Owner', width: 18 },
    { key: 'due', header: 'Due', kind: 'date', width: 12 },
    { key: 'status', header: 'Status', list: 'objectiveStatus', width: 13 },
  ],
};

/** Management reviews (9.3): one row per input covered or decision taken at a meeting. */
export const REVIEWS_TABLE: TableDef = {
  sheet: 'Reviews',
  table: 'tblReviews',
  columns: [
    { key: 'meetingDate', header: 'Meeting Date', kind: 'date', width: 12 },
    { key: 'attendees', header: 'Attendees', width: 30 },
    { key: 'input', header: 'Input Covered', width: 30 },
    { key: 'decision', header: 'Decision or Action', width: 40 },
    { key: 'owner', header: 'Owner', width: 18 },
    { key: 'due', header: 'Due', kind: 'date', width: 12 },
    { key: 'status', header: 'Status', list: 'actionStatus', width: 13 },
  ],
};

/** The certification cycle: milestones from kickoff to recertification. */
export const CERTIFICATION_TABLE: TableDef = {
  sheet: 'Certification',
  table: 'tblCertification',
  columns: [
    { key: 'milestone', header: 'Milestone', width: 28 },
    { key: 'planned', header: 'Planned Date', kind: 'date', width: 12 },
    { key: 'actual', header: 'Actual Date', kind: 'date', width: 12 },
    { key: 'status', header: 'Status', list: 'milestoneStatus', width: 12 },
    { key: 'body', header: 'Certification Body', width: 22 },
    { key: 'auditor', header: 'Auditor', width: 18 },
    { key: 'notes', header: 'Notes', width: 36 },
  ],
};

/** Methodology sheet: four small tables. */
export const METHODOLOGY_SHEET = 'Methodology';

export const LIKELIHOOD_TABLE: TableDef = {
  sheet: METHODOLOGY_SHEET,
  table: 'tblLikelihood',
  columns: [
    { key: 'level', header: 'Level', kind: 'number', width: 8 },
    { key: 'label', header: 'Label', width: 16 },
    { key: 'description', header: 'Description', width: 48 },
  ],
};

export const IMPACT_TABLE: TableDef = { ...LIKELIHOOD_TABLE, table: 'tblImpact' };

export const RATINGS_TABLE: TableDef = {
  sheet: METHODOLOGY_SHEET,
  table: 'tblRatings',
  columns: [
    { key: 'name', header: 'Rating', width: 12 },
    { key: 'min', header: 'Min Score', kind: 'number', width: 10 },
    { key: 'max', header: 'Max Score', kind: 'number', width: 10 },
    { key: 'color', header: 'Colour', width: 10 },
  ],
};

/**
 * Settings as key/value rows. Keys (column `Setting`): `Score formula` (Product | Sum | Matrix),
 * `Acceptance threshold` (a score; risks above it need acceptance).
 */
export const METHOD_TABLE: TableDef = {
  sheet: METHODOLOGY_SHEET,
  table: 'tblMethod',
  columns: [
    { key: 'setting', header: 'Setting', width: 22 },
    { key: 'value', header: 'Value', width: 14 },
  ],
};
export const METHOD_SETTINGS = {
  formula: 'Score formula',
  threshold: 'Acceptance threshold',
} as const;

/**
 * Score matrix for the `matrix` formula: column `Likelihood` holds the level, then one column per
 * impact level headed `I1` … `In`.
 */
export const MATRIX_TABLE_NAME = 'tblMatrix';

export const ALL_TABLES: readonly TableDef[] = [
  LIKELIHOOD_TABLE,
  IMPACT_TABLE,
  RATINGS_TABLE,
  METHOD_TABLE,
  ASSETS,
  RISKS,
  SOA,
  CLAUSES_TABLE,
  DOCUMENTS_TABLE,
  OBJECTIVES_TABLE,
  REVIEWS_TABLE,
  CERTIFICATION_TABLE,
  FINDINGS_TABLE,
];
