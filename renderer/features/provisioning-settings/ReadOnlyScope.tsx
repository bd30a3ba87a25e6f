// The settings tab's read-only frame: without Configure Provisioning Settings every control inside is
// disabled at once (a disabled fieldset), including controls added later. Enabled, it is a frame
// without a border. What must stay usable read-only (Copy beside the Tenant URL) sits outside one.
import type { ReactNode } from 'react';
import { useConsoleState } from '../../app/console-context';
import { canConfigureProvisioning } from '../../state/session/session-slice';

export const READ_ONLY_NOTICE_ID = 'settings-read-only';

export function ReadOnlyScope(props: { children: ReactNode; className?: string }) {
  const canConfigure = useConsoleState(canConfigureProvisioning);
  return (
    <fieldset
      disabled={!canConfigure}
      className={props.className ? `read-only-settings ${props.className}` : 'read-only-settings'}
      aria-describedby={canConfigure ? undefined : READ_ONLY_NOTICE_ID}
    >
      {props.children}
    </fieldset>
  );
}
