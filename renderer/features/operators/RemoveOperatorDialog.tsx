// Asks before removing an operator: the account loses every privilege at once, on every console and
// idsvc run on this server.
import { useApi, useConsoleState } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';

export function RemoveOperatorDialog(props: { account: string | null; onClose(): void }) {
  const api = useApi();
  const removeOperator = useConsoleState((s) => s.removeOperator);
  const remove = async () => {
    const account = props.account;
    props.onClose();
    if (account !== null) await removeOperator(api, account);
  };
  return (
    <Dialog title="Remove operator?" open={props.account !== null} onClose={props.onClose} describedBy="remove-operator-text">
      <p id="remove-operator-text">
        {props.account} will lose every privilege at once: the console and idsvc refuse its next request.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button secondary" autoFocus onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={() => void remove()}>
          Remove
        </button>
      </div>
    </Dialog>
  );
}
