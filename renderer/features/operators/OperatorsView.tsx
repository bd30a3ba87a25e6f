// The Operators view (Manage Operators): every OS account that may use the console, a checkbox per
// privilege (each click is one grant or revoke, audited), Add operator and Remove.
import { useEffect, useState } from 'react';
import { useApi, useConsoleState } from '../../app/console-context';
import { PAGE_TITLE_ID } from '../../app/views';
import { Announcer } from '../../components/Announcer';
import { AddOperatorForm } from './AddOperatorForm';
import { OperatorsTable } from './OperatorsTable';
import { RemoveOperatorDialog } from './RemoveOperatorDialog';

export function OperatorsView() {
  const api = useApi();
  const loadOperators = useConsoleState((s) => s.loadOperators);
  const feedback = useConsoleState((s) => s.operators.feedback);
  const [removing, setRemoving] = useState<string | null>(null);

  useEffect(() => {
    void loadOperators(api);
  }, [api, loadOperators]);

  return (
    <>
      <h1 id={PAGE_TITLE_ID} className="page-title" tabIndex={-1}>
        Operators
      </h1>
      <p className="help page-intro">
        The operating system accounts that may use this console and idsvc on this server, and what each may do. An account is{' '}
        <code>DOMAIN\name</code> on Windows and the login name elsewhere. Every change is recorded in the audit log.
      </p>
      <Announcer message={feedback} />
      <section className="card" aria-labelledby="operators-title">
        <h2 id="operators-title" className="section-title">
          Operators and privileges
        </h2>
        <OperatorsTable onRemove={setRemoving} />
      </section>
      <section className="card" aria-labelledby="add-operator-title">
        <h2 id="add-operator-title" className="section-title">
          Add operator
        </h2>
        <AddOperatorForm />
      </section>
      <RemoveOperatorDialog account={removing} onClose={() => setRemoving(null)} />
    </>
  );
}
