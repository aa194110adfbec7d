/** Sentences of the risk-treatment and SoA checks an auditor makes (RR-*, SOA-* added in 2026). */
const STD = 'ISO/IEC 27001:2022';

export const TREAT = {
  modifyNoAction: (risk: string, missing: string) =>
    `${risk} is to be modified but its treatment plan has no ${missing}; the plan must say who ` +
    `acts and by when (${STD} 6.1.3 e).`,
  treatedNotImplemented: (risk: string, status: string, controls: string) =>
    `${risk} is "${status}" but the Statement of Applicability shows ${controls} not implemented; ` +
    `a risk is treated when its controls are in place (${STD} 8.3).`,
  residualUnchanged: (risk: string, score: number) =>
    `${risk}: the residual score ${score} equals the inherent score although controls are planned; ` +
    `assess the risk as it will be once they operate (${STD} 6.1.2 d), 6.1.3).`,
  acceptanceBy: (risk: string, by: string, owner: string) =>
    `${risk} was accepted by "${by}", who is neither its risk owner "${owner}" nor top management; ` +
    `residual risks are accepted by the risk owners (${STD} 6.1.3 f).`,
  acceptanceExpired: (risk: string, date: string, since: string) =>
    `${risk}: the residual risk was accepted on ${date}, more than 12 months ago (before ${since}); ` +
    `renew or withdraw the acceptance at the risk review (${STD} 6.1.3 f), 8.2).`,
  reviewStale: (what: string, date: string, since: string) =>
    `${what} was last reviewed on ${date}, more than 12 months ago (before ${since}); risk ` +
    `assessments and the SoA are kept up to date at planned intervals (${STD} 8.2, 6.1.3 d).`,
  boilerplate: (control: string, text: string, n: number, of: number) =>
    `Control ${control} is excluded with "${text}", the same sentence as ${n} of the ${of} ` +
    `exclusions; each exclusion needs its own reason (${STD} 6.1.3 d).`,
  excludedCommon: (control: string) =>
    `Control ${control} is excluded, yet almost every organisation needs it; verify the ` +
    `justification before the audit (${STD} 6.1.3 d).`,
  linkedUnknown: (control: string, ids: string) =>
    `Control ${control} lists linked risk(s) ${ids}, which the risk register does not hold; the SoA ` +
    `and the risk treatment must refer to the same risks (${STD} 6.1.3 d).`,
  notImplemented: (control: string, status: string) =>
    `Control ${control} is applicable but "${status}"; the SoA states it is not yet in operation ` +
    `(${STD} 6.1.3 d), 8.3).`,
  riskControlNotImplemented: (control: string, status: string, risks: string) =>
    `Control ${control} is "${status}" although ${risks} above the acceptance threshold rel` +
    `${risks.includes(',') ? 'y' : 'ies'} on it; the risk treatment plan is not implemented (${STD} 8.3).`,
};
