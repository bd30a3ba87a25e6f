// Resource versions as weak ETags (meta.version) and the conditional headers that test them
// (RFC 7232): If-Match guards writes, If-None-Match lets a read answer 304 Not Modified, and either
// one that does not hold refuses with 412.
import { ScimError } from './scim-error';

export const etagOf = (version: number): string => `W/"${version}"`;

type Headers = Readonly<Record<string, string | string[] | undefined>>;
/** What a conditional header asks: any current version (`*`), or one of the listed entity-tags. */
type TagList = '*' | readonly string[];

/** Whether `version` passes the request's conditions; handed to the services, checked on the row they read. */
export type VersionCondition = (version: number) => boolean;

function tagsOf(header: string | string[] | undefined): TagList | undefined {
  if (header === undefined) return undefined;
  const tags = (Array.isArray(header) ? header.join(',') : header)
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return tags.includes('*') ? '*' : tags;
}

/** Weak comparison (RFC 7232 section 2.3.2): the opaque tags are equal as text, `W/` aside, so "02" is not "2". */
function names(tags: TagList, version: number): boolean {
  if (tags === '*') return true;
  const opaque = `"${version}"`;
  return tags.some((tag) => (tag.startsWith('W/') ? tag.slice(2) : tag) === opaque);
}

/**
 * The condition a write must meet (RFC 7232 section 6): If-Match names the current version (or is
 * `*`), and If-None-Match does not. Undefined when the request sets neither header.
 */
export function writeCondition(headers: Headers): VersionCondition | undefined {
  const ifMatch = tagsOf(headers['if-match']);
  const ifNoneMatch = tagsOf(headers['if-none-match']);
  if (ifMatch === undefined && ifNoneMatch === undefined) return undefined;
  return (version) =>
    (ifMatch === undefined || names(ifMatch, version)) && (ifNoneMatch === undefined || !names(ifNoneMatch, version));
}

/**
 * A read of one resource: 412 when If-Match does not name its version, else 304 (only the ETag, no
 * body) when If-None-Match does; undefined when the resource is to be answered.
 */
export function readCondition(headers: Headers, version: number): { status: 304; headers: { ETag: string } } | undefined {
  const ifMatch = tagsOf(headers['if-match']);
  if (ifMatch !== undefined && !names(ifMatch, version)) throw preconditionFailed();
  const ifNoneMatch = tagsOf(headers['if-none-match']);
  if (ifNoneMatch !== undefined && names(ifNoneMatch, version)) return { status: 304, headers: { ETag: etagOf(version) } };
  return undefined;
}

export const preconditionFailed = () =>
  new ScimError(
    412,
    undefined,
    'The resource is not at the version If-Match or If-None-Match asks for. Read it again and retry.',
  );
