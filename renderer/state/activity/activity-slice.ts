// Activity actions: the first page for the current filter, older pages, and the 24-hour chart. A
// newer load supersedes an older one still in flight (the text filter fires as it is typed), so a
// slow answer for "an" never replaces the answer for "ann".
import { ACTIVITY_OPERATIONS, ACTIVITY_OUTCOMES } from '../../../preload/activity-operations';
import type { ActivityFilterValue } from '../../../preload/activity-contract';
import type { ConsoleApi } from '../../../preload/contract';
import { localDayRange } from '../../../preload/local-day-range';
import type { Feedback } from '../settings/initial-state';
import type { ConsoleState, SliceCreator } from '../console-store';
import { messageOf } from '../error-message';
import { ACTIVITY_PAGE_SIZE, CHART_HOURS, initialActivityState, type ActivityFilter, type ActivityState } from './initial-state';

export type ActivitySlice = {
  activity: ActivityState;
  loadActivity(api: ConsoleApi): Promise<void>;
  loadMoreActivity(api: ConsoleApi): Promise<void>;
  loadActivityChart(api: ConsoleApi): Promise<void>;
  /** The list and the chart together (the Refresh button). */
  refreshActivity(api: ConsoleApi): Promise<void>;
  setActivityFilter(api: ConsoleApi, changes: Partial<ActivityFilter>): Promise<void>;
  setActivityFeedback(feedback: Feedback | null): void;
};

const pick = <T extends string>(allowed: readonly T[], value: string): T | null =>
  (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** The form's filter as the contract's: picked days become local midnights, blanks are open. */
export function activityQuery(filter: ActivityFilter): ActivityFilterValue {
  const text = filter.text.trim();
  return {
    ...localDayRange(filter.from, filter.to),
    operation: pick(ACTIVITY_OPERATIONS, filter.operation),
    resourceType: filter.resourceType === '' ? null : filter.resourceType,
    outcome: pick(ACTIVITY_OUTCOMES, filter.outcome),
    text: text === '' ? null : text,
    exact: filter.exact && text !== '',
  };
}

export const createActivitySlice: SliceCreator<ActivitySlice> = (set, get) => {
  const patch = (next: Partial<ActivityState>) => set((s: ConsoleState) => ({ activity: { ...s.activity, ...next } }));
  let generation = 0;
  const query = (filter: ActivityFilter) => ({ ...activityQuery(filter), limit: ACTIVITY_PAGE_SIZE });

  return {
    activity: initialActivityState,

    async loadActivity(api) {
      const mine = ++generation;
      patch({ loading: true, loadingMore: false });
      try {
        const page = await api.invoke('activity:list', query(get().activity.filter));
        if (mine !== generation) return;
        patch({
          entries: page.entries,
          nextBeforeId: page.nextBeforeId,
          loaded: true,
          loading: false,
          loadError: null,
          updatedAt: new Date().toISOString(),
          feedback: null,
        });
      } catch (error) {
        if (mine !== generation) return;
        const message = `The activity could not be loaded: ${messageOf(error)}`;
        patch({ loading: false, loadError: message, feedback: { kind: 'error', message } });
      }
    },

    async loadMoreActivity(api) {
      const { nextBeforeId, loadingMore, filter } = get().activity;
      if (nextBeforeId === null || loadingMore) return;
      const mine = generation;
      patch({ loadingMore: true });
      try {
        const page = await api.invoke('activity:list', { ...query(filter), beforeId: nextBeforeId });
        if (mine !== generation) return;
        patch({
          entries: [...get().activity.entries, ...page.entries],
          nextBeforeId: page.nextBeforeId,
          loadingMore: false,
          feedback: null,
        });
      } catch (error) {
        if (mine !== generation) return;
        patch({
          loadingMore: false,
          feedback: { kind: 'error', message: `Older requests could not be loaded: ${messageOf(error)}` },
        });
      }
    },

    async loadActivityChart(api) {
      try {
        patch({ chart: await api.invoke('activity:chart', { hours: CHART_HOURS }), chartError: null });
      } catch (error) {
        patch({ chartError: `The chart could not be loaded: ${messageOf(error)}` });
      }
    },

    async refreshActivity(api) {
      await Promise.all([get().loadActivity(api), get().loadActivityChart(api)]);
    },

    async setActivityFilter(api, changes) {
      patch({ filter: { ...get().activity.filter, ...changes } });
      await get().loadActivity(api);
    },

    setActivityFeedback(feedback) {
      patch({ feedback });
    },
  };
};
