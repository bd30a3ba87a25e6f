// "Create token": Label and Expiry date (with presets), then the new token shown once with Copy. The
// token string lives only in this dialog's state and is gone when the dialog closes.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../preload/contract';
import { EXPIRY_PRESETS, endOfLocalDay, latestExpiryDate, localDateString, presetDate } from '../../../preload/token-expiry';
import { checkTokenLabel, TOKEN_LABEL_MAX_LENGTH } from '../../../preload/token-label-rule';
import { CopyButton } from '../../components/CopyButton';
import { Dialog } from '../../components/Dialog';
import { DialogFormFooter } from '../../components/DialogFormFooter';
import { WarningIcon } from '../../components/icons';
import { useApi, useConsoleState } from '../../app/console-context';
import { formatDate } from './token-format';

type Field = 'label' | 'expiresAt';

export function CreateTokenDialog(props: { open: boolean; onClose(): void }) {
  const [created, setCreated] = useState<{ token: string; label: string; expiresAt: string } | null>(null);
  const close = () => {
    setCreated(null);
    props.onClose();
  };
  return (
    <Dialog title={created ? 'Token created' : 'Create token'} open={props.open} onClose={close}>
      {created ? <NewTokenPanel {...created} onDone={close} /> : <CreateTokenForm onCancel={close} onCreated={setCreated} />}
    </Dialog>
  );
}

function CreateTokenForm(props: { onCancel(): void; onCreated(created: { token: string; label: string; expiresAt: string }): void }) {
  const api = useApi();
  const createToken = useConsoleState((s) => s.createToken);
  const announce = useConsoleState((s) => s.announce);
  const today = new Date();
  const [label, setLabel] = useState('');
  const [expiry, setExpiry] = useState(presetDate(EXPIRY_PRESETS[1], today));
  const [error, setError] = useState<{ field: Field; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const labelCheck = checkTokenLabel(label);
    if (!labelCheck.ok) return setError({ field: 'label', message: labelCheck.message });
    const end = endOfLocalDay(expiry);
    if (!end) return setError({ field: 'expiresAt', message: 'Choose an expiry date.' });
    setBusy(true);
    try {
      const { token, record } = await createToken(api, labelCheck.label, end.toISOString());
      announce({ kind: 'success', message: `Token "${record.label}" created. Copy it now: it is shown only once.` });
      props.onCreated({ token, label: record.label, expiresAt: record.expiresAt });
    } catch (caught) {
      const field: Field = caught instanceof ApiError && caught.field === 'expiresAt' ? 'expiresAt' : 'label';
      setError({ field, message: caught instanceof Error ? caught.message : String(caught) });
      setBusy(false);
    }
  };

  const describedBy = (field: Field, help: string) => [error?.field === field ? 'create-token-error' : '', help].join(' ').trim();
  return (
    <form onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="token-label" className="field-label">
          Label
        </label>
        <input
          id="token-label"
          className="text-input"
          autoFocus
          maxLength={TOKEN_LABEL_MAX_LENGTH}
          placeholder="Microsoft Entra ID – production"
          value={label}
          aria-invalid={error?.field === 'label' ? true : undefined}
          aria-describedby={describedBy('label', 'token-label-help')}
          onChange={(event) => {
            setLabel(event.target.value);
            setError(null);
          }}
        />
        <p id="token-label-help" className="help">
          Which identity provider or provisioning job uses it.
        </p>
      </div>
      <div className="field">
        <label htmlFor="token-expiry" className="field-label">
          Expiry date
        </label>
        <input
          id="token-expiry"
          type="date"
          className="text-input date-input"
          min={localDateString(today)}
          max={latestExpiryDate(today)}
          value={expiry}
          aria-invalid={error?.field === 'expiresAt' ? true : undefined}
          aria-describedby={describedBy('expiresAt', 'token-expiry-help')}
          onChange={(event) => {
            setExpiry(event.target.value);
            setError(null);
          }}
        />
        {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not form fields: role=group names them without a fieldset's legend. */}
        <div className="presets" role="group" aria-label="Expiry presets">
          {EXPIRY_PRESETS.map((preset) => (
            <button
              key={preset.label}
              type="button"
              className="button chip"
              aria-pressed={expiry === presetDate(preset, today)}
              onClick={() => {
                setExpiry(presetDate(preset, today));
                setError(null);
              }}
            >
              {preset.label}
            </button>
          ))}
        </div>
        <p id="token-expiry-help" className="help">
          The token stops working at the end of this day. Microsoft Entra ID quarantines a provisioning job when
          its token expires: create the next token before this date.
        </p>
      </div>
      <DialogFormFooter errorId="create-token-error" error={error?.message ?? null} submitLabel="Create" busy={busy} onCancel={props.onCancel} />
    </form>
  );
}

function NewTokenPanel(props: { token: string; label: string; expiresAt: string; onDone(): void }) {
  const announce = useConsoleState((s) => s.announce);
  return (
    <div>
      <p className="warning" id="new-token-warning">
        <WarningIcon />
        <span>Copy this token now. It will not be shown again: only its label and dates are kept.</span>
      </p>
      <div className="field">
        <label htmlFor="new-token" className="field-label">
          New token
        </label>
        <div className="input-with-button">
          <textarea
            id="new-token"
            className="text-input mono token-text"
            readOnly
            rows={4}
            value={props.token}
            aria-describedby="new-token-warning new-token-help"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
        <p id="new-token-help" className="help">
          "{props.label}", valid until {formatDate(props.expiresAt)}. Paste it into the identity provider as the
          Secret Token.
        </p>
      </div>
      <div className="dialog-actions">
        <CopyButton text={props.token} what="token" onCopied={(message) => announce({ kind: 'success', message })} />
        <button type="button" className="button primary" onClick={props.onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
