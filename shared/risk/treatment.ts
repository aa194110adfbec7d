/**
 * Risk treatment options of ISO/IEC 27005:2022 (8.2): parseTreatment, kept at this path (the
 * agreed signature and the shared barrel); the words live in shared/vocabulary, shared with the
 * importer.
 */
export { parseTreatment } from '../vocabulary/treatment-option';
