// Shown when a save was refused because someone else saved first: offers to reload their version.
import { useApi, useConsoleState } from '../../app/console-context';
import { ConflictNotice } from '../../components/ConflictNotice';

export function ConflictBanner() {
  const api = useApi();
  const conflict = useConsoleState((s) => s.settings.conflict);
  const reload = useConsoleState((s) => s.reloadAfterConflict);
  return <ConflictNotice message={conflict} onReload={() => void reload(api)} />;
}
