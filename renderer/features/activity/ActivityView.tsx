// The Activity view: every request the identity provider (and the user management API's callers)
// sent, newest first, with a 24-hour chart, filters, export, "Load more" and Refresh.
import { useEffect } from 'react';
import { Announcer } from '../../components/Announcer';
import { RefreshIcon } from '../../components/icons';
import { useApi, useConsoleState } from '../../app/console-context';
import { PAGE_TITLE_ID } from '../../app/views';
import { ActivityChartCard } from './ActivityChartCard';
import { ActivityFilters } from './ActivityFilters';
import { ActivityTable } from './ActivityTable';
import { ExportActivityButtons } from './ExportActivityButtons';
import './activity.css';

export function ActivityView() {
  const api = useApi();
  const refresh = useConsoleState((s) => s.refreshActivity);
  const feedback = useConsoleState((s) => s.activity.feedback);

  useEffect(() => {
    void refresh(api);
  }, [api, refresh]);

  return (
    <>
      <div className="page-header">
        <h1 id={PAGE_TITLE_ID} className="page-title" tabIndex={-1}>
          Provisioning Activity
        </h1>
        <button type="button" className="button secondary" onClick={() => void refresh(api)}>
          <RefreshIcon />
          <span>Refresh</span>
        </button>
      </div>
      <p className="help page-intro">
        What the identity provider asked the SCIM gateway to do, and how each request ended. Failed requests are marked in red
        with the reason the gateway gave.
      </p>
      <Announcer message={feedback} />
      <ActivityChartCard />
      <section className="card" aria-labelledby="activity-requests-title">
        <div className="section-header">
          <h2 id="activity-requests-title" className="section-title">
            Requests
          </h2>
          <ExportActivityButtons />
        </div>
        <ActivityFilters />
        <ActivityTable />
      </section>
    </>
  );
}
