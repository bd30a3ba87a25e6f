// The Employees view: everyone the identity provider provisioned or an administrator added, paged on
// the server; search and filters; the selection's "Move to organization"; "Import placements (CSV)";
// "Add employee"; Export CSV / JSON of what the filters select; and each employee's dialog, where the
// fields the identity provider owns are locked.
import { useEffect, useState } from 'react';
import { useApi, useConsoleState } from '../../app/console-context';
import { PAGE_TITLE_ID } from '../../app/views';
import { Announcer } from '../../components/Announcer';
import { PlusIcon, UploadIcon } from '../../components/icons';
import { AddEmployeeDialog } from './AddEmployeeDialog';
import { EmployeeDialog } from './EmployeeDialog';
import { ADD_EMPLOYEE_BUTTON_ID, IMPORT_BUTTON_ID } from './employees-ids';
import { EmployeesFilters } from './EmployeesFilters';
import { EmployeesTable } from './EmployeesTable';
import { ExportEmployeesButtons } from './ExportEmployeesButtons';
import { ImportPlacementsDialog } from './ImportPlacementsDialog';
import { SelectionBar } from './SelectionBar';

export function EmployeesView() {
  const api = useApi();
  const feedback = useConsoleState((s) => s.employees.feedback);
  const loadEmployees = useConsoleState((s) => s.loadEmployees);
  const loadOrganizations = useConsoleState((s) => s.loadOrganizations);
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);

  useEffect(() => {
    void loadEmployees(api);
    void loadOrganizations(api);
  }, [api, loadEmployees, loadOrganizations]);

  return (
    <>
      <div className="page-header">
        <h1 id={PAGE_TITLE_ID} className="page-title" tabIndex={-1}>
          Employees
        </h1>
        <div className="page-actions">
          <button type="button" id={IMPORT_BUTTON_ID} className="button secondary" onClick={() => setDialog('import')}>
            <UploadIcon />
            <span>Import placements (CSV)</span>
          </button>
          <button type="button" id={ADD_EMPLOYEE_BUTTON_ID} className="button primary" onClick={() => setDialog('add')}>
            <PlusIcon />
            <span>Add employee</span>
          </button>
        </div>
      </div>
      <p className="help page-intro">
        Everyone the identity provider provisioned and everyone added here. Fields with a lock are managed by your identity
        provider; change them there.
      </p>
      <Announcer message={feedback} />
      <section className="card" aria-labelledby="employees-directory-title">
        <div className="section-header">
          <h2 id="employees-directory-title" className="section-title">
            Directory
          </h2>
          <ExportEmployeesButtons />
        </div>
        <EmployeesFilters />
        <SelectionBar />
        <EmployeesTable />
      </section>
      <EmployeeDialog />
      <AddEmployeeDialog open={dialog === 'add'} onClose={() => setDialog(null)} />
      <ImportPlacementsDialog open={dialog === 'import'} onClose={() => setDialog(null)} />
    </>
  );
}
