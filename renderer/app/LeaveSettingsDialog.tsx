// Asks before leaving Provisioning Settings with unsaved changes: keep editing (first, so it has the
// focus when the dialog opens) or discard them.
import { Dialog } from '../components/Dialog';
import { useConsoleState } from './console-context';
import { VIEWS } from './views';

export function LeaveSettingsDialog() {
  const pending = useConsoleState((s) => s.navigation.pending);
  const confirm = useConsoleState((s) => s.confirmNavigation);
  const cancel = useConsoleState((s) => s.cancelNavigation);
  return (
    <Dialog title="Discard unsaved changes?" open={pending !== null} onClose={cancel} describedBy="leave-settings-text">
      <p id="leave-settings-text">
        Your changes to Provisioning Settings are not saved. If you open {pending ? VIEWS[pending].navLabel : 'another view'} now,
        they are lost.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={cancel}>
          Keep editing
        </button>
        <button type="button" className="button danger" onClick={confirm}>
          Discard changes
        </button>
      </div>
    </Dialog>
  );
}
