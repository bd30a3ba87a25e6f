// The organization tree as <option>s, indented by depth like the settings page's picker, each with
// its full path as a title.
import type { OrganizationView } from '../../../preload/contract';
import { optionLabel, pathLabel } from '../provisioning-settings/organization-options';

export function OrganizationOptions(props: { organizations: readonly OrganizationView[] }) {
  return (
    <>
      {props.organizations.map((org) => (
        <option key={org.id} value={org.id} title={pathLabel(org)}>
          {optionLabel(org)}
        </option>
      ))}
    </>
  );
}
