/** The engine's progress while it reads and checks: a determinate bar with what it is doing. */
import { Caption1, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { Progress } from '../engine/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export function LoadProgress(props: { progress: Progress | null }) {
  const s = useStyles();
  const p = props.progress;
  const value = p && p.total > 0 ? p.done / p.total : undefined;
  return (
    <div className={s.root} role="status" data-testid="load-progress">
      <ProgressBar value={value} max={1} aria-label="Reading and checking" thickness="large" />
      <Caption1>
        {p ? `${p.label} ${Math.round((value ?? 0) * 100)}%` : 'Reading the workbook…'}
      </Caption1>
    </div>
  );
}
