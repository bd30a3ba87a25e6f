// The "Console" navigation: one button per view the caller may open (view-access.ts), the current one
// marked aria-current="page".
import type { ReactNode } from 'react';
import { ActivityIcon, AuditIcon, OperatorsIcon, ServerIcon, SettingsIcon } from '../components/icons';
import { VIEW_IDS, type ViewId } from '../state/navigation/navigation-slice';
import { useConsoleState } from './console-context';
import { useOpenableViews } from './view-access';
import { VIEWS } from './views';

const ICONS: Record<ViewId, ReactNode> = {
  settings: <SettingsIcon />,
  activity: <ActivityIcon />,
  gateway: <ServerIcon />,
  audit: <AuditIcon />,
  operators: <OperatorsIcon />,
};

export function ConsoleNav() {
  const current = useConsoleState((s) => s.navigation.view);
  const navigate = useConsoleState((s) => s.navigate);
  const openable = useOpenableViews(VIEW_IDS);
  return (
    <nav aria-label="Console" className="console-nav">
      <ul>
        {openable.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav-item"
              aria-current={id === current ? 'page' : undefined}
              onClick={() => navigate(id)}
            >
              {ICONS[id]}
              <span>{VIEWS[id].navLabel}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
