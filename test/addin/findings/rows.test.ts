/**
 * The Check tab's rows: the engine's digest arranges the findings once (group, then rule
 * sub-groups, largest first) and the list derives every row from its sections on demand, so the
 * rows of a digested list are exactly those of grouping the findings afresh.
 */
import { describe, expect, it } from 'vitest';
import { digestFindings } from '../../../addin/findings/digest';
import { listRows, rowModel, type ListRow } from '../../../addin/findings/rows';
import type { Finding } from '../../../shared/validation';

const f = (rule: string, severity: Finding['severity'], row: number, sheet = 'Risks'): Finding => ({
  rule,
  severity,
  workbook: 'reg.xlsx',
  sheet,
  cell: `B${row}`,
  row,
  message: `${rule} on row ${row} (A.5.${row % 3 === 0 ? 15 : 8})`,
});

const FINDINGS: Finding[] = [
  f('RR-SCALE', 'minor', 2),
  f('RR-REQUIRED', 'major', 3),
  f('SOA-NO-EVIDENCE', 'observation', 4, 'SoA'),
  f('RR-SCALE', 'minor', 5),
  f('RR-OVERDUE', 'minor', 6),
  f('SOA-NO-EVIDENCE', 'observation', 7, 'SoA'),
  f('SOA-NO-DECISION', 'minor', 8, 'SoA'),
];

const shape = (r: ListRow) =>
  r.kind === 'finding'
    ? `  ${r.f.rule} ${r.f.row}`
    : r.kind === 'sub'
      ? ` ${r.label} ${r.count}`
      : `${r.group} ${r.count}`;

describe('rows of the findings list', () => {
  it('heads each severity group and each rule, largest rule first, findings in their order', () => {
    expect(listRows(FINDINGS, false, 'rule').map(shape)).toEqual([
      'major 1',
      ' RR-REQUIRED 1',
      '  RR-REQUIRED 3',
      'minor 4',
      ' RR-SCALE 2',
      '  RR-SCALE 2',
      '  RR-SCALE 5',
      ' RR-OVERDUE 1',
      '  RR-OVERDUE 6',
      ' SOA-NO-DECISION 1',
      '  SOA-NO-DECISION 8',
      'observation 2',
      ' SOA-NO-EVIDENCE 2',
      '  SOA-NO-EVIDENCE 4',
      '  SOA-NO-EVIDENCE 7',
    ]);
  });

  it('derives from the digest the same rows as grouping afresh, with their finding numbers', () => {
    const { ordered, digest } = digestFindings(FINDINGS, false);
    const m = rowModel(ordered, digest.sections);
    const fresh = listRows(FINDINGS, false, 'rule');
    expect(Array.from({ length: m.count }, (_, i) => shape(m.row(i)))).toEqual(fresh.map(shape));
    expect(m.findings).toBe(FINDINGS.length);
    for (let k = 0; k < m.findings; k++) {
      const i = m.rowOfFinding(k);
      expect(m.findingAt(i)).toBe(k);
      expect(m.row(i).kind).toBe('finding');
    }
    expect(m.findingAt(0)).toBe(-1); // the "major" heading
  });

  it('counts the groups and facets the chips show, and moves a blank SoA to To do', () => {
    const { digest } = digestFindings(FINDINGS, true);
    expect(digest.counts).toEqual({
      major: 1,
      minor: 3,
      observation: 2,
      'not-checked': 0,
      todo: 1,
    });
    expect(digest.facets.rules[0]).toEqual({ value: 'RR-SCALE', count: 2 });
    expect(digest.facets.sheets).toEqual([
      { value: 'Risks', count: 4 },
      { value: 'SoA', count: 3 },
    ]);
    expect(digest.sections.at(-1)).toEqual({ group: 'todo', label: 'SOA-NO-DECISION', count: 1 });
  });

  it('groups by sheet when asked, and has no rows without findings', () => {
    expect(
      listRows(FINDINGS, false, 'sheet')
        .filter((r) => r.kind === 'sub')
        .map(shape),
    ).toEqual([' Risks 1', ' Risks 3', ' SoA 1', ' SoA 2']);
    expect(rowModel([], []).count).toBe(0);
  });
});
