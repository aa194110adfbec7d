/**
 * Every user-facing sentence of the validation core, in auditor language, each citing the
 * ISO/IEC 27001:2022 clause (or Annex A control) it rests on. Nothing else in shared/ writes text.
 */
import type { Control } from '../catalog/controls';

const STD = 'ISO/IEC 27001:2022';

/** `A.5.15 Access control`. */
export function controlName(c: Pick<Control, 'id' | 'title'>): string {
  return `A.${c.id} ${c.title}`;
}

/** `Risk R-7` or `The risk in row 12`. */
export function riskLabel(id: string | null, row: number): string {
  return id ? `Risk ${id}` : `The risk in row ${row}`;
}

function list(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const TABLE_CLAUSE: Readonly<Record<string, string>> = {
  tblRisks: '6.1.2',
  tblSoA: '6.1.3 d)',
  tblAssets: 'A.5.9',
  tblClauses: '4 to 10',
  tblFindings: '10.2',
  tblObjectives: '6.2',
  tblReviews: '9.3',
};

export const PARSE = {
  missingColumn: (table: string, sheet: string, header: string) =>
    `Table ${table} on sheet "${sheet}" has no "${header}" column, so the information ` +
    `${STD} ${TABLE_CLAUSE[table] ?? '6.1.2'} requires cannot be read or checked.`,
  noTables: () =>
    'No ISMS tables were found (tblRisks, tblSoA, tblAssets, tblClauses, tblFindings or the ' +
    'Methodology tables), so nothing in this workbook could be checked; a register or SoA in ' +
    'another layout must be converted first (isms import, or Convert in the add-in; the original ' +
    `sheets are kept) to show the risk assessment and SoA ${STD} 6.1.2 and 6.1.3 d) require.`,
};

export const METH = {
  missing: () =>
    `Risks are recorded but no risk assessment methodology is documented (Methodology sheet: ` +
    `likelihood and impact scales, rating bands, acceptance threshold); ${STD} 6.1.2 a) and b) ` +
    `require risk acceptance criteria and a method giving consistent, valid and comparable results.`,
  invalid: (detail: string) => `The risk methodology is not usable: ${detail} (${STD} 6.1.2 b).`,
  scaleSize: (scale: string, n: number) => `the ${scale} scale has ${n} level(s); use 3 to 10`,
  scaleLevels: (scale: string, n: number, found: readonly number[]) =>
    `the ${scale} scale levels must be 1 to ${n}, each once (found ${found.join(', ') || 'none'})`,
  notWhole: (scale: string, raw: string) =>
    `"${raw}" in the ${scale} scale is not a whole-number level`,
  noLabel: (scale: string, level: number) => `level ${level} of the ${scale} scale has no label`,
  noBands: () => 'no rating bands are defined',
  bandGap: (from: number, to: number) =>
    from === to
      ? `no rating band covers score ${from}`
      : `no rating band covers scores ${from}–${to}`,
  bandOverlap: (a: string, b: string, score: number) =>
    `rating bands "${a}" and "${b}" both cover score ${score}`,
  bandBounds: (name: string) =>
    `rating band "${name}" needs a numeric Min Score not above its Max Score`,
  bandName: (position: number) => `rating band ${position} has no name`,
  bandColour: (name: string, colour: string) =>
    `rating band "${name}" has colour "${colour}"; write it as #RRGGBB`,
  formula: (raw: string) => `the score formula "${raw}" is not Product, Sum or Matrix`,
  noFormula: () => 'no score formula is documented (setting "Score formula")',
  noThreshold: () =>
    'no acceptance threshold is documented (setting "Acceptance threshold"), so risk acceptance criteria are missing (6.1.2 a)',
  threshold: (t: number, min: number, max: number) =>
    `the acceptance threshold ${t} is outside the possible scores ${min}–${max}`,
  noMatrix: () => 'the score formula is Matrix but no score matrix (table tblMatrix) is given',
  matrixShape: (rows: number, cols: number, l: number, i: number) =>
    `the score matrix is ${rows}×${cols} but the scales are ${l} likelihood × ${i} impact levels`,
  matrixCell: (l: number, i: number) =>
    `the score matrix has no number for likelihood ${l}, impact ${i}`,
};

/** What RR-REQUIRED calls each field, and the clause that requires it. */
export const RR_FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  id: ['risk ID', '7.5.2 a)'],
  description: ['threat or description', '6.1.2 c) 1)'],
  owner: ['risk owner', '6.1.2 c) 2)'],
  likelihood: ['likelihood', '6.1.2 d) 2)'],
  impact: ['impact', '6.1.2 d) 1)'],
  treatment: ['treatment option', '6.1.3 a)'],
};

