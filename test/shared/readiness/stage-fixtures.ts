/** Workbooks that tell Stage 1 from Stage 2 (docs/readiness.md, worked examples). */
import { isoDateToSerial } from '../../../shared/grid/cell';
import type { IsmsWorkbook } from '../../../shared/model/types';
import { cleanSoa, type Row } from '../../support/snapshot';
import { cleanRisk, workbook } from '../cross/fixtures';

/** Five excluded controls, each with its own reason (none an everyday control). */
const EXCLUDED: Readonly<Record<string, string>> = {
  '7.5': 'No secure areas of our own: offices are serviced by the landlord',
  '7.6': 'No secure working areas are operated',
  '7.11': 'Supporting utilities are the data centre provider’s',
  '8.19': 'Users cannot install software: managed devices only',
  '8.30': 'No development is outsourced',
};

/** 30 of the 88 applicable controls not in operation, among them A.5.1, A.5.26, A.5.29, A.5.30. */
export const PLANNED = [
  '5.1', '5.26', '5.29', '5.30', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10',
  '5.11', '5.12', '5.13', '5.14', '5.16', '5.17', '5.18', '5.19', '5.20', '5.21', '5.22', '5.23',
  '6.1', '6.2', '6.4', '6.5', '6.6',
]; // prettier-ignore

/** Every clause self-declared Conformant with evidence, yet a third of the controls only planned. */
export function conformantButPlanned(): IsmsWorkbook {
  const soa: Row[] = cleanSoa().map((r) => {
    const id = String(r['Control ID']).slice(2);
    if (EXCLUDED[id])
      return {
        ...r,
        Applicable: 'No',
        Justification: EXCLUDED[id],
        'Implementation Status': null,
        Evidence: null,
      };
    if (PLANNED.includes(id))
      return {
        ...r,
        'Implementation Status': PLANNED.indexOf(id) % 2 ? 'Not implemented' : 'Planned',
        Evidence: null,
      };
    return r;
  });
  return workbook('conformant.xlsx', {
    risks: [cleanRisk('R-1', { 'Annex A Controls': 'A.8.13' })],
    soa,
  });
}

/** An open major NC from the internal audit; `managed`: with a corrective action and due date. */
export function openMajorNc(managed: boolean): IsmsWorkbook {
  const nc: Row = {
    'Finding ID': 'NC-1',
    Source: 'Internal audit',
    Type: 'Major NC',
    'Clause or Control': '8.1',
    Description: 'Change management not followed',
    'Root Cause': 'Procedure unknown to the teams',
    'Corrective Action': managed
      ? 'Train the teams; enforce approvals in the ticketing tool'
      : null,
    Owner: 'IT lead',
    Raised: isoDateToSerial('2025-05-10'),
    Due: managed ? isoDateToSerial('2025-08-31') : null,
  };
  return workbook('nc.xlsx', { risks: [cleanRisk('R-1')], findings: [nc] });
}
