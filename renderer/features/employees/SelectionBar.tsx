// Above the table: which rows are on screen ("1–50 of 100,000", and the order unless it is by
// username A to Z; a polite live region) and what is selected ("Select all 120 matching" once the
// whole page is), with "Set status", "Set field" and "Move to organization" for the selection.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SELECTION_MAX, tooManyToSelect } from '../../../preload/employee-fields';
import { useApi, useConsoleState } from '../../app/console-context';
import { MoveIcon } from '../../components/icons';
import { initialEmployeesOrder } from '../../state/employees/initial-state';
import { pageRange, pageSelection, rangeLabel, selectedCount } from '../../state/employees/selectors';
import { employeeCount } from '../../state/employees/write-messages';
import { orderLabel } from './employees-format';
import { FIELD_BUTTON_ID, MOVE_BUTTON_ID, STATUS_BUTTON_ID } from './employees-ids';
import { MoveEmployeesDialog } from './MoveEmployeesDialog';
import { SetFieldDialog } from './SetFieldDialog';
import { SetStatusDialog } from './SetStatusDialog';

export function SelectionBar() {
  const loaded = useConsoleState((s) => s.employees.loaded);
  const range = useConsoleState(useShallow(pageRange));
  const order = useConsoleState((s) => s.employees.order);
  // The directory's own order goes without saying; another is said here (a live region: it is heard).
  const sorted = order.sort !== initialEmployeesOrder.sort || order.descending !== initialEmployeesOrder.descending;
  const selected = useConsoleState(selectedCount);
  const clear = useConsoleState((s) => s.clearEmployeeSelection);
  const page = useConsoleState(pageSelection);
  const selectAllMatching = useConsoleState((s) => s.selectAllMatching);
  const api = useApi();
  const [dialog, setDialog] = useState<'move' | 'status' | 'field' | null>(null);
  return (
    <div className="selection-bar">
      <p role="status" className="result-count">
        {loaded && range.total > 0 ? `Showing ${rangeLabel(range)}${sorted ? `, ${orderLabel(order)}` : ''}` : ''}
      </p>
      <div className="selection-actions">
        {selected > 0 ? (
          <>
            <span className="selected-count">{employeeCount(selected)} selected</span>
            {/* The whole page is selected and more match: all of them, up to what one action takes. */}
            {page === 'all' && range.total > selected ? (
              range.total <= SELECTION_MAX ? (
                <button type="button" className="button link" onClick={() => void selectAllMatching(api)}>
                  Select all {range.total.toLocaleString('en-US')} matching
                </button>
              ) : (
                <span className="muted">{tooManyToSelect(range.total.toLocaleString('en-US'))}</span>
              )
            ) : null}
            <button type="button" className="button link" onClick={clear}>
              Clear selection
            </button>
          </>
        ) : (
          <span className="muted">Select employees to move them or set their status or address.</span>
        )}
        {/* The selection's actions wrap together in a narrow window, not one under the other. */}
        <span className="selection-buttons">
          <button
            type="button"
            id={STATUS_BUTTON_ID}
            className="button secondary"
            disabled={selected === 0}
            onClick={() => setDialog('status')}
          >
            Set status
          </button>
          <button
            type="button"
            id={FIELD_BUTTON_ID}
            className="button secondary"
            disabled={selected === 0}
            onClick={() => setDialog('field')}
          >
            Set field
          </button>
          <button
            type="button"
            id={MOVE_BUTTON_ID}
            className="button secondary"
            disabled={selected === 0}
            onClick={() => setDialog('move')}
          >
            <MoveIcon />
            <span>Move to organization</span>
          </button>
        </span>
      </div>
      <MoveEmployeesDialog open={dialog === 'move'} onClose={() => setDialog(null)} />
      <SetStatusDialog open={dialog === 'status'} onClose={() => setDialog(null)} />
      <SetFieldDialog open={dialog === 'field'} onClose={() => setDialog(null)} />
    </div>
  );
}
