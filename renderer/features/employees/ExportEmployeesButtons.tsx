// Export CSV and Export JSON of the employees the search and filters select, every page of them, in the
// table's order. The CSV's userName and organization columns are what "Import placements (CSV)" reads
// back.
import { useApi, useConsoleState } from '../../app/console-context';
import { ExportButtons } from '../../components/ExportButtons';
import { employeesQuery } from '../../state/employees/list-actions';

const WORDS = { file: 'employees', rows: 'employees', subject: 'The employees' };

export function ExportEmployeesButtons() {
  const api = useApi();
  const filter = useConsoleState((s) => s.employees.filter);
  const order = useConsoleState((s) => s.employees.order);
  const announce = useConsoleState((s) => s.announceEmployees);
  return (
    <ExportButtons
      api={api}
      name="employees"
      filter={{ ...employeesQuery(filter), ...order }}
      words={WORDS}
      announce={announce}
    />
  );
}
