/**
 * The rest of the review: control ids migrated to ISO/IEC 27001:2022, Annex A controls the SoA
 * lacks (6.1.3 d), rows left out and why (they stay in the original sheet), and the importer's
 * notes and findings. Long lists show their first items and say how many more there are.
 */
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportResult } from '../../shared/import';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  card: { ...CARD_STYLE, gap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const SHOWN = 8;

function Section(props: { title: string; items: readonly string[]; hint?: string }) {
  const s = useStyles();
  if (props.items.length === 0) return null;
  const more = props.items.length - SHOWN;
  return (
    <section className={s.card} aria-label={props.title}>
      <Text weight="semibold">{`${props.title} (${props.items.length})`}</Text>
      {props.hint ? <Caption1 className={s.muted}>{props.hint}</Caption1> : null}
      <ul className={s.list}>
        {props.items.slice(0, SHOWN).map((t, i) => (
          <li key={i}>
            <Caption1>{t}</Caption1>
          </li>
        ))}
        {more > 0 ? (
          <li>
            <Caption1
              className={s.muted}
            >{`and ${more} more (listed in the Import Report)`}</Caption1>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

const rowsText = (r: readonly [number, number] | null) =>
  r === null ? '' : r[0] === r[1] ? `row ${r[0]}` : `rows ${r[0]}–${r[1]}`;

export function ReviewDetails(props: { result: ImportResult }) {
  const r = props.result;
  return (
    <>
      <Section
        title="Control ids migrated to 2022"
        hint="2013 (or 2005) Annex A references replaced by their ISO/IEC 27001:2022 successors."
        items={r.migrations.map((m) => `${m.from} → ${m.to.join(', ')} (${m.sheet}, row ${m.row})`)}
      />
      <Section
        title="Annex A controls missing from the SoA"
        hint="Every 2022 control must be listed with a justification (6.1.3 d); add them after converting."
        items={r.missingControls.map((c) => `A.${c}`)}
      />
      <Section
        title="Not imported"
        hint="These stay in your original sheet; nothing is deleted."
        items={r.dropped.map((d) =>
          [d.sheet, rowsText(d.rows), d.value ? `“${d.value}”` : '', `— ${d.reason}`]
            .filter(Boolean)
            .join(' '),
        )}
      />
      <Section
        title="Notes"
        items={r.notes.map((n) => `${n.sheet}${n.row ? `, row ${n.row}` : ''}: ${n.message}`)}
      />
      <Section title="To check" items={r.findings.map((f) => f.message)} />
    </>
  );
}
