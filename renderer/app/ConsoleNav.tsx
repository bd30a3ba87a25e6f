// The "Console" navigation: one button per view the caller may open (view-access.ts), the current one
// marked aria-current="page". Employees carries the count of employees awaiting placement, read again
// on every change of view.
import { type ReactNode, useEffect } from 'react';
import {
  ActivityIcon,
  AuditIcon,
  KeyIcon,
  OperatorsIcon,
  OrganizationsIcon,
  ServerIcon,
  SettingsIcon,
  UsersIcon,
} from '../components/icons';
import { VIEW_IDS, type ViewId } from '../state/navigation/navigation-slice';
import { useApi, useConsoleState } from './console-context';
import { useOpenableViews } from './view-access';
import { VIEWS } from './views';

const ICONS: Record<ViewId, ReactNode> = {
  settings: <SettingsIcon />,
  employees: <UsersIcon />,
  organizations: <OrganizationsIcon />,
  activity: <ActivityIcon />,
  gateway: <ServerIcon />,
  'api-tokens': <KeyIcon />,
  audit: <AuditIcon />,
  operators: <OperatorsIcon />,
};

export function ConsoleNav() {
  const current = useConsoleState((s) => s.navigation.view);
  const navigate = useConsoleState((s) => s.navigate);
  const openable = useOpenableViews(VIEW_IDS);
  const awaiting = useAwaitingCount(current, openable.includes('employees'));
  return (
    <nav aria-label="Console" className="console-nav">
      <ul>
        {openable.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav-item"
              aria-current={id === current ? 'page' : undefined}
              aria-label={id === 'employees' && awaiting ? `${VIEWS[id].navLabel}, ${awaitingText(awaiting)}` : undefined}
              onClick={() => navigate(id)}
            >
              {ICONS[id]}
              <span>{VIEWS[id].navLabel}</span>
              {id === 'employees' && awaiting ? <AwaitingBadge count={awaiting} /> : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Read only for a caller who may open Employees: main would refuse anyone else. */
function useAwaitingCount(view: ViewId, allowed: boolean): number | null {
  const api = useApi();
  const count = useConsoleState((s) => s.employees.awaitingCount);
  const load = useConsoleState((s) => s.loadAwaitingCount);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `view` is the trigger: re-read on every change of view.
  useEffect(() => {
    if (allowed) void load(api);
  }, [api, load, view, allowed]);
  return allowed ? count : null;
}

const awaitingText = (count: number) => `${count.toLocaleString('en-US')} awaiting placement`;

/** The number is seen; a screen reader hears what it counts in the button's name (its aria-label). */
function AwaitingBadge(props: { count: number }) {
  return (
    <span className="nav-count" title={awaitingText(props.count)} aria-hidden="true">
      {props.count.toLocaleString('en-US')}
    </span>
  );
}
