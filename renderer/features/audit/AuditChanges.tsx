// An audit row's old and new values (before → after, with the console's labels) and the other facts
// it recorded: the Audit view's Details column and an employee's Change history.
import type { AuditEntryView } from '../../../preload/audit-contract';
import { BreakableText } from '../../components/BreakableText';
import { auditChangeLines, auditFacts } from './audit-format';

export function AuditChanges(props: { entry: AuditEntryView; emptyMark?: boolean }) {
  const changes = auditChangeLines(props.entry);
  const facts = auditFacts(props.entry);
  return (
    <>
      {props.emptyMark && changes.length === 0 && facts.length === 0 ? <span className="muted">—</span> : null}
      {changes.length > 0 ? (
        <ul className="change-list">
          {changes.map((line) => (
            <li key={line.field}>
              <span className="change-field">{line.label}:</span>{' '}
              <span className="change-old">
                <BreakableText text={line.before} />
              </span>{' '}
              <span aria-hidden="true">→</span> <span className="offscreen">changed to </span>
              <span className="change-new">
                <BreakableText text={line.after} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {facts.length > 0 ? (
        <ul className="audit-facts">
          {facts.map((fact) => (
            <li key={fact.label}>
              <span className="change-field">{fact.label}:</span> <BreakableText text={fact.value} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
