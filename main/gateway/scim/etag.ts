// Resource versions as weak ETags (meta.version) and the If-Match check that guards writes.
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
