/**
 * Risk assessment record checks (8 points, docs/readiness.md):
 * RA-METHOD 4 (no documented methodology: blocker; 2 when one is invalid), RA-CONSISTENCY 1
 * (XWB-METHOD-DIFF), RA-NO-RISKS 3, else RA-OWNER 1, RA-ANALYSIS 1, RA-REVIEW 1.
 */
import type { IsmsWorkbook, Risk } from '../model/types';
import type { ReportLocation } from '../gaps/types';
import { asInteger, isoDateToSerial, serialToIsoDate } from '../grid/cell';
import { computeScore } from '../risk/score-risk';
import { methodologyProblems } from '../risk/validate-methodology';
import { at, deduct, findingLocations, listed, part, type Context, type Part } from './deduction';

const AREA = 'risk-assessment';

function methodCheck(ctx: Context): Part {
  const scoring = ctx.workbooks.filter((w) => (w.risks?.length ?? 0) > 0);
  const methodless = scoring.filter((w) => !w.methodology);
  const none = ctx.workbooks.every((w) => !w.methodology);
  if (methodless.length > 0 || (scoring.length === 0 && none)) {
    const names =
      methodless.length > 0 ? methodless.map((w) => w.name) : ctx.workbooks.map((w) => w.name);
    const reason = `No documented risk assessment methodology (risk criteria, scales, acceptance criteria) in ${listed(names)} (6.1.2 a–b).`;
    return part(
      [deduct(AREA, 4, 'RA-METHOD', 'Clause 6.1.2', reason)],
      [{ id: 'no-methodology', reason, ref: 'Clause 6.1.2', locations: [] }],
    );
  }
  const invalid = ctx.workbooks.filter(
    (w) =>
      w.methodology && methodologyProblems(w.methodology).length > 0,
  );
  if (invalid.length === 0) return part();
  const locations = invalid.map((w) => ({
    workbook: w.name,
    sheet: w.methodologySheet ?? '',
    cell: null,
    row: null,
  }));
  return part([
    deduct(
      AREA,
      2,
      'RA-METHOD',
      'Clause 6.1.2',
      `The risk methodology of ${listed(invalid.map((w) => w.name))} is invalid (scales or bands do not fit, see METH-INVALID) (6.1.2 b).`,
      locations,
    ),
  ]);
}

type Placed = { wb: IsmsWorkbook; risk: Risk };

function risksOf(ctx: Context): Placed[] {
  return ctx.workbooks.flatMap((wb) => (wb.risks ?? []).map((risk) => ({ wb, risk })));
}

function onScale(p: Placed): boolean {
  const m = p.wb.methodology;
  if (!m) return true; // RA-METHOD already takes the points
  const l = asInteger(p.risk.likelihood);
  const i = asInteger(p.risk.impact);
  return l !== null && i !== null && computeScore(m, l, i) !== null;
}

function registerChecks(ctx: Context): Part {
  const risks = risksOf(ctx);
  if (risks.length === 0)
    return part([
      deduct(
        AREA,
        3,
        'RA-NO-RISKS',
        'Clause 6.1.2',
        'No risk register: no information security risks are identified (6.1.2 c).',
      ),
    ]);
  const cells = (list: Placed[], key: string): ReportLocation[] =>
    list.map((p) => at(p.wb.name, p.risk.ref, key));
  const noOwner = risks.filter((p) => !p.risk.owner);
  const unrated = risks.filter((p) => !onScale(p));
  const reviewedSince = serialToIsoDate(isoDateToSerial(ctx.asOf) - 365);
  const stale = risks.filter((p) => !p.risk.lastReviewed || p.risk.lastReviewed < reviewedSince);
  const out = [];
  if (noOwner.length > 0)
    out.push(
      deduct(
        AREA,
        1,
        'RA-OWNER',
        'Clause 6.1.2',
        `${noOwner.length} risk(s) without a risk owner (6.1.2 c 2).`,
        cells(noOwner, 'owner'),
      ),
    );
  if (unrated.length > 0)
    out.push(
      deduct(
        AREA,
        1,
        'RA-ANALYSIS',
        'Clause 6.1.2',
        `${unrated.length} risk(s) without a likelihood and impact on the methodology's scales (6.1.2 d).`,
        cells(unrated, 'likelihood'),
      ),
    );
  if (stale.length > 0)
    out.push(
      deduct(
        AREA,
        1,
        'RA-REVIEW',
        'Clause 8.2',
        `${stale.length} risk(s) not reviewed since ${reviewedSince} (or never): risk assessments are due at planned intervals (8.2).`,
        cells(stale, 'lastReviewed'),
      ),
    );
  return part(out);
}

export function riskAssessmentChecks(ctx: Context): Part {
  const method = methodCheck(ctx);
  const diff = findingLocations(ctx, 'XWB-METHOD-DIFF');
  const consistency =
    diff.length > 0
      ? [
          deduct(
            AREA,
            1,
            'RA-CONSISTENCY',
            'Clause 6.1.2',
            `${diff.length} workbook(s) assess risks with a different methodology: results are not comparable (6.1.2 b).`,
            diff,
          ),
        ]
      : [];
  const register = registerChecks(ctx);
  return part([...method.deductions, ...consistency, ...register.deductions], method.blockers);
}
