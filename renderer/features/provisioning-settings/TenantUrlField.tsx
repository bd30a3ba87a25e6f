// "Tenant URL": the gateway's public base URL, checked as it is typed, with Copy and the suggestion
// from this machine's host name while none is saved. Copy works read-only too (outside the read-only scope).
import { CopyButton } from '../../components/CopyButton';
import { useConsoleState } from '../../app/console-context';
import { fieldError } from '../../state/settings/selectors';
import { FieldError } from '../../components/FieldError';
import { FIELD_IDS, errorIdFor } from './field-ids';
import { ReadOnlyScope } from './ReadOnlyScope';
import { canConfigureProvisioning } from '../../state/session/session-slice';

export function TenantUrlField() {
  const value = useConsoleState((s) => s.settings.draft?.tenantUrl ?? '');
  const savedUrl = useConsoleState((s) => s.settings.server?.tenantUrl ?? null);
  const suggestion = useConsoleState((s) => s.settings.server?.suggestedTenantUrl ?? '');
  const error = useConsoleState((s) => fieldError(s, 'tenantUrl'));
  const editDraft = useConsoleState((s) => s.editDraft);
  const announce = useConsoleState((s) => s.announce);
  const canConfigure = useConsoleState(canConfigureProvisioning);
  const id = FIELD_IDS.tenantUrl;
  const showSuggestion = savedUrl === null && value.trim() === '' && suggestion !== '';
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Tenant URL
      </label>
      <div className="input-with-button">
        <ReadOnlyScope className="grow">
          <input
            id={id}
            type="url"
            inputMode="url"
            spellCheck={false}
            autoComplete="off"
            className="text-input mono"
            value={value}
            placeholder="https://idsvc.example.com:8443/scim/v2"
            aria-invalid={error ? true : undefined}
            aria-describedby={[error ? errorIdFor('tenantUrl') : '', 'tenant-url-help'].join(' ').trim()}
            onChange={(event) => editDraft({ tenantUrl: event.target.value })}
          />
        </ReadOnlyScope>
        <CopyButton
          text={value.trim()}
          what="Tenant URL"
          disabled={value.trim() === ''}
          onCopied={(message) => announce({ kind: 'success', message })}
        />
      </div>
      <FieldError id={errorIdFor('tenantUrl')} message={error} />
      <p id="tenant-url-help" className="help">
        The address your identity provider calls, as it reaches this server: https, no query or fragment. Paste it into the
        identity provider's provisioning settings.
      </p>
      {showSuggestion && canConfigure ? (
        <p className="suggestion">
          <span>
            Suggested from this computer's name: <code>{suggestion}</code>
          </span>
          <button type="button" className="button link" onClick={() => editDraft({ tenantUrl: suggestion })}>
            Use suggested URL
          </button>
        </p>
      ) : null}
    </div>
  );
}
