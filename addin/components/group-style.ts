/** How each findings group looks: the severities' accents, grey for not checked, brand for to-dos. */
import type { GroupId } from '../findings/groups';
import { BADGE_COLOR, SEVERITY_COLOR } from './severity';

export const GROUP_COLOR: Readonly<Record<GroupId, string>> = {
  ...SEVERITY_COLOR,
  'not-checked': '#616161',
  todo: '#0F6CBD',
};

export const GROUP_BADGE: Readonly<
  Record<GroupId, 'danger' | 'warning' | 'informative' | 'subtle' | 'brand'>
> = { ...BADGE_COLOR, 'not-checked': 'subtle', todo: 'brand' };
