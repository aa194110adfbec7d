import { describe, expect, it } from 'vitest';
import { CONTROLS, CONTROLS_2013 } from '../../../shared/catalog/controls';
import { FROM_2013 } from '../../../shared/catalog/migration';
import { diffWorkbooks } from '../../../shared/diff/diff-workbooks';
import { describeChange } from '../../../shared/diff/describe-change';
import { cleanSoa, type Row } from '../../support/snapshot';
import { lastCycle, parsed } from './fixtures';

const AS_OF = '2025-06-30';

const row = (id: string, status = 'Implemented'): Row => ({
  'Control ID': id,
  Applicable: 'Yes',
  Justification: 'Risk treatment',
  'Implementation Status': status,
  Evidence: 'ISMS manual',
});

describe('the SoA diff across numberings', () => {
  it('matches a 2013-numbered SoA to a 2022 one through the Annex B mapping', () => {
    const old = CONTROLS_2013.map((c) => row(c.id, c.id === 'A.9.2.3' ? 'Planned' : 'Implemented'));
    const now = CONTROLS.map((c) => row(`A.${c.id}`));
    const before = parsed('soa-2013.xlsx', { ...lastCycle(), soa: old });
    const after = parsed('soa-2022.xlsx', { ...lastCycle(), soa: now });
    const d = diffWorkbooks([before], [after], { asOf: AS_OF });
    const soa = d.items.filter((i) => i.area === 'soa');
    // A.9.2.3 Management of privileged access rights became 8.2 Privileged access rights.
    expect(soa.filter((i) => i.kind === 'changed').map(describeChange)).toEqual([
      'Control A.8.2: status Planned → Implemented',
    ]);
    const fresh = [...FROM_2013].filter(([, v]) => v.change === 'new').map(([id]) => `A.${id}`);
    expect(
      soa
        .filter((i) => i.kind === 'added')
        .map((i) => i.id)
        .sort(),
    ).toEqual(fresh.sort());
    expect(soa.filter((i) => i.kind === 'removed')).toEqual([]);
    expect(d.migratedControls).toBe(CONTROLS_2013.length);
  });

  it('reads A.5.1 and 5.1 as one control, in any row order', () => {
    const prefixed = cleanSoa();
    const bare = prefixed.map((r) => ({ ...r, 'Control ID': String(r['Control ID']).slice(2) }));
    const before = parsed('a.xlsx', { ...lastCycle(), soa: prefixed });
    const after = parsed('b.xlsx', { ...lastCycle(), soa: bare.reverse() });
    expect(diffWorkbooks([before], [after], { asOf: AS_OF }).items).toEqual([]);
  });

  it('reports applicability turned off and a control dropped from the SoA', () => {
    const soa = cleanSoa();
    const now = soa
      .filter((r) => r['Control ID'] !== 'A.7.4')
      .map((r) => (r['Control ID'] === 'A.5.23' ? { ...r, Applicable: 'No' } : r));
    const d = diffWorkbooks(
      [parsed('a.xlsx', { ...lastCycle(), soa })],
      [parsed('b.xlsx', { ...lastCycle(), soa: now })],
      { asOf: AS_OF },
    );
    expect(d.items.filter((i) => i.area === 'soa').map(describeChange)).toEqual([
      'Control A.5.23: applicable Yes → No',
      'Control A.7.4 removed',
    ]);
  });
});
