/**
 * Per-control calibration of the effort model (docs/gap-report.md, "Calibration"). The catalog
 * model (effort.ts) sizes a control by its theme and capabilities only, which under-sizes the
 * organizational controls that are whole programmes: A.5.30 ICT readiness for business
 * continuity (BIA, continuity and recovery plans, a test: 3 days by the model) and A.5.19
 * supplier relationships (supplier inventory, tiering, assessment process: 2 days by the model
 * when partially implemented). The days below are for a control not yet started, for a
 * 50–250-person organisation; partially implemented halves them (rounded up). `tooling` is the
 * separate person-days to select and deploy the tool the control usually needs.
 */

export type Calibration = {
  /** Person-days to implement when not started; absent: the catalog model's days. */
  readonly days?: number;
  /** Person-days to select and deploy the tool the control needs, when it needs one. */
  readonly tooling?: number;
  readonly tool?: string;
  readonly reason: string;
};

export const CONTROL_CALIBRATION: Readonly<Record<string, Calibration>> = {
  '5.7': {
    days: 5,
    tooling: 3,
    tool: 'threat-intelligence feed',
    reason: 'sources, triage and distribution process',
  },
  '5.9': { days: 8, reason: 'an asset inventory with owners across all information and assets' },
  '5.12': { days: 5, reason: 'a classification scheme agreed with the business' },
  '5.17': { tooling: 2, tool: 'password manager', reason: 'authentication information handling' },
  '5.19': {
    days: 10,
    reason: 'supplier inventory, risk tiering and an assessment process: a programme, not a policy',
  },
  '5.20': {
    days: 5,
    reason: 'security clauses in supplier agreements, reviewed per supplier tier',
  },
  '5.21': { days: 8, reason: 'ICT supply-chain requirements and their verification' },
  '5.22': { days: 5, reason: 'periodic supplier monitoring and review' },
  '5.23': { days: 8, reason: 'cloud acquisition, use, management and exit processes' },
  '5.24': { days: 8, reason: 'incident management planning, roles and procedures' },
  '5.26': { days: 5, reason: 'response playbooks and an exercise' },
  '5.29': { days: 8, reason: 'security during disruption, tied to the continuity plans' },
  '5.30': {
    days: 15,
    reason: 'business impact analysis, ICT continuity and recovery plans, and a test',
  },
  '5.31': {
    days: 5,
    reason: 'a register of legal, statutory, regulatory and contractual requirements',
  },
  '5.35': { days: 5, reason: 'an independent review of the ISMS' },
  '8.1': {
    tooling: 5,
    tool: 'endpoint / mobile device management',
    reason: 'user endpoint devices',
  },
  '8.5': { tooling: 5, tool: 'multi-factor authentication', reason: 'secure authentication' },
  '8.7': { tooling: 5, tool: 'endpoint protection (EDR)', reason: 'protection against malware' },
  '8.8': {
    tooling: 5,
    tool: 'vulnerability scanner',
    reason: 'technical vulnerability management',
  },
  '8.12': {
    days: 10,
    tooling: 8,
    tool: 'data leakage prevention',
    reason: 'DLP policies tuned per channel',
  },
  '8.13': { tooling: 5, tool: 'backup platform', reason: 'information backup' },
  '8.15': { tooling: 5, tool: 'log collection', reason: 'logging' },
  '8.16': {
    days: 15,
    tooling: 10,
    tool: 'SIEM / monitoring platform',
    reason: 'use cases, alert triage and on-call',
  },
  '8.23': { tooling: 3, tool: 'web filtering', reason: 'web filtering' },
  '8.24': { tooling: 3, tool: 'key management', reason: 'use of cryptography' },
  '8.28': { days: 10, reason: 'secure coding standards, training and review in the pipeline' },
  '8.32': { days: 5, reason: 'a change management process across teams' },
};

/**
 * Clause work, per clause recorded Nonconformant (days to establish it); Partial takes half
 * (rounded up) and Not assessed one day (to assess it). Clauses not listed take 3 days.
 */
export const CLAUSE_DAYS: Readonly<Record<string, number>> = {
  '4.3': 3,
  '6.1.2': 10,
  '6.1.3': 5,
  '6.2': 3,
  '7.2': 3,
  '7.5.1': 5,
  '8.2': 5,
  '8.3': 5,
  '9.1': 5,
  '9.2.1': 3,
  '9.2.2': 5,
  '9.3.1': 1,
  '9.3.2': 2,
  '9.3.3': 1,
  '10.2': 3,
};
export const DEFAULT_CLAUSE_DAYS = 3;

/** External consultancy, as a share of the internal days (guidance, reviews, a pre-audit). */
export const DEFAULT_CONSULTANCY_SHARE = 0.15;
