// Entity tags of an employee: weak, `W/"<version>"`. Weak because the representation also carries what
// can change without a new version (the organization path after a rename, the SCIM-owned fields after a
// settings change); the version alone says whether the employee's own data changed. If-Match compares
// the opaque tags as text (RFC 7232: `"01"` is not `"1"`) and accepts either spelling of the tag.
import { ProblemError } from './problem';

export const employeeEtag = (version: number): string => `W/"${version}"`;

/** The If-Match condition as the directory service takes it; no header means unconditional. */
export function ifMatchCondition(header: string | string[] | undefined): (version: number) => boolean {
  if (header === undefined) return () => true;
  const text = Array.isArray(header) ? header.join(',') : header;
  if (text.trim() === '*') return () => true;
  const tags = text.split(',').map((tag) => tag.trim());
  if (tags.some((tag) => !/^(W\/)?"[^"]*"$/.test(tag))) {
    throw new ProblemError('validation', 'If-Match must be * or a list of entity tags such as W/"3".', ['If-Match']);
  }
  const opaque = new Set(tags.map((tag) => tag.replace(/^W\//, '')));
  return (version) => opaque.has(`"${version}"`);
}
