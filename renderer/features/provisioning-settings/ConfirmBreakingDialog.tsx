// Asks before a save that refuses the identity provider's next calls (preload/breaking-change.ts):
// what it will meet (403, or 404 at the old path) and when it last called. Cancel is the default.
import type { BreakingChange, LastCall } from '../../../preload/breaking-change';
import { Dialog } from '../../components/Dialog';
import { WarningIcon } from '../../components/icons';
import { formatFullTime, relativeTime } from '../../components/time-format';

export interface BreakingConfirmation {
  changes: BreakingChange[];
  lastCall: LastCall;
}

export function ConfirmBreakingDialog(props: { confirmation: BreakingConfirmation | null; onCancel(): void; onConfirm(): void }) {
  const { confirmation } = props;
  return (
    <Dialog
      title="Save and interrupt provisioning?"
      open={confirmation !== null}
      onClose={props.onCancel}
      describedBy="breaking-text"
    >
      {confirmation ? (
        <div>
          <div id="breaking-text">
            <p className="note warning-text">
              <WarningIcon />
              <span>
                The identity provider last called {relativeTime(confirmation.lastCall.at)} (
                {formatFullTime(confirmation.lastCall.at)}, token "{confirmation.lastCall.by}").
              </span>
            </p>
            <ul className="breaking-list">
              {confirmation.changes.map((change) => (
                <li key={change.kind}>{change.consequence}</li>
              ))}
            </ul>
          </div>
          <div className="dialog-actions">
            <button type="button" className="button secondary" autoFocus onClick={props.onCancel}>
              Cancel
            </button>
            <button type="button" className="button danger" onClick={props.onConfirm}>
              Save anyway
            </button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
