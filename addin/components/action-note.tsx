/** The note of a `useAction` (success or error), or nothing. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ActionNote as Note } from '../hooks/use-action';

export function ActionNote(props: { note: Note | null }) {
  if (!props.note) return null;
  return (
    <MessageBar intent={props.note.intent}>
      <MessageBarBody>{props.note.text}</MessageBarBody>
    </MessageBar>
  );
}
