/** The pane's cards: one bordered block per thing the user can read or do. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** The card look, to spread into a component's own `makeStyles` (adjusting gap or alignment). */
export const CARD_STYLE = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusLarge,
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  backgroundColor: tokens.colorNeutralBackground1,
} as const;

const useCard = makeStyles({ card: { ...CARD_STYLE, alignItems: 'flex-start' } });

/** Hook: the class of a Set up card (content aligned to the start). */
export function cardClass(): string {
  return useCard().card;
}