export const SCALE_FIELDS = {
  likelihood: 'likelihood',
  impact: 'impact',
  residualLikelihood: 'residual likelihood',
  residualImpact: 'residual impact',
} as const;

export const SCORE_WHAT = {
  inherentScore: 'inherent score',
  inherentRating: 'inherent rating',
  residualScore: 'residual score',
  residualRating: 'residual rating',
} as const;

export const RR = {
  /** How a score was computed, for RR-SCORE-MISMATCH. */
  how: (formula: 'product' | 'sum' | 'matrix', l: number, i: number) =>
    formula === 'product'
      ? `computed by the methodology (likelihood ${l} × impact ${i})`
      : formula === 'sum'
        ? `computed by the methodology (likelihood ${l} + impact ${i})`
        : `in the methodology's score matrix (likelihood ${l}, impact ${i})`,
  howRating: (score: number) => `that score ${score} gets under the methodology's rating bands`,
  which: (residual: boolean) => (residual ? 'residual' : 'inherent (no residual assessment)'),
  required: (risk: string, field: string, clause: string) =>
    `${risk} has no ${field}; ${STD} ${clause} requires it for every risk.`,
  dupId: (id: string, firstRow: number) =>
    `Risk ID "${id}" is already used in row ${firstRow}; each risk needs a unique identifier so its ` +
    `treatment and acceptance can be traced (${STD} 7.5.2 a).`,
  scale: (risk: string, field: string, raw: string, levels: string) =>
    `${risk}: ${field} "${raw}" is not a level of the methodology's scale (${levels}), so the risk ` +
    `cannot be analysed consistently (${STD} 6.1.2 b) and d).`,
  scoreMismatch: (risk: string, what: string, stored: string, expected: string, how: string) =>
    `${risk}: the stored ${what} ${stored} differs from ${expected} ${how}; a value typed over the ` +
    `formula or a stale copy makes results inconsistent (${STD} 6.1.2 b) and e).`,
  residualHigher: (risk: string, residual: number, inherent: number) =>
    `${risk}: the residual score ${residual} is higher than the inherent score ${inherent}; treatment ` +
    `should not increase a risk — check the residual likelihood and impact (${STD} 6.1.3, 8.3).`,
  treatmentInvalid: (risk: string, raw: string) =>
    `${risk}: treatment "${raw}" is not an ISO/IEC 27005 option (modify, retain, avoid or share) ` +
    `(${STD} 6.1.3 a).`,
  noControls: (risk: string) =>
    `${risk} is treated by modifying the risk but lists no Annex A control; determine the necessary ` +
    `controls and compare them with Annex A (${STD} 6.1.3 b) and c).`,
  control2013: (risk: string, raw: string, title2013: string, successors: readonly string[]) =>
    `${risk} refers to "${raw}", the ISO/IEC 27001:2013 control ${title2013}; its 2022 successor is ` +
    `${list(successors)} — update the reference to Annex A of ${STD} (6.1.3 c).`,
  controlUnknown: (risk: string, raw: string) =>
    `${risk} refers to "${raw}", which is not an Annex A control of ${STD} (6.1.3 c).`,
  controlExcluded: (risk: string, control: string, soaRow: number) =>
    `${risk} is treated with control ${control}, which the Statement of Applicability (row ${soaRow}) ` +
    `marks not applicable; the SoA must include every control the risk treatment needs (${STD} 6.1.3 d).`,
  acceptanceMissing: (
    risk: string,
    which: string,
    score: number,
    rating: string,
    threshold: number,
  ) =>
    `${risk}: the ${which} score ${score}${rating ? ` (${rating})` : ''} is above the acceptance threshold ` +
    `${threshold}, but no risk owner acceptance is recorded (Accepted By and Acceptance Date) ` +
    `(${STD} 6.1.3 f).`,
  overdue: (risk: string, due: string, status: string | null, asOf: string) =>
    `${risk}: treatment was due on ${due} and the risk is still ${status === null ? 'open (no status)' : `"${status}"`} on ${asOf}; follow up the ` +
    `risk treatment plan (${STD} 6.1.3 e), 8.3).`,
};

