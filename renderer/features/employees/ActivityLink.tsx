// "Show the identity provider's requests in Activity": from a provisioned employee's change history to
// the Activity view searching its whole userName (not longer names holding it), every other filter open. Offered to operators who may open
// Activity, for a userName long enough to search; while the dialog holds unsaved changes it is withheld
// (leaving would lose them) and the section says so.
import { activitySearchTooShort } from '../../../preload/activity-search-text';
import { useApi, useConsoleState } from '../../app/console-context';
import { useMayOpen } from '../../app/view-access';
import { OPEN_ACTIVITY_FILTER } from '../../state/activity/initial-state';
import { isEmployeeDirty } from '../../state/employees/selectors';

export function ActivityLink(props: { userName: string }) {
  const api = useApi();
  const allowed = useMayOpen('activity');
  const dirty = useConsoleState(isEmployeeDirty);
  const closeEmployee = useConsoleState((s) => s.closeEmployee);
  const setActivityFilter = useConsoleState((s) => s.setActivityFilter);
  const navigate = useConsoleState((s) => s.navigate);
  if (!allowed || activitySearchTooShort(props.userName)) {
    return <> The identity provider's requests are in the Activity view.</>;
  }
  if (dirty) return <> Save or cancel your changes to see the identity provider's requests in Activity.</>;
  const show = () => {
    closeEmployee();
    void setActivityFilter(api, { ...OPEN_ACTIVITY_FILTER, text: props.userName, exact: true });
    navigate('activity');
  };
  return (
    <>
      {' '}
      <button type="button" className="button link inline-link" onClick={show}>
        Show the identity provider's requests in Activity
      </button>
    </>
  );
}
