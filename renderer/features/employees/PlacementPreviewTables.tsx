// The preview of a placements file: the moves (line, username, from, to) and the problems (line,
// kind, message). Only the first rows of a long file are drawn; the counts are always whole.
import type { PlacementPreview } from '../../../preload/employees-contract';
import { BreakableText } from '../../components/BreakableText';
import { organizationPathLabel } from './employees-format';
import { PROBLEM_LABELS } from '../../../preload/placement-format';

const SHOWN_ROWS = 200;

export function PlacementPreviewTables(props: { preview: PlacementPreview }) {
  const { moves, problems } = props.preview;
  return (
    <div className="placement-preview">
      {problems.length > 0 ? (
        <section aria-labelledby="placement-problems-title">
          <h3 id="placement-problems-title" className="subsection-title">
            Rows that will be skipped
          </h3>
          <table className="table compact">
            <caption className="offscreen">Rows that will be skipped, with the reason</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Problem</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {problems.slice(0, SHOWN_ROWS).map((problem) => (
                <tr key={`${problem.line}-${problem.kind}`} className="problem-row">
                  <td className="nowrap">{problem.line}</td>
                  <td className="nowrap">{PROBLEM_LABELS[problem.kind]}</td>
                  <td className="wrap">{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <MoreRows shown={Math.min(problems.length, SHOWN_ROWS)} total={problems.length} />
        </section>
      ) : null}
      <section aria-labelledby="placement-moves-title">
        <h3 id="placement-moves-title" className="subsection-title">
          Employees that will move
        </h3>
        {moves.length === 0 ? (
          <p className="empty">Nobody would move.</p>
        ) : (
          <table className="table compact">
            <caption className="offscreen">Employees that will move</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Username</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {moves.slice(0, SHOWN_ROWS).map((move) => (
                <tr key={move.employeeId}>
                  <td className="nowrap">{move.line}</td>
                  <td className="wrap">
                    <BreakableText text={move.userName} />
                  </td>
                  <td className="wrap">
                    <BreakableText text={organizationPathLabel(move.from)} />
                  </td>
                  <td className="wrap">
                    <BreakableText text={organizationPathLabel(move.to)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreRows shown={Math.min(moves.length, SHOWN_ROWS)} total={moves.length} />
      </section>
    </div>
  );
}

function MoreRows(props: { shown: number; total: number }) {
  if (props.total <= props.shown) return null;
  return (
    <p className="help">
      The first {props.shown.toLocaleString('en-US')} of {props.total.toLocaleString('en-US')} are shown.
    </p>
  );
}
