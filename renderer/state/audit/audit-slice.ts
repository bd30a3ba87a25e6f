// The Audit view's data: the filter as picked (days, operator, kind), the rows loaded so far (newest
// first, continued by id), and the values the filters offer. A newer load supersedes one in flight.
import type { AuditEntryView, AuditFilterValue } from '../../../preload/audit-contract';
import type { ConsoleApi } from '../../../preload/contract';
import { localDayRange } from '../../../preload/local-day-range';
import type { ConsoleState, SliceCreator } from '../console-store';
import { messageOf } from '../error-message';
import type { Feedback } from '../settings/initial-state';

export const AUDIT_PAGE_SIZE = 100;

export interface AuditViewFilter {
  /** YYYY-MM-DD or '' (open); both days included. */
  from: string;
  to: string;
  actor: string;
  action: string;
}

export interface AuditState {
  filter: AuditViewFilter;
  entries: AuditEntryView[];
  nextBeforeId: number | null;
  loaded: boolean;
  loading: boolean;
  loadError: string | null;
  facets: { actors: string[]; actions: string[] };
  feedback: Feedback | null;
}

export type AuditSlice = {
  audit: AuditState;
  loadAudit(api: ConsoleApi): Promise<void>;
  loadMoreAudit(api: ConsoleApi): Promise<void>;
  setAuditFilter(api: ConsoleApi, changes: Partial<AuditViewFilter>): Promise<void>;
  setAuditFeedback(feedback: Feedback | null): void;
};

/** The filter as the audit channels take it. */
export function auditQuery(filter: AuditViewFilter): AuditFilterValue {
  return {
    ...localDayRange(filter.from, filter.to),
    actor: filter.actor === '' ? null : filter.actor,
    action: filter.action === '' ? null : filter.action,
  };
}

/** No day, operator or kind picked: every row. */
export const OPEN_AUDIT_FILTER: AuditViewFilter = { from: '', to: '', actor: '', action: '' };

export const createAuditSlice: SliceCreator<AuditSlice> = (set, get) => {
  const patch = (next: Partial<AuditState>) => set((s: ConsoleState) => ({ audit: { ...s.audit, ...next } }));
  let generation = 0;
  return {
    audit: {
      filter: OPEN_AUDIT_FILTER,
      entries: [],
      nextBeforeId: null,
      loaded: false,
      loading: false,
      loadError: null,
      facets: { actors: [], actions: [] },
      feedback: null,
    },

    async loadAudit(api) {
      const mine = ++generation;
      patch({ loading: true });
      try {
        const [page, facets] = await Promise.all([
          api.invoke('audit:list', { ...auditQuery(get().audit.filter), limit: AUDIT_PAGE_SIZE }),
          api.invoke('audit:facets', {}),
        ]);
        if (mine !== generation) return;
        patch({ entries: page.entries, nextBeforeId: page.nextBeforeId, facets, loaded: true, loading: false, loadError: null });
      } catch (error) {
        if (mine !== generation) return;
        patch({ loading: false, loadError: `The audit log could not be loaded: ${messageOf(error)}` });
      }
    },

    async loadMoreAudit(api) {
      const { nextBeforeId, filter } = get().audit;
      if (nextBeforeId === null) return;
      const mine = generation;
      try {
        const page = await api.invoke('audit:list', { ...auditQuery(filter), beforeId: nextBeforeId, limit: AUDIT_PAGE_SIZE });
        if (mine !== generation) return;
        patch({ entries: [...get().audit.entries, ...page.entries], nextBeforeId: page.nextBeforeId });
      } catch (error) {
        patch({ feedback: { kind: 'error', message: `More rows could not be loaded: ${messageOf(error)}` } });
      }
    },

    async setAuditFilter(api, changes) {
      patch({ filter: { ...get().audit.filter, ...changes } });
      await get().loadAudit(api);
    },

    setAuditFeedback(feedback) {
      patch({ feedback });
    },
  };
};
