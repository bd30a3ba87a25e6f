// The organization tree as main returns it, how many employees each organization holds, and changing
// the tree: create, rename, move, delete. A change reads the tree (and the counts) again; a refusal is
// thrown as the ApiError for the dialog to show next to its field.
import type { ConsoleApi, OrganizationView } from '../../../preload/contract';
import type { Feedback } from '../settings/initial-state';
import type { SliceCreator } from '../console-store';
import { messageOf } from '../error-message';

export interface OrganizationsState {
  list: OrganizationView[];
  loadError: string | null;
  /** Employees in each organization and below it, by id (none: absent); null until read. */
  employeeCounts: Readonly<Record<string, number>> | null;
  /** The Organizations view's announcement of its last change. */
  feedback: Feedback | null;
}

export type OrganizationsSlice = {
  organizations: OrganizationsState;
  loadOrganizations(api: ConsoleApi): Promise<void>;
  /** The tree and the employees in each organization, for the Organizations view. */
  loadOrganizationsOverview(api: ConsoleApi): Promise<void>;
  /** Throws the ApiError for the dialog to show next to its field. */
  createOrganization(api: ConsoleApi, name: string, parentId: string): Promise<OrganizationView>;
  renameOrganization(api: ConsoleApi, id: string, name: string): Promise<OrganizationView>;
  moveOrganization(api: ConsoleApi, id: string, parentId: string): Promise<OrganizationView>;
  deleteOrganization(api: ConsoleApi, id: string): Promise<void>;
  setOrganizationsFeedback(feedback: Feedback | null): void;
};

export const createOrganizationsSlice: SliceCreator<OrganizationsSlice> = (set, get) => {
  const patch = (next: Partial<OrganizationsState>) => set({ organizations: { ...get().organizations, ...next } });
  /** After a change: the tree everywhere, and the counts where they are shown. */
  const reload = (api: ConsoleApi) =>
    get().organizations.employeeCounts === null ? get().loadOrganizations(api) : get().loadOrganizationsOverview(api);

  return {
    organizations: { list: [], loadError: null, employeeCounts: null, feedback: null },

    async loadOrganizations(api) {
      try {
        patch({ list: await api.invoke('organizations:list', {}), loadError: null });
      } catch (error) {
        patch({ loadError: messageOf(error) });
      }
    },

    async loadOrganizationsOverview(api) {
      try {
        const [list, employeeCounts] = await Promise.all([
          api.invoke('organizations:list', {}),
          api.invoke('organizations:employee-counts', {}),
        ]);
        patch({ list, employeeCounts, loadError: null });
      } catch (error) {
        patch({ loadError: messageOf(error) });
      }
    },

    async createOrganization(api, name, parentId) {
      const created = await api.invoke('organizations:create', { name, parentId });
      await reload(api);
      return created;
    },

    async renameOrganization(api, id, name) {
      const renamed = await api.invoke('organizations:rename', { id, name });
      await reload(api);
      return renamed;
    },

    async moveOrganization(api, id, parentId) {
      const moved = await api.invoke('organizations:move', { id, parentId });
      await reload(api);
      return moved;
    },

    async deleteOrganization(api, id) {
      await api.invoke('organizations:delete', { id });
      await reload(api);
    },

    setOrganizationsFeedback(feedback) {
      patch({ feedback });
    },
  };
};
