// The Activity view's data: the filter as set, the pages of the log loaded so far, and the chart.
import type { ActivityChart, ActivityEntry } from '../../../preload/contract';
import type { Feedback } from '../settings/initial-state';

export const ACTIVITY_PAGE_SIZE = 50;
export const CHART_HOURS = 24;

/** The filters as the form holds them: text, '' for "any". */
export interface ActivityFilter {
  /** First and last day shown (YYYY-MM-DD, this computer's time zone, both included). */
  from: string;
  to: string;
  operation: string;
  resourceType: string;
  outcome: string;
  /** Part of a userName, group name, externalId, token label, path or reason. */
  text: string;
  /** The text is a whole userName or group name. */
  exact: boolean;
}

export const OPEN_ACTIVITY_FILTER: ActivityFilter = {
  from: '',
  to: '',
  operation: '',
  resourceType: '',
  outcome: '',
  text: '',
  exact: false,
};

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
  /** Outcomes of the view's actions (export, failures to load), for its live region. */
  feedback: Feedback | null;
}

export const initialActivityState: ActivityState = {
  filter: OPEN_ACTIVITY_FILTER,
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
