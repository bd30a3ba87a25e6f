// Shown when a save was refused because someone else saved first: offers to reload their version.
import { useApi, useConsoleState } from '../../app/console-context';

export function ConflictBanner() {
  const api = useApi();
  const conflict = useConsoleState((s) => s.settings.conflict);
  const reload = useConsoleState((s) => s.reloadAfterConflict);
  if (!conflict) return null;
  return (
    <div className="banner warning-banner" role="alert">
      <span>{conflict}</span>
      <button type="button" className="button secondary" onClick={() => void reload(api)}>
        Reload
      </button>
    </div>
  );
}
