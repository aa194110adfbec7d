/** The Set up tab's cards: one bordered block per thing the user can do. */
import { makeStyles, tokens } from '@fluentui/react-components';

const useCard = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Hook: the class of a card. */
export function cardClass(): string {
  return useCard().card;
}
