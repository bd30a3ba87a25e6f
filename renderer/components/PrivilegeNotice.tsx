// Says which privilege the caller lacks and whom to ask: the holders of Manage Operators.
import { privilegeLabel, type Privilege } from '../../preload/privileges';
import { useConsoleState } from '../app/console-context';
import { LockIcon } from './icons';

export function PrivilegeNotice(props: { privilege: Privilege | null; what: string; id?: string }) {
  const session = useConsoleState((s) => s.session.view);
  if (!session) return null;
  const managers = session.operatorManagers;
  return (
    <div className="privilege-notice" id={props.id}>
      <LockIcon />
      <p>
        {props.what}{' '}
        {props.privilege ? (
          <>
            That needs the privilege <strong>{privilegeLabel(props.privilege)}</strong>, which {session.account} does not hold.
          </>
        ) : (
          <>{session.account} holds no privilege on this Identity Service.</>
        )}{' '}
        {managers.length > 0 ? (
          <>
            Ask an operator who holds <strong>{privilegeLabel('manage-operators')}</strong>: {managers.join(', ')}.
          </>
        ) : null}
      </p>
    </div>
  );
}
