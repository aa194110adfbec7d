/**
 * The changes of a review-cycle diff, grouped by area (risks, SoA, clauses …): readiness before
 * and after first, then one collapsible group per area. Within a group each record is named once,
 * with its changed fields beneath ("owner: CIO → COO").
 */
import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeItem } from '../../shared/diff';
import { AREAS, fieldLabel, groupChanges, subjectOf } from '../../shared/diff';
import type { DiffResult } from '../../shared/diff';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  card: CARD_STYLE,
  group: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  summary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  count: { float: 'right', color: tokens.colorNeutralForeground2 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
  },
  before: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  struck: { textDecorationLine: 'line-through' },
  after: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  what: { overflowWrap: 'anywhere', minWidth: 0 },
});

const BADGE = {
  added: { color: 'success', label: 'Added' },
  removed: { color: 'danger', label: 'Removed' },
  changed: { color: 'informative', label: 'Changed' },
} as const;

/** One record's changes: consecutive items with the same subject and kind. */
function bySubject(items: readonly ChangeItem[]): ChangeItem[][] {
  const out: ChangeItem[][] = [];
  for (const c of items) {
    const last = out[out.length - 1];
    if (last && last[0].kind === c.kind && subjectOf(last[0]) === subjectOf(c)) last.push(c);
    else out.push([c]);
  }
  return out;
}

function Field(props: { c: ChangeItem }) {
  const s = useStyles();
  const { c } = props;
  return (
    <Caption1 block>
      {c.area === 'readiness' ? null : `${fieldLabel(c.field)}: `}
      {c.before === null ? (
        <span className={s.before}>—</span>
      ) : (
        <span className={`${s.before} ${s.struck}`}>{c.before}</span>
      )}
      {' → '}
      <span className={s.after}>{c.after ?? '—'}</span>
    </Caption1>
  );
}

function Record(props: { items: readonly ChangeItem[] }) {
  const s = useStyles();
  const first = props.items[0];
  const b = BADGE[first.kind];
  return (
    <li className={s.item}>
      <Badge size="small" appearance="tint" color={b.color}>
        {first.area === 'finding' && first.kind === 'added' ? 'Opened' : b.label}
      </Badge>
      <div className={s.what}>
        <Text size={200} weight="semibold">
          {subjectOf(first)}
        </Text>
        {first.kind === 'changed'
          ? props.items.map((c, i) => <Field key={`${c.field}-${i}`} c={c} />)
          : null}
      </div>
    </li>
  );
}

export function DiffChanges(props: { d: DiffResult }) {
  const s = useStyles();
  const { d } = props;
  const { before, after } = d.readiness;
  const verdict =
    before.verdictLabel === after.verdictLabel
      ? after.verdictLabel
      : `${before.verdictLabel} → ${after.verdictLabel}`;
  const since = d.previous.join(', ');
  return (
    <section
      className={s.card}
      aria-label="Changes since the previous version"
      data-testid="diff-result"
    >
      <Text weight="semibold">
        {d.identical
          ? `No differences since ${since}`
          : `${d.items.length} change(s) since ${since}`}
      </Text>
      <Caption1>{`Readiness ${before.overall} → ${after.overall} (${verdict})`}</Caption1>
      {d.methodology.rescaled ? (
        <Caption1>
          The risk scales changed: previous scores are shown on the current scales.
        </Caption1>
      ) : null}
      {d.migratedControls > 0 ? (
        <Caption1>{`${d.migratedControls} SoA row(s) with 2013 ids matched through the 2013 → 2022 mapping.`}</Caption1>
      ) : null}
      {groupChanges(d.items, AREAS).map((g) => (
        <details key={g.area} className={s.group} open={g.items.length <= 12}>
          <summary className={s.summary}>
            {g.title}
            <span className={s.count}>{g.items.length}</span>
          </summary>
          <ul className={s.list}>
            {bySubject(g.items).map((items, i) => (
              <Record key={`${subjectOf(items[0])}-${i}`} items={items} />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
