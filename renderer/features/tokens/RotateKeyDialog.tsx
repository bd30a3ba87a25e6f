// Rotates the token-signing key after confirming (tokens:rotate-key): new tokens are signed with a new
// key; the old key's private half is deleted from the keychain, so it can never sign again, while the
// tokens it signed keep working until they expire or are revoked.
import { useState } from 'react';
import { useApi } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/FieldError';
import { messageOf } from '../../state/error-message';

export function RotateKeyDialog(props: { open: boolean; onClose(): void; onRotated(message: string): void }) {
  return (
    <Dialog title="Rotate the signing key?" open={props.open} onClose={props.onClose} describedBy="rotate-key-text">
      <RotateConfirmation onClose={props.onClose} onRotated={props.onRotated} />
    </Dialog>
  );
}

function RotateConfirmation(props: { onClose(): void; onRotated(message: string): void }) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rotate = async () => {
    setBusy(true);
    try {
      const { kid } = await api.invoke('tokens:rotate-key', {});
      props.onClose();
      props.onRotated(`Signing key rotated: new tokens are signed with key ${kid.slice(0, 12)}…`);
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  };
  return (
    <div>
      <div id="rotate-key-text">
        <p>
          Tokens created from now on are signed with a new key. The current key's private half is deleted from this computer's
          keychain, so it can never sign again.
        </p>
        <p>
          Tokens already issued keep working until they expire or are revoked: if the key may have been exposed, create new tokens
          and revoke the old ones.
        </p>
      </div>
      <FieldError id="rotate-key-error" message={error} announce />
      <div className="dialog-actions">
        <button type="button" className="button secondary" autoFocus onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" className="button danger" disabled={busy} onClick={() => void rotate()}>
          Rotate key
        </button>
      </div>
    </div>
  );
}
