// "Create token": Label and Expiry date (with presets) and, for a user management API token, its Scope;
// then the new token shown once with Copy. The token string lives only in this dialog's state and is
// gone when the dialog closes. SCIM and API tokens differ only in the scope and the words around them.
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../preload/api-error';
import type { ApiScope, TokenKind } from '../../../preload/token-kinds';
import { EXPIRY_PRESETS, endOfLocalDay, latestExpiryDate, localDateString, presetDate } from '../../../preload/token-expiry';
import { checkTokenLabel, TOKEN_LABEL_MAX_LENGTH } from '../../../preload/token-label-rule';
import { CopyButton } from '../../components/CopyButton';
import { Dialog } from '../../components/Dialog';
import { DialogFormFooter } from '../../components/DialogFormFooter';
import { FieldError } from '../../components/FieldError';
import { WarningIcon } from '../../components/icons';
import { useApi, useConsoleState } from '../../app/console-context';
import { formatDate } from '../../components/time-format';
import { SCOPE_LABELS } from './token-format';

type Field = 'label' | 'expiresAt';

const COPY: Readonly<
  Record<TokenKind, { title: string; placeholder: string; labelHelp: string; expiryHelp: string; use: string }>
> = {
  scim: {
    title: 'Create token',
    placeholder: 'Microsoft Entra ID – production',
    labelHelp: 'Which identity provider or provisioning job uses it.',
    expiryHelp:
      'The token stops working at the end of this day. Microsoft Entra ID quarantines a provisioning job when its token expires: create the next token before this date.',
    use: 'Paste it into the identity provider as the Secret Token.',
  },
  api: {
    title: 'Create API token',
    placeholder: 'Payroll export',
    labelHelp: 'Which system or script uses it.',
    expiryHelp: 'The token stops working at the end of this day: create the next token before this date.',
    use: 'Send it as Authorization: Bearer <token> to /api/v1.',
  },
};
/** Least privilege first: a new API token reads unless the administrator chooses more. */
const SCOPE_CHOICES: ReadonlyArray<{ value: ApiScope; label: string }> = [
  { value: 'employees:read', label: SCOPE_LABELS.get('employees:read')! },
  { value: 'employees:write', label: SCOPE_LABELS.get('employees:read employees:write')! },
];

export function CreateTokenDialog(props: { open: boolean; onClose(): void; kind?: TokenKind }) {
  const kind = props.kind ?? 'scim';
  const [created, setCreated] = useState<{ token: string; label: string; expiresAt: string } | null>(null);
  // The token is shown once: closing before it was copied (button or keys) asks first.
  const [copied, setCopied] = useState(false);
  const [asking, setAsking] = useState(false);
  const close = () => {
    setCreated(null);
    setCopied(false);
    setAsking(false);
    props.onClose();
  };
  const requestClose = () => {
    if (asking) setAsking(false);
    else if (created && !copied) setAsking(true);
    else close();
  };
  return (
    <Dialog title={created ? 'Token created' : COPY[kind].title} open={props.open} onClose={requestClose}>
      {created ? (
        <NewTokenPanel
          {...created}
          kind={kind}
          asking={asking}
          onCopied={() => setCopied(true)}
          onDone={requestClose}
          onBack={() => setAsking(false)}
          onDiscard={close}
        />
      ) : (
        <CreateTokenForm kind={kind} onCancel={close} onCreated={setCreated} />
      )}
    </Dialog>
  );
}

function CreateTokenForm(props: {
  kind: TokenKind;
  onCancel(): void;
  onCreated(created: { token: string; label: string; expiresAt: string }): void;
}) {
  const copy = COPY[props.kind];
  const [scope, setScope] = useState<ApiScope>('employees:read');
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
      const access = props.kind === 'api' ? { kind: 'api' as const, scopes: [scope] } : undefined;
      const { token, record } = await createToken(api, labelCheck.label, end.toISOString(), access);
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
          placeholder={copy.placeholder}
          value={label}
          aria-invalid={error?.field === 'label' ? true : undefined}
          aria-describedby={describedBy('label', 'token-label-help')}
          onChange={(event) => {
            setLabel(event.target.value);
            setError(null);
          }}
        />
        {error?.field === 'label' ? <FieldError id="create-token-error" message={error.message} announce /> : null}
        <p id="token-label-help" className="help">
          {copy.labelHelp}
        </p>
      </div>
      {props.kind === 'api' ? (
        <div className="field">
          <label htmlFor="token-scope" className="field-label">
            Scope
          </label>
          <select
            id="token-scope"
            className="select"
            value={scope}
            aria-describedby="token-scope-help"
            onChange={(event) => setScope(event.target.value as ApiScope)}
          >
            {SCOPE_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <p id="token-scope-help" className="help">
            Read lists and reads employees; read and write also edits the fields WFO owns and adds employees.
          </p>
        </div>
      ) : null}
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
        {error?.field === 'expiresAt' ? <FieldError id="create-token-error" message={error.message} announce /> : null}
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
          {copy.expiryHelp}
        </p>
      </div>
      <DialogFormFooter errorId="create-token-error" error={null} submitLabel="Create" busy={busy} onCancel={props.onCancel} />
    </form>
  );
}

function NewTokenPanel(props: {
  token: string;
  label: string;
  expiresAt: string;
  kind: TokenKind;
  asking: boolean;
  onCopied(): void;
  onDone(): void;
  onBack(): void;
  onDiscard(): void;
}) {
  const announce = useConsoleState((s) => s.announce);
  const copyRef = useRef<HTMLDivElement>(null);
  const back = () => {
    props.onBack();
    // Back at the token: Copy is what is left to do.
    requestAnimationFrame(() => copyRef.current?.querySelector('button')?.focus());
  };
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
            onCopy={props.onCopied}
          />
        </div>
        <p id="new-token-help" className="help">
          "{props.label}", valid until {formatDate(props.expiresAt)}. {COPY[props.kind].use}
        </p>
      </div>
      {props.asking ? (
        <div className="confirm-close">
          <p id="close-uncopied-text" className="field-error">
            <WarningIcon />
            <span>The token was not copied. Once closed it cannot be shown again: you would need a new token.</span>
          </p>
          <div className="dialog-actions">
            <button type="button" className="button secondary" autoFocus aria-describedby="close-uncopied-text" onClick={back}>
              Back to the token
            </button>
            <button type="button" className="button danger" onClick={props.onDiscard}>
              Close without copying
            </button>
          </div>
        </div>
      ) : (
        <div className="dialog-actions" ref={copyRef}>
          <CopyButton
            text={props.token}
            what="token"
            onCopied={(message, ok) => {
              if (ok) props.onCopied();
              announce({ kind: ok ? 'success' : 'error', message });
            }}
          />
          <button type="button" className="button primary" onClick={props.onDone}>
            Done
          </button>
        </div>
      )}
    </div>
  );
}
