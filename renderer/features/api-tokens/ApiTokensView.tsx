// The "User management API" view: what the API is, and its tokens ("User management API tokens": list,
// Create API token with a scope, Revoke). The table and dialogs are the SCIM tokens' own
// (features/tokens), given the API kind: one behaviour, one place.
import { useEffect, useMemo, useState } from 'react';
import type { TokenView } from '../../../preload/contract';
import { Announcer } from '../../components/Announcer';
import { useApi, useConsoleState } from '../../app/console-context';
import { PAGE_TITLE_ID } from '../../app/views';
import { tokensOfKind } from '../../state/tokens/selectors';
import { CreateTokenDialog } from '../tokens/CreateTokenDialog';
import { RevokedNotice, useRevoked } from '../tokens/RevokedNotice';
import { RevokeTokenDialog } from '../tokens/RevokeTokenDialog';
import { TokenTable } from '../tokens/TokenTable';

export function ApiTokensView() {
  const api = useApi();
  const all = useConsoleState((s) => s.tokens.list);
  const tokens = useMemo(() => tokensOfKind(all, 'api'), [all]);
  const loadError = useConsoleState((s) => s.tokens.loadError);
  const loadTokens = useConsoleState((s) => s.loadTokens);
  // The token dialogs announce through the console's feedback (settings slice).
  const feedback = useConsoleState((s) => s.settings.feedback);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<TokenView | null>(null);
  const { revoked, markRevoked } = useRevoked();

  useEffect(() => {
    void loadTokens(api);
  }, [api, loadTokens]);

  return (
    <>
      <div className="page-header">
        <h1 id={PAGE_TITLE_ID} className="page-title" tabIndex={-1}>
          User management API
        </h1>
      </div>
      <p className="help page-intro">
        Downstream systems and scripts read and edit employees at <code>/api/v1</code> on the gateway's address (its description:{' '}
        <code>/api/v1/openapi.json</code>). Fields your identity provider owns stay read-only there. The API works whether or not
        SCIM provisioning is enabled.
      </p>
      <Announcer message={feedback} />
      <section className="card" aria-labelledby="api-tokens-title">
        <div className="section-header">
          <h2 id="api-tokens-title" className="section-title">
            User management API tokens
          </h2>
          <button type="button" className="button secondary" onClick={() => setCreating(true)}>
            Create API token
          </button>
        </div>
        <p className="help">
          Each system calls the API with a token of its own. SCIM tokens are not accepted here, and these tokens are not accepted
          by the SCIM gateway.
        </p>
        {loadError ? (
          <p className="field-error" role="alert">
            The tokens could not be loaded: {loadError}
          </p>
        ) : null}
        {tokens.length === 0 ? (
          <p className="empty">No API tokens yet.</p>
        ) : (
          <TokenTable tokens={tokens} caption="API tokens, newest first" showScope onRevoke={setRevoking} />
        )}
        <RevokedNotice revoked={revoked} />
      </section>
      <CreateTokenDialog kind="api" open={creating} onClose={() => setCreating(false)} />
      <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} onRevoked={markRevoked} />
    </>
  );
}
