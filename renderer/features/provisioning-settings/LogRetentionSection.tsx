// How long the provisioning log (the Activity view's requests) is kept: its own small form beside the
// settings form, saved on its own (a number of days; the gateway's process prunes older rows in the
// background). Without Configure Provisioning Settings it is read-only.
import { useEffect, useState, type FormEvent } from 'react';
import { LOG_RETENTION_DEFAULT_DAYS, LOG_RETENTION_MAX_DAYS, LOG_RETENTION_MIN_DAYS } from '../../../preload/log-retention';
import { ApiError } from '../../../preload/api-error';
import { useApi, useConsoleState } from '../../app/console-context';
import { Announcer } from '../../components/Announcer';
import { canConfigureProvisioning } from '../../state/session/session-slice';
import { messageOf } from '../../state/error-message';
import { FieldError } from '../../components/FieldError';
import './log-retention.css';

const INPUT_ID = 'log-retention-days';
const ERROR_ID = 'log-retention-error';

export function LogRetentionSection() {
  const api = useApi();
  const canConfigure = useConsoleState(canConfigureProvisioning);
  const [saved, setSaved] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [feedback, setFeedback] = useState<{ kind: 'success' | 'error'; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.invoke('activity:get-retention', {}).then(
      (view) => {
        setSaved(view.days);
        setDraft(String(view.days));
      },
      (failure: unknown) =>
        setFeedback({ kind: 'error', message: `The log retention could not be loaded: ${messageOf(failure)}` }),
    );
  }, [api]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const days = Number(draft);
    if (draft.trim() === '' || !Number.isInteger(days) || days < LOG_RETENTION_MIN_DAYS || days > LOG_RETENTION_MAX_DAYS) {
      setError(`Enter a whole number of days from ${LOG_RETENTION_MIN_DAYS} to ${LOG_RETENTION_MAX_DAYS}.`);
      document.getElementById(INPUT_ID)?.focus();
      return;
    }
    setSaving(true);
    try {
      const view = await api.invoke('activity:set-retention', { days });
      setSaved(view.days);
      setDraft(String(view.days));
      setError(undefined);
      setFeedback({ kind: 'success', message: `Log rows are kept for ${view.days} days.` });
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'validation') setError(failure.message);
      else setFeedback({ kind: 'error', message: `The log retention was not saved: ${messageOf(failure)}` });
    } finally {
      setSaving(false);
    }
  };

  const dirty = saved !== null && draft !== String(saved);
  return (
    <form
      className="card log-retention"
      aria-labelledby="log-retention-title"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h2 id="log-retention-title" className="section-title">
        Activity log
      </h2>
      <fieldset disabled={!canConfigure || saved === null} className="read-only-settings">
        <div className="field">
          <label htmlFor={INPUT_ID} className="field-label">
            Keep requests for (days)
          </label>
          <div className="input-with-button">
            <input
              id={INPUT_ID}
              type="number"
              inputMode="numeric"
              className="text-input retention-input"
              min={LOG_RETENTION_MIN_DAYS}
              max={LOG_RETENTION_MAX_DAYS}
              step={1}
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={[error ? ERROR_ID : '', 'log-retention-help'].join(' ').trim()}
              onChange={(event) => {
                setDraft(event.target.value);
                setError(undefined);
              }}
            />
            {canConfigure ? (
              <button type="submit" className="button secondary" disabled={!dirty || saving}>
                {saving ? 'Saving…' : 'Set retention'}
              </button>
            ) : null}
          </div>
          <FieldError id={ERROR_ID} message={error} />
          <p id="log-retention-help" className="help">
            Requests older than this are deleted from the Activity log in the background (default {LOG_RETENTION_DEFAULT_DAYS}{' '}
            days). Export them first to keep a copy.
          </p>
        </div>
      </fieldset>
      <Announcer message={feedback} />
    </form>
  );
}
