import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { changesBetween, diffWorkbooks } from '../../../shared/diff/diff-workbooks';
import { describeChange } from '../../../shared/diff/describe-change';
import type { Methodology } from '../../../shared/model/types';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';
import { edit, finding, lastCycle, parsed, renamedSheets } from './fixtures';

const AS_OF = '2025-06-30';

describe('diffWorkbooks', () => {
  it('finds nothing between a workbook and itself', () => {
    const wb = parsed('isms.xlsx', lastCycle());
    const d = diffWorkbooks([wb], [wb], { asOf: AS_OF });
    expect(d.identical).toBe(true);
    expect(d.items).toEqual([]);
    expect(d.readiness.before).toEqual(d.readiness.after);
  });

  it('names each planted change between two cycles and nothing else', () => {
    const last = lastCycle();
    const now = {
      // R-3 removed, R-4 added, rows reordered.
      risks: [
        cleanRisk('R-4'),
        cleanRisk('R-2', {
          'Risk Owner': 'CFO',
          'Accepted By': 'CEO',
          'Acceptance Date': '2025-06-01',
        }),
        cleanRisk('R-1', { 'Residual Likelihood': 1, 'Residual Impact': 2 }),
      ],
      soa: edit(
        edit(last.soa, 'Control ID', 'A.8.8', { 'Implementation Status': 'Partially implemented' }),
        'Control ID',
        'A.5.7',
        { Evidence: 'EV-TI-2025' },
      ).reverse(),
      clauses: edit(last.clauses, 'Clause', '8.2', { Status: 'Partial' }),
      findings: [
        finding('F-2', { Closed: '2025-05-01', 'Effectiveness Verified': 'Yes' }),
        finding('F-1'),
        finding('F-3', { Source: 'Management review' }),
      ],
    };
    const before = parsed('isms-2024.xlsx', last);
    const after = parseWorkbook(
      renamedSheets(canonicalSnapshot('isms-2025.xlsx', now), 'FY25 '),
    ).workbook;
    const d = diffWorkbooks([before], [after], { asOf: AS_OF });
    const planted = d.items.filter((i) => i.area !== 'readiness').map(describeChange);
    expect(planted.sort()).toEqual(
      [
        'Risk R-4 added',
        'Risk R-3 removed',
        'Risk R-2: owner CIO → CFO',
        'Risk R-2: acceptance (blank) → Accepted by CEO on 2025-06-01',
        'Risk R-1: residual score 6 (Medium) → 2 (Low)',
        'Control A.8.8: status Implemented → Partially implemented',
        'Control A.5.7: evidence EV-5.7 → EV-TI-2025',
        'Clause 8.2: status Conformant → Partial',
        'Finding F-3 opened',
        'Finding F-2: closed (blank) → 2025-05-01',
        'Finding F-2: effectiveness verified (blank) → Yes',
      ].sort(),
    );
    expect(d.identical).toBe(false);
    expect(d.counts).toMatchObject({ risk: 5, soa: 2, clause: 1, finding: 3, methodology: 0 });
  });

  it('calls out a methodology change and compares the previous scores rescaled', () => {
    const three: Methodology = {
      ...DEFAULT_METHODOLOGY,
      likelihood: DEFAULT_METHODOLOGY.likelihood.slice(0, 3),
      impact: DEFAULT_METHODOLOGY.impact.slice(0, 3),
      bands: [
        { name: 'Low', min: 1, max: 3, color: '#92D050' },
        { name: 'Medium', min: 4, max: 6, color: '#FFEB84' },
        { name: 'High', min: 7, max: 9, color: '#FF5B5B' },
      ],
      acceptanceThreshold: 4,
    };
    // 2×3 on the 3-level scales is 3×5 on the 5-level ones: the residual did not move.
    const risk = (l: number, i: number) =>
      cleanRisk('R-1', {
        Likelihood: l,
        Impact: i,
        'Residual Likelihood': l,
        'Residual Impact': i,
      });
    const before = parsed('old.xlsx', { ...lastCycle(), risks: [risk(2, 3)] }, three);
    const after = parsed('new.xlsx', { ...lastCycle(), risks: [risk(3, 5)] });
    const d = diffWorkbooks([before], [after], { asOf: AS_OF });
    expect(d.methodology).toEqual({ changed: true, rescaled: true });
    expect(d.items.filter((i) => i.area === 'methodology').map((i) => i.field)).toEqual([
      'likelihood',
      'impact',
      'bands',
      'acceptanceThreshold',
    ]);
    expect(d.items.filter((i) => i.area === 'risk')).toEqual([]);
    const moved = diffWorkbooks(
      [before],
      [parsed('new.xlsx', { ...lastCycle(), risks: [risk(4, 5)] })],
      { asOf: AS_OF },
    ).items.find((i) => i.field === 'inherentScore');
    expect(moved).toMatchObject({
      before: '15 (High) rescaled from likelihood 2, impact 3',
      after: '20 (Critical)',
    });
  });

  it('matches sets of workbooks by id, whichever workbook a record sits in', () => {
    const a = lastCycle();
    const prev = [
      parsed('risks.xlsx', { ...a, risks: a.risks.slice(0, 2) }),
      parsed('more.xlsx', { ...a, risks: a.risks.slice(2) }),
    ];
    const cur = [parsed('all.xlsx', { ...a, risks: [...a.risks].reverse() })];
    const items = changesBetween(prev, cur, { asOf: AS_OF }).filter((i) => i.area === 'risk');
    expect(items).toEqual([]);
  });
});
