// The token table both token lists share (SCIM tokens in Provisioning Settings, API tokens in the User
// management API view): label and id, created, expires, last used, status, Revoke per usable token.
// In a narrow window the Created column folds in under the label (tokens.css).
import type { TokenView } from '../../../preload/contract';
import { isUsable } from '../../state/tokens/selectors';
import { formatDate, formatDateTime } from '../../components/time-format';
import { STATUS_LABELS, SCOPE_LABELS, relativeDays } from './token-format';
import './tokens.css';

/** Without `onRevoke` (a caller who may not change tokens) the table shows no Revoke buttons. */
export function TokenTable(props: {
  tokens: readonly TokenView[];
  caption: string;
  showScope?: boolean;
  onRevoke: ((token: TokenView) => void) | null;
}) {
  return (
    <table className="table token-table">
      <caption className="offscreen">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Label</th>
          {props.showScope ? (
            <th scope="col" className="col-scope">
              Scope
            </th>
          ) : null}
          <th scope="col" className="created-column">
            Created
          </th>
          <th scope="col" className="col-date">
            Expires
          </th>
          <th scope="col" className="col-date">
            Last used
          </th>
          <th scope="col" className="col-status">
            Status
          </th>
          <th scope="col" className="col-actions">
            <span className="offscreen">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.tokens.map((token) => (
          <TokenRow
            key={token.id}
            token={token}
            showScope={props.showScope ?? false}
            onRevoke={props.onRevoke ? () => props.onRevoke?.(token) : null}
          />
        ))}
      </tbody>
    </table>
  );
}

function TokenRow(props: { token: TokenView; showScope: boolean; onRevoke: (() => void) | null }) {
  const { token } = props;
  const labelId = `token-label-${token.id}`;
  return (
    <tr>
      <th scope="row" id={labelId} className="token-label">
        {token.label}
        <span className="subtle mono" title="Token id (jti)">
          {token.id}
        </span>
        <span className="subtle created-inline">
          Created {formatDate(token.createdAt)} by {token.createdBy}
        </span>
      </th>
      {props.showScope ? <td>{SCOPE_LABELS.get(token.scopes.join(' ')) ?? token.scopes.join(', ')}</td> : null}
      <td className="created-column">
        {formatDate(token.createdAt)}
        <span className="subtle">by {token.createdBy}</span>
      </td>
      <td>
        {formatDate(token.expiresAt)}
        {token.status === 'revoked' ? null : <span className="subtle">{relativeDays(token.expiresAt)}</span>}
      </td>
      <td>
        {token.lastUsedAt ? (
          <>
            {formatDateTime(token.lastUsedAt)}
            {token.lastUsedFrom ? <span className="subtle">from {token.lastUsedFrom}</span> : null}
          </>
        ) : (
          <span className="subtle">Never</span>
        )}
      </td>
      <td>
        <span className={`badge ${token.status}`}>{STATUS_LABELS[token.status]}</span>
        {token.revokedAt ? (
          <span className="subtle">
            {formatDate(token.revokedAt)} by {token.revokedBy}
          </span>
        ) : null}
      </td>
      <td className="actions">
        {isUsable(token) && props.onRevoke ? (
          <button type="button" className="button secondary danger-text" aria-describedby={labelId} onClick={props.onRevoke}>
            Revoke
          </button>
        ) : null}
      </td>
    </tr>
  );
}
