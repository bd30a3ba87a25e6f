// Export CSV and Export JSON of the requests the Activity view's filters select.
import { useApi, useConsoleState } from '../../app/console-context';
import { ExportButtons } from '../../components/ExportButtons';
import { activityQuery } from '../../state/activity/activity-slice';

const WORDS = { file: 'activity', rows: 'requests', subject: 'The activity' };

export function ExportActivityButtons() {
  const api = useApi();
  const filter = useConsoleState((s) => s.activity.filter);
  const announce = useConsoleState((s) => s.setActivityFeedback);
  return <ExportButtons api={api} name="activity" filter={activityQuery(filter)} words={WORDS} announce={announce} />;
}
