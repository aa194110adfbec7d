/** One report kind of the catalogue as a card: its title, what it holds, one download button per format. */
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { REPORT_KINDS, type ReportFormat, type ReportKind } from '../../shared/reports';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  card: { ...CARD_STYLE, alignItems: 'flex-start' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function ReportCard(props: {
  kind: ReportKind;
  disabled: boolean;
  onDownload: (kind: ReportKind, format: ReportFormat) => void;
}) {
  const s = useStyles();
  const info = REPORT_KINDS[props.kind];
  return (
    <section className={s.card} aria-label={info.title}>
      <Text weight="semibold">{info.title}</Text>
      <Caption1>{info.about}</Caption1>
      <div className={s.row}>
        {info.formats.map((f) => (
          <Button
            key={f}
            icon={<ArrowDownloadRegular />}
            disabled={props.disabled}
            onClick={() => props.onDownload(props.kind, f)}
            aria-label={`Download the ${info.title.toLowerCase()} as ${f.toUpperCase()}`}
          >
            {f.toUpperCase()}
          </Button>
        ))}
      </div>
    </section>
  );
}