export const SOA = {
  missingControl: (control: string, isNew: boolean) =>
    `The Statement of Applicability does not list control ${control}` +
    `${isNew ? ' (new in ISO/IEC 27001:2022)' : ''}; every Annex A control needs an applicability ` +
    `decision (${STD} 6.1.3 d).`,
  noId: () => `This Statement of Applicability row has no control id (${STD} 6.1.3 d).`,
  unknownId: (raw: string) =>
    `"${raw}" is not an Annex A control of ${STD}; the SoA lists Annex A controls (6.1.3 d).`,
  id2013: (raw: string, title2013: string, successors: readonly string[]) =>
    `"${raw}" is the ISO/IEC 27001:2013 control ${title2013}; the SoA must use the 2022 Annex A — its ` +
    `successor is ${list(successors)} (${STD} 6.1.3 d).`,
  duplicate: (control: string, firstRow: number) =>
    `Control ${control} is listed again (first in row ${firstRow}); keep one applicability decision per ` +
    `control (${STD} 6.1.3 d).`,
  noDecision: (control: string, raw: string | null) =>
    `Control ${control}: ${raw === null ? 'applicability is blank' : `applicability "${raw}" is neither Yes nor No`}; ` +
    `the SoA must state whether each control is included (${STD} 6.1.3 d).`,
  noJustification: (control: string, included: boolean) =>
    `Control ${control} is ${included ? 'included' : 'excluded'} without a justification (${STD} 6.1.3 d).`,
  noStatus: (control: string, raw: string | null) =>
    `Control ${control} is applicable but ` +
    `${raw === null ? 'its implementation status is blank' : `implementation status "${raw}" is not one of Implemented, Partially implemented, Planned or Not implemented`}; ` +
    `the SoA must state whether it is implemented (${STD} 6.1.3 d).`,
  noEvidence: (control: string) =>
    `Control ${control} is marked implemented but no evidence is referenced; an auditor will ask for ` +
    `documented information showing it operates (${STD} 7.5.1 b), 9.1).`,
  titleMismatch: (id: string, title: string, other: string, own: string) =>
    `SoA row A.${id} is titled "${title}", which names control ${other}, not A.${id} ${own}; correct ` +
    `the id or the title (${STD} 6.1.3 d).`,
};

export const OBJ = {
  noMeasure: (objective: string, noMeasure: boolean, noTarget: boolean) =>
    `Objective ${objective} has ${noMeasure && noTarget ? 'neither a measure nor a target' : noMeasure ? 'no measure' : 'no target'}, ` +
    `so whether it is achieved cannot be evaluated; objectives must be measurable and their results evaluated (${STD} 6.2 b) and 6.2 k).`,
};

export const MR = {
  actionOverdue: (
    action: string,
    meeting: string | null,
    due: string,
    status: string | null,
    asOf: string,
  ) =>
    `Management review action "${action.length > 80 ? `${action.slice(0, 79)}…` : action}"` +
    `${meeting ? ` (review of ${meeting})` : ''} was due on ${due} and is still ` +
    `${status === null ? 'open (no status)' : `"${status}"`} on ${asOf}; the next review must consider the status of ` +
    `actions from previous reviews (${STD} 9.3.2 a), 9.3.3).`,
  noReview: (last: string | null, asOf: string) =>
    `${last ? `The last management review recorded was held on ${last}, more than 12 months before ${asOf}` : 'No management review meeting is recorded'}; ` +
    `top management must review the ISMS at planned intervals (${STD} 9.3.1), at least yearly and before the certification audit.`,
};
