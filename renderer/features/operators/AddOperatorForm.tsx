// Add operator: an account name and the privileges it starts with. A refusal (already an operator,
// a name main will not take) is shown under the account field.
import { useState, type FormEvent } from 'react';
import { PRIVILEGES, privilegeLabel, type Privilege } from '../../../preload/privileges';
import { useApi, useConsoleState } from '../../app/console-context';

export function AddOperatorForm() {
  const api = useApi();
  const addOperator = useConsoleState((s) => s.addOperator);
  const busy = useConsoleState((s) => s.operators.busy === '');
  const [account, setAccount] = useState('');
  const [privileges, setPrivileges] = useState<ReadonlySet<Privilege>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (account.trim() === '') {
      setError('Enter the account name.');
      return;
    }
    const result = await addOperator(
      api,
      account.trim(),
      PRIVILEGES.filter((p) => privileges.has(p)),
    );
    if (result.ok) {
      setAccount('');
      setPrivileges(new Set());
      setError(null);
    } else {
      setError(result.message);
    }
  };
  const toggle = (privilege: Privilege, on: boolean) => {
    const next = new Set(privileges);
    if (on) next.add(privilege);
    else next.delete(privilege);
    setPrivileges(next);
  };

  return (
    <form className="add-operator" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor="add-operator-account" className="field-label">
          Account
        </label>
        <input
          id="add-operator-account"
          className="text-input"
          autoComplete="off"
          spellCheck={false}
          maxLength={256}
          value={account}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'add-operator-error' : 'add-operator-help'}
          onChange={(event) => {
            setAccount(event.target.value);
            setError(null);
          }}
        />
        {error ? (
          <p id="add-operator-error" className="field-error-text">
            {error}
          </p>
        ) : (
          <p id="add-operator-help" className="help">
            For example <code>CORP\ann</code> or <code>ann</code>.
          </p>
        )}
      </div>
      <fieldset className="fieldset field">
        <legend className="field-label">Privileges</legend>
        <div className="checkbox-row">
          {PRIVILEGES.map((privilege) => (
            <label key={privilege} className="checkbox">
              <input
                type="checkbox"
                checked={privileges.has(privilege)}
                onChange={(event) => toggle(privilege, event.target.checked)}
              />
              <span>{privilegeLabel(privilege)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <button type="submit" className="button primary" disabled={busy}>
          Add operator
        </button>
      </div>
    </form>
  );
}
