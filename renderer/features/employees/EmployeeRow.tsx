// One employee in the table. The userName is a button that opens the employee (Enter or Space); a
// click anywhere else on the row does the same, except on its checkbox.
import type { MouseEvent } from 'react';
import type { EmployeeView } from '../../../preload/employees-contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { BreakableText } from '../../components/BreakableText';
import { openButtonId } from './employees-ids';
import { deletedNote, fullName, organizationPathLabel, SOURCE_LABELS, STATUS_LABELS } from './employees-format';

export function EmployeeRow(props: { employee: EmployeeView }) {
  const { employee } = props;
  const api = useApi();
  const selected = useConsoleState((s) => Object.hasOwn(s.employees.selected, employee.id));
  const setSelected = useConsoleState((s) => s.setEmployeeSelected);
  const openEmployee = useConsoleState((s) => s.openEmployee);
  const open = () => void openEmployee(api, employee);
  const onRowClick = (event: MouseEvent) => {
    // The checkbox, and text being selected for copying, are not requests to open the employee.
    if ((event.target as HTMLElement).closest('input, button, label')) return;
    if (window.getSelection()?.toString()) return;
    open();
  };
  const name = fullName(employee);
  const deleted = deletedNote(employee);
  return (
    <tr className={selected ? 'clickable selected' : 'clickable'} onClick={onRowClick}>
      <td className="select-cell">
        <input
          type="checkbox"
          className="row-check"
          aria-label={`Select ${employee.userName}`}
          checked={selected}
          onChange={(event) => setSelected(employee, event.target.checked)}
        />
      </td>
      <td className="wrap">
        <button type="button" id={openButtonId(employee.id)} className="button link open-employee" onClick={open}>
          <BreakableText text={employee.userName} />
        </button>
      </td>
      <td className="wrap">
        {name ?? <span className="muted">—</span>}
        {/* Narrow windows fold the Email Address column in here (styles.css). */}
        {employee.email ? (
          <span className="subtle email-inline">
            <BreakableText text={employee.email} />
          </span>
        ) : null}
      </td>
      <td className="wrap email-column">
        {employee.email ? <BreakableText text={employee.email} /> : <span className="muted">—</span>}
      </td>
      <td className="wrap">
        <BreakableText text={organizationPathLabel(employee.organizationPath)} />
      </td>
      <td>
        <span className={`badge ${employee.status}`}>{STATUS_LABELS[employee.status]}</span>
      </td>
      <td>
        <span className={`badge source-${employee.source}`}>{SOURCE_LABELS[employee.source]}</span>
        {deleted === null ? null : <span className="subtle source-note">{deleted}</span>}
      </td>
    </tr>
  );
}
