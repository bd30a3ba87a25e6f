// A Group answer as JSON text with its members written straight from the membership rows, one at a
// time: a group of 100,000 members costs its answer's text (about 150 bytes a member) and never an
// object per member. Same members and order as renderGroup (group-renderer.ts).
import type { GroupRow } from '../../services/groups/group-provisioning';
import { renderGroup } from './group-renderer';

/** Stands in the members' place while the rest is serialized; meta, which only holds our values, follows it. */
const SLOT = '\u0000members\u0000';
const SLOT_JSON = JSON.stringify(SLOT);

export function groupJson(group: GroupRow, members: Iterable<[string, string, string | null]>, baseUrl: string): string {
  const rest = renderGroup({ group, members: [] }, baseUrl);
  rest.members = SLOT;
  const text = JSON.stringify(rest);
  const at = text.lastIndexOf(SLOT_JSON);
  const parts: string[] = [text.slice(0, at), '['];
  let first = true;
  for (const [id, userName, displayName] of members) {
    const value = JSON.stringify(id);
    parts.push(
      `${first ? '' : ','}{"value":${value},"display":${JSON.stringify(displayName ?? userName)},"$ref":${JSON.stringify(`${baseUrl}/Users/${id}`)},"type":"User"}`,
    );
    first = false;
  }
  parts.push(']', text.slice(at + SLOT_JSON.length));
  return parts.join('');
}
