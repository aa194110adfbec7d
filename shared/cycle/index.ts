/**
 * @module cycle — the ISO/IEC 27001 certification cycle (tblCertification): milestones and their
 * recogniser, the default timeline from a start date, the plan as recorded (surveillance and
 * recertification following the issue date), and the next audit. Defaults: docs/cycle.md.
 */
export * from './calendar';
export * from './milestones';
export * from './recognise-milestone';
export * from './default-timeline';
export * from './cycle-plan';
export * from './next-audit';
