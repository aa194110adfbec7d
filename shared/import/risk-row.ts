/**
 * The tblRisks row the importer writes: a blank template (keys in the order rows are written,
 * copied per row: cheaper than a literal with 24 computed keys) and the fields read from a
 * source row, whose columns are looked up once per sheet.
 */
import { RISKS } from '../workbook/canonical';
import { blankRow } from './blank-row';
import type { CanonicalRow } from './types';

/** Canonical tblRisks header per field key. */
export const H = Object.fromEntries(RISKS.columns.map((c) => [c.key, c.header]));
/** A tblRisks row with every column blank, its keys in the table's column order. */
export const ROW: CanonicalRow = blankRow(RISKS);
export const CONTENT = [
  'title',
  'threat',
  'vulnerability',
  'description',
  'likelihood',
  'impact',
  'assetIds',
] as const;
/** The fields read from a risk row, their columns looked up once per sheet. */
export const FIELDS = [
  ...CONTENT,
  'id',
  'owner',
  'inherentScore',
  'inherentRating',
  'existingControls',
  'treatment',
  'treatmentPlan',
  'controls',
  'actionOwner',
  'dueDate',
  'status',
  'residualLikelihood',
  'residualImpact',
  'residualScore',
  'residualRating',
  'acceptedBy',
  'acceptanceDate',
  'lastReviewed',
] as const;
export type Field = (typeof FIELDS)[number];
