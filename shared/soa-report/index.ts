/** @module soa-report — the formal Statement of Applicability document (6.1.3 d). */
export * from './types';
export * from './build-soa-report';
