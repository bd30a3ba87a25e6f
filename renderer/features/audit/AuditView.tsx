// The Audit view (View Provisioning Activity): every change an operator made, newest first: when,
// who, what, and the old and new values; filters by days, operator and kind; Export CSV or JSON of the
// filtered rows.
import { useEffect } from 'react';
import { useApi, useConsoleState } from '../../app/console-context';
import { PAGE_TITLE_ID } from '../../app/views';
import { Announcer } from '../../components/Announcer';
import { RefreshIcon } from '../../components/icons';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ExportAuditButtons } from './ExportAuditButtons';

export function AuditView() {
  const api = useApi();
  const loadAudit = useConsoleState((s) => s.loadAudit);
  const feedback = useConsoleState((s) => s.audit.feedback);

  useEffect(() => {
    void loadAudit(api);
  }, [api, loadAudit]);

  return (
    <>
      <div className="page-header">
        <h1 id={PAGE_TITLE_ID} className="page-title" tabIndex={-1}>
          Audit Log
        </h1>
        <div className="toolbar">
          <ExportAuditButtons />
          <button type="button" className="button secondary" onClick={() => void loadAudit(api)}>
            <RefreshIcon />
            <span>Refresh</span>
          </button>
        </div>
      </div>
      <p className="help page-intro">
        Who changed what on this Identity Service: settings, tokens and signing keys, employees, organizations and operators, with
        the values before and after. Nothing here can be edited or deleted.
      </p>
      <Announcer message={feedback} />
      <section className="card" aria-labelledby="audit-rows-title">
        <h2 id="audit-rows-title" className="section-title">
          Changes
        </h2>
        <AuditFilters />
        <AuditTable />
      </section>
    </>
  );
}
