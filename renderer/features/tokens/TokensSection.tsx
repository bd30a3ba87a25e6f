// The JWT Token section of the Provisioning Settings tab: the token table (newest first), Create
// token, Revoke per usable token, and the warning when sync is about to lose its token.
import { useEffect, useState } from 'react';
import type { TokenView } from '../../../preload/contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { canConfigureProvisioning } from '../../state/session/session-slice';
import { isUsable } from '../../state/tokens/selectors';
import { CreateTokenDialog } from './CreateTokenDialog';
import { RevokeTokenDialog } from './RevokeTokenDialog';
import { TokenWarningBanner } from './TokenWarningBanner';
import { STATUS_LABELS, formatDate, formatDateTime, relativeDays } from './token-format';

export function TokensSection() {
  const api = useApi();
  const tokens = useConsoleState((s) => s.tokens.list);
  const loadError = useConsoleState((s) => s.tokens.loadError);
  const loadTokens = useConsoleState((s) => s.loadTokens);
  // Without Configure Provisioning Settings the tokens are shown, not created or revoked.
  const canConfigure = useConsoleState(canConfigureProvisioning);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<TokenView | null>(null);

  useEffect(() => {
    void loadTokens(api);
  }, [api, loadTokens]);

  return (
    <section className="card" aria-labelledby="tokens-title">
      <div className="section-header">
        <h3 id="tokens-title" className="section-title">
          JWT Token
        </h3>
        {canConfigure ? (
          <button type="button" className="button secondary" onClick={() => setCreating(true)}>
            Create token
          </button>
        ) : null}
      </div>
      <p className="help">
        The identity provider authenticates with a token created here. Tokens take effect at once; keep two
        active while you move the identity provider to a new one.
      </p>
      <TokenWarningBanner />
      {loadError ? (
        <p className="field-error" role="alert">
          The tokens could not be loaded: {loadError}
        </p>
      ) : null}
      {tokens.length === 0 ? (
        <p className="empty">No tokens yet.</p>
      ) : (
        <table className="table">
          <caption className="offscreen">Tokens, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">Created</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="offscreen">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} onRevoke={canConfigure ? () => setRevoking(token) : null} />
            ))}
          </tbody>
        </table>
      )}
      <CreateTokenDialog open={creating} onClose={() => setCreating(false)} />
      <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </section>
  );
}

function TokenRow(props: { token: TokenView; onRevoke: (() => void) | null }) {
  const { token } = props;
  const labelId = `token-label-${token.id}`;
  return (
    <tr>
      <th scope="row" id={labelId} className="token-label">
        {token.label}
        <span className="subtle mono" title="Token id (jti)">
          {token.id}
        </span>
      </th>
      <td>
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
