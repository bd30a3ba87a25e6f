// The operators table: one row per account, one checkbox per privilege. The last holder of Manage
// Operators keeps its checkbox: main refuses that revocation with the reason, which is announced.
import { PRIVILEGES, privilegeLabel, type Privilege } from '../../../preload/privileges';
import type { OperatorView } from '../../../preload/operators-contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { BreakableText } from '../../components/BreakableText';
import { formatDate } from '../../components/time-format';
import './operators.css';

export function OperatorsTable(props: { onRemove(account: string): void }) {
  const list = useConsoleState((s) => s.operators.list);
  const loadError = useConsoleState((s) => s.operators.loadError);
  if (loadError) {
    return (
      <p className="field-error" role="alert">
        {loadError}
      </p>
    );
  }
  if (list === null) return <p aria-busy="true">Loading operators…</p>;
  return (
    <table className="table operators-table">
      <caption className="offscreen">Operators and their privileges</caption>
      <thead>
        <tr>
          <th scope="col" className="col-account">
            Account
          </th>
          {PRIVILEGES.map((privilege) => (
            <th scope="col" key={privilege} className="privilege-cell">
              {privilegeLabel(privilege)}
            </th>
          ))}
          <th scope="col" className="added-column">
            Added
          </th>
          <th scope="col" className="col-actions">
            <span className="offscreen">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((operator) => (
          <OperatorRow key={operator.account} operator={operator} onRemove={() => props.onRemove(operator.account)} />
        ))}
      </tbody>
    </table>
  );
}

function OperatorRow(props: { operator: OperatorView; onRemove(): void }) {
  const api = useApi();
  const { operator } = props;
  const me = useConsoleState((s) => s.session.view?.account);
  const busy = useConsoleState((s) => s.operators.busy === operator.account);
  const setPrivilege = useConsoleState((s) => s.setOperatorPrivilege);
  const toggle = (privilege: Privilege, held: boolean) => void setPrivilege(api, operator.account, privilege, held);
  return (
    <tr aria-busy={busy || undefined}>
      <th scope="row" className="account-cell">
        <BreakableText text={operator.account} />
        {operator.account === me ? <span className="subtle">you</span> : null}
        <span className="subtle added-inline">
          Added {formatDate(operator.addedAt)} by {operator.addedBy}
        </span>
      </th>
      {PRIVILEGES.map((privilege) => (
        <td key={privilege} className="privilege-cell">
          <input
            type="checkbox"
            aria-label={`${privilegeLabel(privilege)} for ${operator.account}`}
            checked={operator.privileges.includes(privilege)}
            disabled={busy}
            onChange={(event) => toggle(privilege, event.target.checked)}
          />
        </td>
      ))}
      <td className="added-column">
        {formatDate(operator.addedAt)}
        <span className="subtle">by {operator.addedBy}</span>
      </td>
      <td className="actions">
        <button
          type="button"
          className="button secondary danger-text"
          aria-label={`Remove ${operator.account}`}
          disabled={busy}
          onClick={props.onRemove}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
