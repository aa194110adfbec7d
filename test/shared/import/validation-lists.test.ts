/**
 * The workbook's own data-validation lists as a vocabulary signal: what a list names (yes/no,
 * statuses, treatment options, a scale …), how it maps a column whose header says nothing, and
 * the evidence it leaves in the mapping and the import report.
 */
import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../../shared/catalog/controls';
import type { Cell, DataValidationList } from '../../../shared/grid/grid';
import { importReportRows } from '../../../shared/import/import-report';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { listVocabulary } from '../../../shared/import/list-vocabulary';
import { workbook } from './fixtures';

describe('listVocabulary', () => {
  it.each([
    [['Yes', 'No'], 'yesNo'],
    [['Ano', 'Ne', 'N/A'], 'yesNo'],
    [['1', '2', '3', '4', '5'], 'scale'],
    [['Low', 'Medium', 'High'], 'scale'],
    [['Modify', 'Retain', 'Avoid', 'Share'], 'treatment'],
    [['Open', 'In treatment', 'Closed'], 'riskStatus'],
    [['Implemented', 'Partially implemented', 'Not implemented'], 'implementation'],
    [['Conformant', 'Partial', 'Nonconformant'], 'conformance'],
    [['Major NC', 'Minor NC', 'Observation'], 'findingType'],
  ])('reads %j as %s', (values, vocabulary) => {
    expect(listVocabulary(values)).toBe(vocabulary);
  });

  it('names nothing for lists of other words, a gap in a scale or a single value', () => {
    expect(listVocabulary(['Finance', 'HR', 'IT'])).toBeNull();
    expect(listVocabulary(['1', '2', '4', '5'])).toBeNull();
    expect(listVocabulary(['Yes'])).toBeNull();
    expect(listVocabulary(null)).toBeNull();
  });
});

/** A risk register without a score column: likelihood and impact are only lists of 1–5. */
const risks: Cell[][] = [
  ['R-01', 'Ransomware encrypts the file server and all of its backups', 4, 5, 'Modify', 'Open'],
  ['R-02', 'Phishing steals the credentials of a privileged administrator', 3, 4, 'Share', 'Open'],
  [
    'R-03',
    'A laptop holding unencrypted customer data is lost on a trip',
    2,
    3,
    'Retain',
    'Closed',
  ],
  ['R-04', 'A supplier outage stops the order portal for more than a day', 3, 2, 'Avoid', 'Open'],
];
const lists: DataValidationList[] = [
  { sqref: 'C2:D200', values: ['1', '2', '3', '4', '5'] },
  { sqref: 'E2:E200', values: ['Modify', 'Retain', 'Avoid', 'Share'] },
  { sqref: 'F2:F200', values: ['Open', 'In treatment', 'Closed'] },
];
const unknownHeaders = ['Qa', 'Qb', 'Qc', 'Qd', 'Qe', 'Qf'];

describe('validation lists name the columns of a register whose headers say nothing', () => {
  it('recognises a risk register from its lists: scales, treatment and status', () => {
    const r = importWorkbook(workbook({ rows: [unknownHeaders, ...risks], validations: lists }));
    expect(r.sheets[0]).toMatchObject({ kind: 'risks', rowsOut: 4 });
    const by = Object.fromEntries(r.sheets[0].columns.map((c) => [c.field, c]));
    expect(by.likelihood).toMatchObject({
      column: 'C',
      evidence: 'column C: data-validation list 1 / 2 / 3 / 4 / 5',
    });
    expect(by.impact?.column).toBe('D');
    expect(by.treatment).toMatchObject({
      column: 'E',
      evidence: 'column E: data-validation list Modify / Retain / Avoid / Share',
    });
    expect(by.status?.column).toBe('F');
    expect(r.tables.tblRisks?.[0]).toMatchObject({ Likelihood: 4, Impact: 5, Treatment: 'Modify' });
  });

  it('without the lists the same sheet is not guessed: it says what it found and what is missing', () => {
    const r = importWorkbook(workbook({ rows: [unknownHeaders, ...risks] }));
    expect(r.sheets[0].kind).toBe('other');
    expect(r.sheets[0].explanation).toMatch(/no kind is certain/);
  });

  it('keeps the list as evidence in the import report', () => {
    const r = importWorkbook(workbook({ rows: [unknownHeaders, ...risks], validations: lists }));
    const rows = importReportRows(r).map((x) => x.join(' | '));
    expect(rows).toContainEqual(expect.stringContaining('column E: data-validation list Modify'));
  });

  it('adds the list to the evidence of a column its header already named', () => {
    const soa: Cell[][] = CONTROLS.map((c, i) => [`A.${c.id}`, c.title, i % 7 ? 'Yes' : 'No']);
    const r = importWorkbook(
      workbook({
        rows: [['Control ID', 'Control', 'Applicable'], ...soa],
        validations: [{ sqref: 'C2:C94', values: ['Yes', 'No'] }],
      }),
    );
    expect(r.sheets[0].columns.find((c) => c.field === 'applicable')?.evidence).toBe(
      'header "Applicable"; column C: data-validation list Yes / No',
    );
  });

  it('does not take a lone scale list (a rating or an appetite threshold) for likelihood', () => {
    const r = importWorkbook(
      workbook({
        rows: [unknownHeaders, ...risks],
        validations: [{ sqref: 'C2:C200', values: ['1', '2', '3', '4', '5'] }],
      }),
    );
    expect(r.sheets[0].columns.some((c) => c.field === 'likelihood')).toBe(false);
  });
});
