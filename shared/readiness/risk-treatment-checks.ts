/**
 * Risk treatment and SoA record checks (8 points, docs/readiness.md):
 * SoA: RT-NO-SOA 4 (ISMS-NO-SOA), else RT-SOA-INCOMPLETE 2, RT-SOA-JUSTIFICATION 1, RT-SOA-CONFLICT 1;
 * treatment: RT-TREATMENT 1, RT-NO-CONTROLS 1, RT-ACCEPTANCE 1; RT-EXCLUDED 1.
 */
import type { IsmsWorkbook, Risk } from '../model/types';
import type { ReportLocation } from '../gaps/types';
import { asInteger } from '../grid/cell';
import { computeScore } from '../risk/score-risk';
import { riskControlIds } from '../cross/risk-controls';
import { annexLabel } from '../cross/source-cell';
import { at, deduct, findingLocations, listed, part, type Context, type Part } from './deduction';
import { DEDUCTION_TEXT as T } from './messages';

const AREA = 'risk-treatment';
const REF = 'Clause 6.1.3';

function soaChecks(ctx: Context): Part {
  if (!ctx.merged) {
    return part([deduct(AREA, 4, 'RT-NO-SOA', REF, T['RT-NO-SOA']())]);
  }
  const out = [];
  const undecided = ctx.merged.filter((m) => m.applicable === null);
  if (undecided.length > 0)
    out.push(
      deduct(
        AREA,
        2,
        'RT-SOA-INCOMPLETE',
        REF,
        T['RT-SOA-INCOMPLETE'](
          undecided.length,
          listed(undecided.map((m) => annexLabel(m.control.id))),
        ),
        undecided.flatMap((m) => (m.source ? [m.source] : [])),
      ),
    );
  const unjustified = ctx.merged.flatMap((m) =>
    m.entries
      .filter((x) => x.entry.applicable !== null && !x.entry.justification)
      .map((x) => at(x.workbook, x.entry.ref, 'justification')),
  );
  if (unjustified.length > 0)
    out.push(
      deduct(
        AREA,
        1,
        'RT-SOA-JUSTIFICATION',
        REF,
        T['RT-SOA-JUSTIFICATION'](unjustified.length),
        unjustified,
      ),
    );
  const conflicts = findingLocations(ctx, 'XWB-SOA-CONFLICT');
  if (conflicts.length > 0)
    out.push(
      deduct(AREA, 1, 'RT-SOA-CONFLICT', REF, T['RT-SOA-CONFLICT'](conflicts.length), conflicts),
    );
  return part(out);
}

type Placed = { wb: IsmsWorkbook; risk: Risk };

function residualAboveThreshold(p: Placed): boolean {
  const m = p.wb.methodology;
  if (!m) return false;
  const s = (l: Risk['likelihood'], i: Risk['impact']) => {
    const a = asInteger(l);
    const b = asInteger(i);
    return a === null || b === null ? null : computeScore(m, a, b);
  };
  const residual =
    s(p.risk.residualLikelihood, p.risk.residualImpact) ?? s(p.risk.likelihood, p.risk.impact);
  return residual !== null && residual > m.acceptanceThreshold && !p.risk.acceptedBy;
}

function excludedInOwnSoa(p: Placed): boolean {
  const excluded = new Set(
    (p.wb.soa ?? []).filter((e) => e.applicable === false && e.controlId).map((e) => e.controlId),
  );
  return riskControlIds(p.risk).some((id) => excluded.has(id));
}

function treatmentChecks(ctx: Context): Part {
  const risks: Placed[] = ctx.workbooks.flatMap((wb) =>
    (wb.risks ?? []).map((risk) => ({ wb, risk })),
  );
  const cells = (list: Placed[], key: string): ReportLocation[] =>
    list.map((p) => at(p.wb.name, p.risk.ref, key));
  const noOption = risks.filter((p) => p.risk.treatmentOption === null);
  const noControls = risks.filter(
    (p) => p.risk.treatmentOption === 'modify' && p.risk.controls.length === 0,
  );
  const unaccepted = risks.filter(residualAboveThreshold);
  const excluded = [
    ...cells(risks.filter(excludedInOwnSoa), 'controls'),
    ...findingLocations(ctx, 'XWB-CONTROL-EXCLUDED'),
  ];
  const out = [];
  if (noOption.length > 0)
    out.push(
      deduct(
        AREA,
        1,
        'RT-TREATMENT',
        REF,
        T['RT-TREATMENT'](noOption.length),
        cells(noOption, 'treatment'),
      ),
    );
  if (noControls.length > 0)
    out.push(
      deduct(
        AREA,
        1,
        'RT-NO-CONTROLS',
        REF,
        T['RT-NO-CONTROLS'](noControls.length),
        cells(noControls, 'controls'),
      ),
    );
  if (unaccepted.length > 0)
    out.push(
      deduct(
        AREA,
        1,
        'RT-ACCEPTANCE',
        REF,
        T['RT-ACCEPTANCE'](unaccepted.length),
        cells(unaccepted, 'acceptedBy'),
      ),
    );
  if (excluded.length > 0)
    out.push(deduct(AREA, 1, 'RT-EXCLUDED', REF, T['RT-EXCLUDED'](excluded.length), excluded));
  return part(out);
}

export function riskTreatmentChecks(ctx: Context): Part {
  const soa = soaChecks(ctx);
  const treatment = treatmentChecks(ctx);
  return part([...soa.deductions, ...treatment.deductions]);
}
