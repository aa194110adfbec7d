/**
 * How each severity reads and looks in the pane: the auditors' grades of nonconformity, and
 * "could not be checked" for tool and format problems (never a nonconformity).
 */
import type { Grade, Severity } from '../../shared/validation';

/** The grades counted in the summary tiles. */
export const SEVERITIES: readonly Grade[] = ['major', 'minor', 'observation'];

/** Every severity, in the order findings are grouped (what could not be checked comes last). */
export const ALL_SEVERITIES: readonly Severity[] = [...SEVERITIES, 'not-checked'];

export const SEVERITY_TITLE: Readonly<Record<Severity, string>> = {
  major: 'Major nonconformities',
  minor: 'Minor nonconformities',
  observation: 'Observations',
  'not-checked': 'Could not be checked',
};

export const SEVERITY_SHORT: Readonly<Record<Severity, string>> = {
  major: 'Major',
  minor: 'Minor',
  observation: 'Observation',
  'not-checked': 'Not checked',
};

/** Accent colours (readable on light and dark backgrounds). */
export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = {
  major: '#C50F1F',
  minor: '#BC4B09',
  observation: '#0F6CBD',
  'not-checked': '#616161',
};

export const BADGE_COLOR: Readonly<
  Record<Severity, 'danger' | 'warning' | 'informative' | 'subtle'>
> = {
  major: 'danger',
  minor: 'warning',
  observation: 'informative',
  'not-checked': 'subtle',
};
