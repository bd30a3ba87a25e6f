// The preview of a placements file: the problems (line, kind, message), the moves (line, username,
// from, to), the field edits (one line per field), and the values the identity provider manages that
// the file would change (left as they are). Only the first rows of a long file are drawn (main lists
// at most PLACEMENT_PREVIEW_LISTED of each); the counts are always whole.
import type { PlacementPreview } from '../../../preload/employees-contract';
import { BreakableText } from '../../components/BreakableText';
import { organizationPathLabel } from './employees-format';
import { PROBLEM_LABELS, cellValueText } from '../../../preload/placement-format';
import { catalogFieldLabel } from '../../../preload/field-catalog';

const SHOWN_ROWS = 200;

export function PlacementPreviewTables(props: { preview: PlacementPreview }) {
  const { moves, edits, ownedCells, problems, counts } = props.preview;
  const fieldChanges = edits.flatMap((edit) => edit.changes.map((change) => ({ ...edit, ...change })));
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
          <MoreRows shown={Math.min(problems.length, SHOWN_ROWS)} total={counts.problems} />
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
        <MoreRows shown={Math.min(moves.length, SHOWN_ROWS)} total={counts.moves} />
      </section>
      {fieldChanges.length > 0 ? (
        <section aria-labelledby="placement-edits-title">
          <h3 id="placement-edits-title" className="subsection-title">
            Fields that will change
          </h3>
          <CellTable caption="Fields that will change" from="From" to="To" rows={fieldChanges} total={counts.fieldChanges} />
        </section>
      ) : null}
      {ownedCells.length > 0 ? (
        <section aria-labelledby="placement-owned-title" aria-describedby="placement-owned-help">
          <h3 id="placement-owned-title" className="subsection-title">
            Values left as they are
          </h3>
          <p id="placement-owned-help" className="help">
            Managed by your identity provider: the file's value is not applied; the rest of the line is.
          </p>
          <CellTable
            caption="Values left as they are"
            from="In WFO"
            to="In the file"
            rows={ownedCells}
            total={counts.ownedCells}
          />
        </section>
      ) : null}
    </div>
  );
}

/** One line per field: where it is in the file, whose, which field, and its two values. */
function CellTable(props: {
  caption: string;
  from: string;
  to: string;
  rows: ReadonlyArray<{ line: number; userName: string; field: string; from: string | null; to: string | null }>;
  /** How many the whole file has (the rows are the first of them). */
  total: number;
}) {
  return (
    <>
      <table className="table compact">
        <caption className="offscreen">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Username</th>
            <th scope="col">Field</th>
            <th scope="col">{props.from}</th>
            <th scope="col">{props.to}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.slice(0, SHOWN_ROWS).map((row) => (
            <tr key={`${row.line}-${row.field}`}>
              <td className="nowrap">{row.line}</td>
              <td className="wrap">
                <BreakableText text={row.userName} />
              </td>
              <td className="nowrap">{catalogFieldLabel(row.field)}</td>
              <td className="wrap">
                <BreakableText text={cellValueText(row.from)} />
              </td>
              <td className="wrap">
                <BreakableText text={cellValueText(row.to)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreRows shown={Math.min(props.rows.length, SHOWN_ROWS)} total={props.total} />
    </>
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
