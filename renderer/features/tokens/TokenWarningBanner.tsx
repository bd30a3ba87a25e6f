// Warns while provisioning is enabled and the identity provider has no usable token, or its last
// usable token expires within 30 days: that is when sync silently stops.
import { useShallow } from 'zustand/react/shallow';
import { WarningIcon } from '../../components/icons';
import { useConsoleState } from '../../app/console-context';
import { tokenWarning } from '../../state/tokens/selectors';
import { formatDate } from '../../components/time-format';
import { relativeDays } from './token-format';

export function TokenWarningBanner() {
  // tokenWarning builds a new object each call; useShallow keeps React from re-rendering forever.
  const warning = useConsoleState(useShallow(tokenWarning));
  if (!warning) return null;
  return (
    <p className="warning" id="token-warning">
      <WarningIcon />
      <span>
        {warning.kind === 'none-active'
          ? 'Provisioning is enabled but no active token exists: the identity provider cannot connect. Create a token and enter it in the identity provider.'
          : `The last active token expires ${relativeDays(warning.expiresAt)} (${formatDate(warning.expiresAt)}). Create a new token and update the identity provider before then.`}
      </span>
    </p>
  );
}
