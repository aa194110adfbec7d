/** The certification-cycle rules' sentences (tblCertification with tblFindings; docs/cycle.md). */

const STD = 'ISO/IEC 27001:2022';
const CB = 'ISO/IEC 17021-1';

/** The certification-cycle rules (tblCertification with tblFindings; docs/cycle.md). */
export const CERT = {
  prereqLate: (what: string, done: string, stage1: string) =>
    `The ${what} was completed on ${done}, not before the Stage 1 audit on ${stage1}; Stage 1 ` +
    `evaluates whether internal audits and management reviews are being performed (${CB}), so ` +
    `hold at least one of each before it (${STD} 9.2, 9.3).`,
  prereqPlannedLate: (what: string, planned: string, stage1: string) =>
    `The ${what} is planned for ${planned}, not before the Stage 1 audit on ${stage1}; move it ` +
    `ahead of Stage 1 (${STD} 9.2, 9.3; ${CB}).`,
  prereqOpen: (what: string, stage1: string, asOf: string) =>
    `The Stage 1 audit is due on ${stage1} and the ${what} is not recorded as completed on ` +
    `${asOf}; Stage 1 evaluates whether internal audits and management reviews are being ` +
    `performed (${STD} 9.2, 9.3; ${CB}).`,
  prereqSkipped: (what: string, stage1: string) =>
    `The ${what} is marked skipped, but one must be completed before the Stage 1 audit on ` +
    `${stage1} (${STD} 9.2, 9.3; ${CB}).`,
  stageGap: (stage1: string, stage2: string, days: number) =>
    days < 0
      ? `The Stage 2 audit (${stage2}) is scheduled before the Stage 1 audit (${stage1}); Stage 2 ` +
        `follows Stage 1 and its findings (${CB}).`
      : `The Stage 2 audit (${stage2}) is only ${days} day(s) after the Stage 1 audit (${stage1}); ` +
        `allow at least 2 weeks (typically 2–8) to address the Stage 1 findings (${CB}).`,
  minorNoPlan: (id: string, source: string, raised: string, days: number, asOf: string) =>
    `${id}: the ${source} minor nonconformity raised on ${raised} has no corrective action ` +
    `recorded ${days} days later (${asOf}); certification bodies expect a corrective action ` +
    `plan within 90 days (${STD} 10.2).`,
  majorOpen: (id: string, source: string, decision: string, closed: string | null) =>
    `${id}: the ${source} major nonconformity is ` +
    `${closed === null ? 'still open' : `closed only on ${closed}, after`} at the certification ` +
    `decision on ${decision}; no certificate is granted while a major nonconformity is open ` +
    `(${STD} 10.2; ${CB}).`,
  auditOverdue: (what: string, due: string, asOf: string, derived: boolean) =>
    `The ${what} was due on ${due}${derived ? ' (counted from the certificate issue date)' : ''} ` +
    `and is not recorded as held on ${asOf}; without it the certificate can be suspended ` +
    `(${CB}; ${STD} 9.2).`,
  expired: (expiry: string, asOf: string) =>
    `The certificate expired on ${expiry} and no recertification audit is recorded as held on ` +
    `${asOf}; a new initial certification may be needed (${CB}).`,
};

/** `Finding F-3` or `The finding in row 12`. */
export function findingLabel(id: string | null, row: number): string {
  return id ? `Finding ${id}` : `The finding in row ${row}`;
}
