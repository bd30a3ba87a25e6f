// A write's changed fields: one change is shown as is; more show their field names in the summary
// line and before → after when opened.
import type { ActivityEntry } from '../../../preload/contract';
import { changeLines, changedFieldsSummary, type ChangeLine } from './change-format';

export function ChangesDetails(props: { changes: ActivityEntry['changes'] }) {
  const lines = changeLines(props.changes);
  if (lines.length === 0) return <span className="muted">—</span>;
  if (lines.length === 1) return <ChangeList lines={lines} />;
  return (
    <details className="changes">
      <summary>{changedFieldsSummary(lines)}</summary>
      <ChangeList lines={lines} />
    </details>
  );
}

function ChangeList(props: { lines: ChangeLine[] }) {
  return (
    <ul className="change-list">
      {props.lines.map((line) => (
        <li key={line.field}>
          <span className="change-field">{line.label}:</span>{' '}
          {line.list !== undefined ? (
            <span className="change-new">{line.list}</span>
          ) : (
            <>
              <span className="change-old">{line.before}</span> <span aria-hidden="true">→</span>{' '}
              <span className="offscreen">changed to </span>
              <span className="change-new">{line.after}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
