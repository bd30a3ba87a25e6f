// The Employees slice: the directory page on screen, its filter, selection and awaiting count, and
// the open employee, with the actions that read and write them (each taking the ConsoleApi).
import type { SliceCreator } from '../console-store';
import { createEmployeeEditorActions, type EmployeeEditorActions } from './editor-actions';
import {
  initialEmployeeEditorState,
  initialEmployeesState,
  type EmployeeEditorState,
  type EmployeesState,
} from './initial-state';
import { createEmployeesListActions, type EmployeesListActions } from './list-actions';
import { createEmployeesWriteActions, type EmployeesWriteActions } from './write-actions';

export type EmployeesSlice = { employees: EmployeesState; employeeEditor: EmployeeEditorState } & EmployeesListActions &
  EmployeeEditorActions &
  EmployeesWriteActions;

export const createEmployeesSlice: SliceCreator<EmployeesSlice> = (...args) => ({
  employees: initialEmployeesState,
  employeeEditor: initialEmployeeEditorState,
  ...createEmployeesListActions(...args),
  ...createEmployeeEditorActions(...args),
  ...createEmployeesWriteActions(...args),
});
