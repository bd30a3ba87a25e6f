// The organization tree as main returns it, and creating a child organization.
import type { ConsoleApi, OrganizationView } from '../../../preload/contract';
import type { SliceCreator } from '../console-store';
import { messageOf } from '../error-message';

export interface OrganizationsState {
  list: OrganizationView[];
  loadError: string | null;
}

export type OrganizationsSlice = {
  organizations: OrganizationsState;
  loadOrganizations(api: ConsoleApi): Promise<void>;
  /** Throws the ApiError for the dialog to show next to its field. */
  createOrganization(api: ConsoleApi, name: string, parentId: string): Promise<OrganizationView>;
};

export const createOrganizationsSlice: SliceCreator<OrganizationsSlice> = (set, get) => ({
  organizations: { list: [], loadError: null },

  async loadOrganizations(api) {
    try {
      set({ organizations: { list: await api.invoke('organizations:list', {}), loadError: null } });
    } catch (error) {
      set({ organizations: { ...get().organizations, loadError: messageOf(error) } });
    }
  },

  async createOrganization(api, name, parentId) {
    const created = await api.invoke('organizations:create', { name, parentId });
    await get().loadOrganizations(api);
    return created;
  },
});
