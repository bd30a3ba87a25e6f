// sortBy for Groups, which are sorted in memory as they are filtered (groups are few). The keys and
// the order are those of Users' SQL (user-sort.ts): case-insensitive attributes by their foldCase form,
// UTF-8 byte order, an unassigned value last, ties in creation order; sortOrder=descending reverses
// all of it (RFC 7644 section 3.4.2.3: no value sorts last ascending, first descending). Anything else keeps creation order, whatever sortOrder says.
import { foldCase } from '../../../preload/case-fold';
import { compareUtf8 } from '../filter/scalar-match';
import type { ScimObject } from '../scim/user-sanitizer';

type SortKey = (group: ScimObject) => string | null;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const metaOf = (group: ScimObject, name: string) => text((group.meta as ScimObject | undefined)?.[name]);

// A Map: sortBy is request text, and a plain object would answer `constructor` with a function.
const SORT_KEYS: ReadonlyMap<string, SortKey> = new Map(
  Object.entries({
    id: (group) => text(group.id),
    externalid: (group) => text(group.externalId),
    displayname: (group) => {
      const name = text(group.displayName);
      return name === null ? null : foldCase(name);
    },
    'meta.created': (group) => metaOf(group, 'created'),
    'meta.lastmodified': (group) => metaOf(group, 'lastModified'),
  }),
);

/** `groups` in creation order; returns a new array. */
export function sortGroups(groups: readonly ScimObject[], sortBy: string | null, descending: boolean): ScimObject[] {
  const name = sortBy?.replace(/^urn:ietf:params:scim:schemas:core:2\.0:group:/i, '').toLowerCase();
  const keyOf = name === undefined ? undefined : SORT_KEYS.get(name);
  if (!keyOf) return [...groups]; // sortOrder alone orders nothing (RFC 7644 section 3.4.2.3)
  const keyed = groups.map((group, index) => ({ group, index, key: keyOf(group) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index);
  if (descending) keyed.reverse();
  return keyed.map((entry) => entry.group);
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareUtf8(a, b);
}
