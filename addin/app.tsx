/**
 * The app: Fluent provider with the host's theme around the task pane; high contrast when the
 * system asks for it (theme/pane-theme.ts). `data-theme` names the theme for the pane's tests.
 */
import { FluentProvider } from '@fluentui/react-components';
import type { AddinDeps } from './deps';
import { useWorkbook } from './hooks/use-workbook';
import { TaskPane } from './components/task-pane';
import { FLUENT_THEME, usePaneTheme } from './theme/pane-theme';

export function App(props: { deps: AddinDeps }) {
  const wb = useWorkbook(props.deps);
  const theme = usePaneTheme(props.deps.theme);
  return (
    <FluentProvider theme={FLUENT_THEME[theme]} data-theme={theme}>
      <TaskPane deps={props.deps} wb={wb} />
    </FluentProvider>
  );
}
