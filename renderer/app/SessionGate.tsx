// Reads who the console runs as before showing anything: an account without any privilege sees only
// the notice saying whom to ask; everyone else gets the console with the views they may open.
import { useEffect, type ReactNode } from 'react';
import { PrivilegeNotice } from '../components/PrivilegeNotice';
import { useApi, useConsoleState } from './console-context';

export function SessionGate(props: { children: ReactNode }) {
  const api = useApi();
  const session = useConsoleState((s) => s.session);
  const loadSession = useConsoleState((s) => s.loadSession);
  useEffect(() => {
    void loadSession(api);
  }, [api, loadSession]);

  if (session.view && session.view.privileges.length > 0) return <>{props.children}</>;
  return (
    <main className="app-main">
      <h1 className="page-title">Identity Service Console</h1>
      {session.view ? (
        <PrivilegeNotice privilege={null} what="This console shows nothing to you." />
      ) : session.loadError ? (
        <div className="panel" role="alert">
          <p>{session.loadError}</p>
          <button type="button" className="button secondary" onClick={() => void loadSession(api)}>
            Try again
          </button>
        </div>
      ) : (
        <p className="panel" aria-busy="true">
          Loading…
        </p>
      )}
    </main>
  );
}
