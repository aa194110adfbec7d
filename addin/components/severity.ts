/** How each severity reads and looks in the pane (the auditors' grades of nonconformity). */
import type { Severity } from '../../shared/validation/finding';

export const SEVERITIES: readonly Severity[] = ['major', 'minor', 'observation'];

export const SEVERITY_TITLE: Readonly<Record<Severity, string>> = {
  major: 'Major nonconformities',
  minor: 'Minor nonconformities',
  observation: 'Observations',
};

export const SEVERITY_SHORT: Readonly<Record<Severity, string>> = {
  major: 'Major',
  minor: 'Minor',
  observation: 'Observation',
};

/** Accent colours (readable on light and dark backgrounds). */
export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = {
  major: '#C50F1F',
  minor: '#BC4B09',
  observation: '#0F6CBD',
};

export const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  major: 'danger',
  minor: 'warning',
  observation: 'informative',
};
