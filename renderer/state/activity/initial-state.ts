// The Activity view's data: the filter as set, the pages of the log loaded so far, and the chart.
import type { ActivityChart, ActivityEntry } from '../../../preload/contract';
import type { Feedback } from '../settings/initial-state';

export const ACTIVITY_PAGE_SIZE = 50;
export const CHART_HOURS = 24;

export interface ActivityFilter {
  failuresOnly: boolean;
  /** Part of a userName or externalId; blank shows everyone. */
  user: string;
}

export interface ActivityState {
  filter: ActivityFilter;
  /** Newest first: the first page and every "Load more" page after it. */
  entries: ActivityEntry[];
  nextBeforeId: number | null;
  loaded: boolean;
  loading: boolean;
  loadingMore: boolean;
  loadError: string | null;
  /** When the list was last read from the server (ISO). */
  updatedAt: string | null;
  chart: ActivityChart | null;
  chartError: string | null;
  /** Failures of the view's actions, for its live region. */
  feedback: Feedback | null;
}

export const initialActivityState: ActivityState = {
  filter: { failuresOnly: false, user: '' },
  entries: [],
  nextBeforeId: null,
  loaded: false,
  loading: false,
  loadingMore: false,
  loadError: null,
  updatedAt: null,
  chart: null,
  chartError: null,
  feedback: null,
};
