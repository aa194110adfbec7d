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

const AREA = 'risk-treatment';
const REF = 'Clause 6.1.3';

function soaChecks(ctx: Context): Part {
  if (!ctx.merged) {
    const reason =
      'No Statement of Applicability: the necessary controls and the justification of inclusions and exclusions are not documented (6.1.3 d).';
    return part([deduct(AREA, 4, 'RT-NO-SOA', REF, reason)]);
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
        `${undecided.length} of 93 Annex A controls have no applicability decision in any SoA (${listed(undecided.map((m) => annexLabel(m.control.id)))}) (6.1.3 c–d).`,
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
        `${unjustified.length} SoA decision(s) without justification (6.1.3 d).`,
        unjustified,
      ),
    );
  const conflicts = findingLocations(ctx, 'XWB-SOA-CONFLICT');
  if (conflicts.length > 0)
    out.push(
      deduct(
        AREA,
        1,
        'RT-SOA-CONFLICT',
        REF,
        `${conflicts.length} control(s) applicable in one SoA and excluded in another (6.1.3 d).`,
        conflicts,
      ),
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
        `${noOption.length} risk(s) without a valid treatment option (modify, retain, avoid, share) (6.1.3 a).`,
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
        `${noControls.length} risk(s) to be modified without the Annex A controls that treat them (6.1.3 b–c).`,
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
        `${unaccepted.length} residual risk(s) above the acceptance threshold without the risk owner's acceptance (6.1.3 f).`,
        cells(unaccepted, 'acceptedBy'),
      ),
    );
  if (excluded.length > 0)
    out.push(
      deduct(
        AREA,
        1,
        'RT-EXCLUDED',
        REF,
        `${excluded.length} risk treatment(s) rely on a control the SoA excludes (6.1.3 b–d).`,
        excluded,
      ),
    );
  return part(out);
}

export function riskTreatmentChecks(ctx: Context): Part {
  const soa = soaChecks(ctx);
  const treatment = treatmentChecks(ctx);
  return part([...soa.deductions, ...treatment.deductions]);
}
