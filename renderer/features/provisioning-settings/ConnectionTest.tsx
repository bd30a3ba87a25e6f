// "Test connection": asks the console's process (not the page) whether an identity provider can reach
// this installation's gateway at the saved Tenant URL, and lists each step with what to do about it.
import { useState } from 'react';
import type { ConnectionReport, ConnectionStep, StepOutcome } from '../../../preload/connection-contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { WarningIcon } from '../../components/icons';
import { FailedIcon, PassedIcon, SkippedIcon } from '../../components/status-icons';
import { messageOf } from '../../state/error-message';
import { canConfigureProvisioning } from '../../state/session/session-slice';
import './connection-safety.css';

const OUTCOME_WORDS: ReadonlyMap<StepOutcome, string> = new Map([
  ['passed', 'Passed'],
  ['warning', 'Warning'],
  ['failed', 'Failed'],
  ['skipped', 'Not run'],
]);

function OutcomeIcon(props: { outcome: StepOutcome }) {
  if (props.outcome === 'passed') return <PassedIcon />;
  if (props.outcome === 'warning') return <WarningIcon />;
  if (props.outcome === 'failed') return <FailedIcon />;
  return <SkippedIcon />;
}

function summaryOf(report: ConnectionReport): string {
  const failed = report.steps.find((step) => step.outcome === 'failed');
  if (failed) return `Not reachable: ${failed.title.toLowerCase()} failed.`;
  if (report.steps.some((step) => step.outcome === 'warning')) return 'Reachable from this computer, with warnings.';
  return 'Reachable: an identity provider can call this gateway at the saved Tenant URL.';
}

export function ConnectionTest() {
  const api = useApi();
  const canConfigure = useConsoleState(canConfigureProvisioning);
  const savedUrl = useConsoleState((s) => s.settings.server?.tenantUrl ?? null);
  const draftUrl = useConsoleState((s) => s.settings.draft?.tenantUrl.trim() ?? '');
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const run = async () => {
    if (running) return;
    setRunning(true);
    setError(null);
    try {
      setReport(await api.invoke('connection:test', {}));
    } catch (caught) {
      setReport(null);
      setError(messageOf(caught));
    } finally {
      setRunning(false);
    }
  };
  // It needs Configure Provisioning Settings (it makes requests from the server): hidden without it, as Create token is.
  if (!canConfigure) return null;
  const unsaved = savedUrl !== null && draftUrl !== '' && draftUrl !== savedUrl;

  return (
    <div className="field connection-test">
      <div className="connection-test-bar">
        <button
          type="button"
          className="button secondary"
          onClick={() => void run()}
          // Not disabled while it runs: a disabled button would drop the keyboard focus.
          aria-disabled={running}
          aria-describedby="connection-test-help"
        >
          {running ? 'Testing…' : 'Test connection'}
        </button>
        <p id="connection-test-help" className="help">
          {unsaved
            ? `Tests the saved Tenant URL (${savedUrl}); save your change to test it.`
            : 'Checks from this server that an identity provider can reach the gateway at the saved Tenant URL. No token is needed.'}
        </p>
      </div>
      {/* Only the outcome is announced; the steps are there to read. */}
      <div role="status" aria-live="polite">
        {error ? (
          <p className="field-error">
            <WarningIcon />
            <span>The test could not run: {error}</span>
          </p>
        ) : null}
        {report && !running ? (
          <p className={report.reachable ? 'connection-summary ok' : 'connection-summary bad'}>{summaryOf(report)}</p>
        ) : null}
      </div>
      {report && !running ? (
        <ol className="connection-steps" aria-label="Connection test steps">
          {report.steps.map((step) => (
            <StepRow key={step.id} step={step} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function StepRow(props: { step: ConnectionStep }) {
  const { step } = props;
  return (
    <li className={`connection-step step-${step.outcome}`}>
      <span className="connection-step-icon">
        <OutcomeIcon outcome={step.outcome} />
      </span>
      <div>
        <p className="connection-step-title">
          {step.title}: <span className="connection-step-outcome">{OUTCOME_WORDS.get(step.outcome)}</span>
        </p>
        <p className="connection-step-detail">{step.detail}</p>
        {step.advice ? <p className="connection-step-advice">{step.advice}</p> : null}
      </div>
    </li>
  );
}
