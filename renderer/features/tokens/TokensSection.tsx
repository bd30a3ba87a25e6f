// The JWT Token section of the Provisioning Settings tab: the SCIM token table (newest first), Create
// token, Revoke per usable token, and the warning when sync is about to lose its token.
import { useEffect, useMemo, useState } from 'react';
import type { TokenView } from '../../../preload/contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { tokensOfKind } from '../../state/tokens/selectors';
import { canConfigureProvisioning } from '../../state/session/session-slice';
import { CreateTokenDialog } from './CreateTokenDialog';
import { RevokedNotice, useRevoked } from './RevokedNotice';
import { RotateKeyDialog } from './RotateKeyDialog';
import { RevokeTokenDialog } from './RevokeTokenDialog';
import { TokenTable } from './TokenTable';
import { TokenWarningBanner } from './TokenWarningBanner';

export function TokensSection() {
  const api = useApi();
  const all = useConsoleState((s) => s.tokens.list);
  // API tokens have their own view (features/api-tokens): this section is the identity provider's.
  const tokens = useMemo(() => tokensOfKind(all, 'scim'), [all]);
  const loadError = useConsoleState((s) => s.tokens.loadError);
  const loadTokens = useConsoleState((s) => s.loadTokens);
  // Without Configure Provisioning Settings the tokens are shown, not created or revoked.
  const canConfigure = useConsoleState(canConfigureProvisioning);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<TokenView | null>(null);
  const { revoked, markRevoked } = useRevoked();
  const [rotating, setRotating] = useState(false);
  const announce = useConsoleState((s) => s.announce);

  useEffect(() => {
    void loadTokens(api);
  }, [api, loadTokens]);

  return (
    <section className="card" aria-labelledby="tokens-title">
      <div className="section-header">
        <h2 id="tokens-title" className="section-title">
          JWT Token
        </h2>
        {canConfigure ? (
          <div className="page-actions">
            <button type="button" className="button secondary" onClick={() => setRotating(true)}>
              Rotate signing key…
            </button>
            <button type="button" className="button secondary" onClick={() => setCreating(true)}>
              Create token
            </button>
          </div>
        ) : null}
      </div>
      <p className="help">
        The identity provider authenticates with a token created here. Tokens take effect at once; keep two active while you move
        the identity provider to a new one.
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
        <TokenTable tokens={tokens} caption="Tokens, newest first" onRevoke={canConfigure ? setRevoking : null} />
      )}
      <RevokedNotice revoked={revoked} />
      <CreateTokenDialog open={creating} onClose={() => setCreating(false)} />
      <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} onRevoked={markRevoked} />
      <RotateKeyDialog
        open={rotating}
        onClose={() => setRotating(false)}
        onRotated={(message) => announce({ kind: 'success', message })}
      />
    </section>
  );
}
