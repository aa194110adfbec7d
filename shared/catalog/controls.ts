/**
 * ISO/IEC 27001:2022 Annex A, ISO/IEC 27002:2022 attributes and the 2013 Annex A, as read-only data.
 * Facts only (ids, titles, themes, tags); provenance in `data/SOURCES.md`.
 */
import annexA2022 from './data/annex-a-2022.json';
import annexA2013 from './data/annex-a-2013.json';
import attributes from './data/attributes-27002.json';

export type Theme = 'Organizational' | 'People' | 'Physical' | 'Technological';
export const THEMES: readonly Theme[] = ['Organizational', 'People', 'Physical', 'Technological'];
/** Annex A clause number of each theme: A.5 … A.8. */
export const THEME_CLAUSE: Readonly<Record<Theme, string>> = {
  Organizational: '5',
  People: '6',
  Physical: '7',
  Technological: '8',
};

export type ControlAttributes = {
  readonly controlType: readonly string[];
  readonly properties: readonly string[];
  readonly concepts: readonly string[];
  readonly capabilities: readonly string[];
  readonly domains: readonly string[];
};

/** One Annex A 2022 control; `id` is `5.15` (no `A.` prefix), as in the standard's Table A.1. */
export type Control = {
  readonly id: string;
  readonly title: string;
  /** ISO/IEC 27002 wording where it differs from 27001 Table A.1 (5.21, 5.34, 8.1, 8.25). */
  readonly title27002: string | null;
  readonly theme: Theme;
  readonly newIn2022: boolean;
  readonly attributes: ControlAttributes | null;
};

export type Control2013 = {
  readonly id: string;
  readonly title: string;
  readonly clause: string;
  readonly clauseTitle: string;
  readonly objective: string;
  readonly objectiveTitle: string;
};

type RawAttr = {
  id: string;
  control_type: string[];
  information_security_properties: string[];
  cybersecurity_concepts: string[];
  operational_capabilities: string[];
  security_domains: string[];
};

const attrById = new Map<string, ControlAttributes>(
  (attributes.controls as RawAttr[]).map((a) => [
    a.id,
    {
      controlType: a.control_type,
      properties: a.information_security_properties,
      concepts: a.cybersecurity_concepts,
      capabilities: a.operational_capabilities,
      domains: a.security_domains,
    },
  ]),
);

type Raw2022 = {
  id: string;
  title: string;
  theme: string;
  new_in_2022: boolean;
  title_iso27002?: string;
};

export const CONTROLS: readonly Control[] = (annexA2022 as Raw2022[]).map((c) => ({
  id: c.id,
  title: c.title,
  title27002: c.title_iso27002 ?? null,
  theme: c.theme as Theme,
  newIn2022: c.new_in_2022,
  attributes: attrById.get(c.id) ?? null,
}));

export const CONTROLS_2013: readonly Control2013[] = (
  annexA2013 as {
    id: string;
    title: string;
    clause: string;
    clause_title: string;
    objective: string;
    objective_title: string;
  }[]
).map((c) => ({
  id: c.id,
  title: c.title,
  clause: c.clause,
  clauseTitle: c.clause_title,
  objective: c.objective,
  objectiveTitle: c.objective_title,
}));
