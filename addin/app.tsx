/** The app: Fluent provider with the host's theme around the task pane. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { AddinDeps } from './deps';
import { useWorkbook } from './hooks/use-workbook';
import { TaskPane } from './components/task-pane';

export function App(props: { deps: AddinDeps }) {
  const wb = useWorkbook(props.deps);
  return (
    <FluentProvider theme={props.deps.theme === 'dark' ? webDarkTheme : webLightTheme}>
      <TaskPane deps={props.deps} wb={wb} />
    </FluentProvider>
  );
}
