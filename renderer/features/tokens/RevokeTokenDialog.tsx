// Asks before revoking: whoever uses the token (the identity provider, or a system calling the user
// management API) is refused from its next request.
import { useState } from 'react';
import type { TokenView } from '../../../preload/contract';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/FieldError';
import { useApi, useConsoleState } from '../../app/console-context';

export function RevokeTokenDialog(props: { token: TokenView | null; onClose(): void; onRevoked(label: string): void }) {
  return (
    <Dialog title="Revoke token?" open={props.token !== null} onClose={props.onClose} describedBy="revoke-token-text">
      {props.token ? <RevokeConfirmation token={props.token} onClose={props.onClose} onRevoked={props.onRevoked} /> : null}
    </Dialog>
  );
}

function RevokeConfirmation(props: { token: TokenView; onClose(): void; onRevoked(label: string): void }) {
  const api = useApi();
  const revokeToken = useConsoleState((s) => s.revokeToken);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    setBusy(true);
    try {
      await revokeToken(api, props.token.id);
      props.onClose();
      props.onRevoked(props.token.label);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  };

  return (
    <div>
      <p id="revoke-token-text">
        {props.token.kind === 'api' ? 'Systems and scripts' : 'The identity provider'} using "{props.token.label}" will be refused
        from {props.token.kind === 'api' ? 'their' : 'its'} next request. This cannot be undone;{' '}
        {props.token.kind === 'api' ? 'they' : 'it'} will need a new token.
      </p>
      <FieldError id="revoke-token-error" message={error} announce />
      <div className="dialog-actions">
        <button type="button" className="button secondary" autoFocus onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" className="button danger" disabled={busy} onClick={() => void revoke()}>
          Revoke
        </button>
      </div>
    </div>
  );
}
