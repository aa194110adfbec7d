/**
 * The Check tab's filters: severity-group chips, rule chips (one scrolling line, with counts),
 * sheet and control pickers, text search and the sub-grouping. Every chip filters; pressing it
 * again clears it.
 */
import { Input, Select, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import type { Facet, FindingFilter } from '../findings/filters';
import { GROUP_ORDER, GROUP_TITLE, type GroupCounts } from '../findings/groups';
import type { GroupBy } from '../findings/rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    overflowX: 'auto',
    paddingBottom: '2px',
    flexWrap: 'nowrap',
  },
  chip: { flexShrink: 0, whiteSpace: 'nowrap' },
  pickers: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
});

export type FacetSet = {
  readonly rules: readonly Facet[];
  readonly sheets: readonly Facet[];
  readonly controls: readonly Facet[];
};

function Picker(props: {
  label: string;
  all: string;
  value: string | null;
  facets: readonly Facet[];
  onChange: (v: string | null) => void;
}) {
  return (
    <Select
      size="small"
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(_, d) => props.onChange(d.value || null)}
    >
      <option value="">{props.all}</option>
      {props.facets.map((f) => (
        <option key={f.value} value={f.value}>{`${f.value} (${f.count})`}</option>
      ))}
    </Select>
  );
}

export function FindingFilters(props: {
  filter: FindingFilter;
  onChange: (f: FindingFilter) => void;
  counts: GroupCounts;
  facets: FacetSet;
  groupBy: GroupBy;
  onGroupBy: (g: GroupBy) => void;
}) {
  const s = useStyles();
  const { filter, onChange } = props;
  const set = (patch: Partial<FindingFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className={s.root}>
      <Input
        size="small"
        contentBefore={<SearchRegular />}
        placeholder="Search findings"
        aria-label="Search findings"
        value={filter.text}
        onChange={(_, d) => set({ text: d.value })}
      />
      <div className={s.line} role="group" aria-label="Filter by severity">
        {GROUP_ORDER.filter((g) => props.counts[g] > 0).map((g) => (
          <ToggleButton
            key={g}
            size="small"
            shape="circular"
            className={s.chip}
            checked={filter.group === g}
            onClick={() => set({ group: filter.group === g ? null : g })}
          >{`${GROUP_TITLE[g]} ${props.counts[g]}`}</ToggleButton>
        ))}
      </div>
      <div className={s.line} role="group" aria-label="Findings by rule">
        {props.facets.rules.map((r) => (
          <ToggleButton
            key={r.value}
            size="small"
            appearance="outline"
            className={s.chip}
            role="checkbox"
            aria-checked={filter.rule === r.value}
            checked={filter.rule === r.value}
            onClick={() => set({ rule: filter.rule === r.value ? null : r.value })}
          >{`${r.value} × ${r.count}`}</ToggleButton>
        ))}
      </div>
      <div className={s.pickers}>
        <Picker
          label="Sheet"
          all="All sheets"
          value={filter.sheet}
          facets={props.facets.sheets}
          onChange={(v) => set({ sheet: v })}
        />
        {props.facets.controls.length > 0 ? (
          <Picker
            label="Control"
            all="All controls"
            value={filter.control}
            facets={props.facets.controls}
            onChange={(v) => set({ control: v })}
          />
        ) : null}
        <Select
          size="small"
          aria-label="Group by"
          value={props.groupBy}
          onChange={(_, d) => props.onGroupBy(d.value as GroupBy)}
        >
          <option value="rule">Group by rule</option>
          <option value="sheet">Group by sheet</option>
        </Select>
      </div>
    </div>
  );
}
