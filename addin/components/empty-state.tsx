import type { ReactNode } from 'react';
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2,
  },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1 },
});

/** A friendly "nothing here yet" block: icon, title, one line of guidance, optional action. */
export function EmptyState(props: {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  const s = useStyles();
  return (
    <div className={s.root} role="status">
      <div className={s.icon} aria-hidden="true">
        {props.icon}
      </div>
      <Subtitle2>{props.title}</Subtitle2>
      {props.children ? <Body1>{props.children}</Body1> : null}
      {props.action}
    </div>
  );
}
