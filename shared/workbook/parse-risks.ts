/** tblRisks rows → `Risk` (raw cells kept where rules judge them: scales, stored scores). */
import type { Risk } from '../model/types';
import { parseTreatment } from '../vocabulary/treatment-option';
import { fieldsOf } from './record-fields';
import type { TableData } from './table-rows';

export function parseRisks(t: TableData): Risk[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    const treatment = f.text('treatment');
    return {
      ref: f.ref,
      id: f.text('id'),
      assetIds: f.list('assetIds'),
      threat: f.text('threat'),
      vulnerability: f.text('vulnerability'),
      description: f.text('description'),
      owner: f.text('owner'),
      likelihood: f.cell('likelihood'),
      impact: f.cell('impact'),
      inherentScore: f.cell('inherentScore'),
      inherentRating: f.cell('inherentRating'),
      existingControls: f.text('existingControls'),
      treatment,
      treatmentOption: treatment === null ? null : parseTreatment(treatment),
      treatmentPlan: f.text('treatmentPlan'),
      controls: f.controls('controls'),
      actionOwner: f.text('actionOwner'),
      dueDate: f.date('dueDate'),
      dueDateRaw: f.cell('dueDate'),
      status: f.text('status'),
      residualLikelihood: f.cell('residualLikelihood'),
      residualImpact: f.cell('residualImpact'),
      residualScore: f.cell('residualScore'),
      residualRating: f.cell('residualRating'),
      acceptedBy: f.text('acceptedBy'),
      acceptanceDate: f.date('acceptanceDate') ?? f.text('acceptanceDate'),
      lastReviewed: f.date('lastReviewed') ?? f.text('lastReviewed'),
    };
  });
}
