// "Open employee" under a request about one employee: the Employees view with that employee's dialog,
// as WFO holds it now (its fields, what the identity provider owns of it, its change history). Shown
// only to operators who may open the Employees view; main refuses the read to anyone else anyway.
import { employeeIdOf } from '../../../preload/activity-operations';
import type { ActivityEntry } from '../../../preload/contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { useMayOpen } from '../../app/view-access';
import { messageOf } from '../../state/error-message';

export function OpenEmployeeButton(props: { entry: ActivityEntry }) {
  const api = useApi();
  const allowed = useMayOpen('employees');
  const openEmployeeById = useConsoleState((s) => s.openEmployeeById);
  const navigate = useConsoleState((s) => s.navigate);
  const setFeedback = useConsoleState((s) => s.setActivityFeedback);
  const id = employeeIdOf(props.entry);
  if (id === null || !allowed) return null;
  const open = async () => {
    try {
      await openEmployeeById(api, id);
      navigate('employees');
    } catch (error) {
      setFeedback({ kind: 'error', message: `The employee could not be opened: ${messageOf(error)}` });
    }
  };
  const who = props.entry.userName ?? 'this employee';
  return (
    <button
      type="button"
      className="button link open-from-activity"
      aria-label={`Open employee ${who}`}
      onClick={() => void open()}
    >
      Open employee
    </button>
  );
}
