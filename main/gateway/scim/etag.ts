// Resource versions as weak ETags (meta.version): the If-Match check that guards writes, and the
// If-None-Match check that lets a read answer 304 Not Modified.
import { ScimError } from './scim-error';

export const etagOf = (version: number): string => `W/"${version}"`;

/** The version an If-Match header requires, undefined for none or "*"; a foreign tag can never match. */
export function requiredVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(ifMatch);
  if (!match) return -1;
  return Number(match[1]);
}

export const preconditionFailed = () =>
  new ScimError(412, undefined, 'The resource was changed since the version given in If-Match. Read it again and retry.');

/** The version the request's If-Match header requires (see requiredVersion). */
export function ifMatchVersion(headers: Readonly<Record<string, string | string[] | undefined>>): number | undefined {
  const header = headers['if-match'];
  return requiredVersion(Array.isArray(header) ? header[0] : header);
}

/**
 * Whether GET's If-None-Match names the resource's current version (RFC 7232 section 3.2: a list of
 * tags, compared weakly, or `*` for any current resource), so the answer is 304 without a body.
 */
export function notModified(headers: Readonly<Record<string, string | string[] | undefined>>, version: number): boolean {
  const header = headers['if-none-match'];
  if (header === undefined) return false;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim());
  return tags.some((tag) => tag === '*' || requiredVersion(tag) === version);
}

/** The answer to a read whose If-None-Match holds: the ETag again, no body. */
export const notModifiedAnswer = (version: number) => ({ status: 304, headers: { ETag: etagOf(version) } });
