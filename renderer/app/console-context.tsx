// Gives components the API and the store without threading them through every prop.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ConsoleApi } from '../../preload/contract';
import type { ConsoleState, ConsoleStore } from '../state/console-store';

const ConsoleContext = createContext<{ api: ConsoleApi; store: ConsoleStore } | null>(null);

export function ConsoleProvider(props: { api: ConsoleApi; store: ConsoleStore; children: ReactNode }) {
  return <ConsoleContext.Provider value={{ api: props.api, store: props.store }}>{props.children}</ConsoleContext.Provider>;
}

function useConsole() {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('ConsoleProvider is missing');
  return value;
}

export const useApi = (): ConsoleApi => useConsole().api;

/** The store itself, for an action that must read state after an await (a selector's value is the render's). */
export const useConsoleStore = (): ConsoleStore => useConsole().store;

export function useConsoleState<T>(selector: (state: ConsoleState) => T): T {
  return useStore(useConsole().store, selector);
}
