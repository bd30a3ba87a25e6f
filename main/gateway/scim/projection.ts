// `attributes` and `excludedAttributes` (RFC 7644 section 3.4.2.5): which attributes a response
// carries. Names are case-insensitive and may carry a schema URN. What the schema definitions say is
// returned "always" (id) is kept whatever is asked, as is `schemas`. What is returned "never" (password,
// write-only) is never stored, so no projection can bring it back.
import { cloneJson } from '../patch/json-object';
import { findKey } from './attribute-name';
import { GROUP_DEFINITION } from './group-schema-definition';
import { allParts } from './schema-definition';
import { USER_DEFINITION } from './user-schema-definition';
import { isObject, type ScimObject } from './user-sanitizer';

const ALWAYS: ReadonlySet<string> = new Set([
  'schemas',
  ...[USER_DEFINITION, GROUP_DEFINITION].flatMap((resource) =>
    allParts(resource).flatMap((part) => part.attributes.filter((a) => a.returned === 'always').map((a) => a.name)),
  ),
]);

export interface Projection {
  attributes: string[] | null;
  excluded: string[];
}

export function parseProjection(attributes: string | undefined, excluded: string | undefined): Projection {
  const split = (text: string | undefined) =>
    (text ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const include = split(attributes);
  return { attributes: include.length > 0 ? include : null, excluded: split(excluded) };
}

/** The projection a request's query asks for: on lists, and on every answer that carries a resource. */
export function projectionOf(query: URLSearchParams): Projection {
  return parseProjection(query.get('attributes') ?? undefined, query.get('excludedAttributes') ?? undefined);
}

/** True when the projection keeps every attribute (no attributes or excludedAttributes given). */
export const isIdentity = (projection: Projection): boolean => projection.attributes === null && projection.excluded.length === 0;

/**
 * Whether an answer shaped by the projection carries the top-level `attribute` at all (then its data
 * must be read): named in `attributes` (itself or a sub-attribute), or not excluded.
 */
export function showsAttribute(projection: Projection, attribute: string): boolean {
  const parts = (path: string) => path.replace(/^urn:ietf:params:scim:schemas:core:2\.0:(user|group):/i, '').split('.');
  const named = (path: string) => parts(path)[0]!.toLowerCase() === attribute.toLowerCase();
  if (projection.attributes !== null) return projection.attributes.some(named);
  // Excluding a sub-attribute (`members.display`) still shows the attribute.
  return !projection.excluded.some((path) => named(path) && parts(path).length === 1);
}

export function project(resource: ScimObject, projection: Projection): ScimObject {
  if (isIdentity(projection)) return resource;
  const paths = (list: readonly string[]) => list.map((p) => splitPath(p, resource));
  if (projection.attributes !== null) {
    const out: ScimObject = {};
    for (const key of Object.keys(resource)) if (ALWAYS.has(key)) out[key] = resource[key];
    for (const [container, top, sub] of paths(projection.attributes)) copy(resource, out, container, top, sub);
    return out;
  }
  const out = cloneJson(resource);
  for (const [container, top, sub] of paths(projection.excluded)) remove(out, container, top, sub);
  return out;
}

type Path = [container: string | null, top: string, sub: string | null];

/** `urn:...:User:employeeNumber` -> [urn, employeeNumber]; `name.givenName` -> [null, name, givenName]. */
function splitPath(path: string, resource: ScimObject): Path {
  const lower = path.toLowerCase();
  const urn = Object.keys(resource).find((key) => key.startsWith('urn:') && lower.startsWith(`${key.toLowerCase()}:`));
  if (urn) {
    const [top, sub] = path.slice(urn.length + 1).split('.');
    return [urn, top!, sub ?? null];
  }
  const [top, sub] = path.replace(/^urn:ietf:params:scim:schemas:core:2\.0:(user|group):/i, '').split('.');
  return [null, top!, sub ?? null];
}

function copy(from: ScimObject, to: ScimObject, container: string | null, top: string, sub: string | null): void {
  if (container !== null) {
    const source = from[container];
    if (!isObject(source)) return;
    to[container] ??= {};
    const target = to[container] as ScimObject;
    copy(source, target, null, top, sub);
    return;
  }
  const key = findKey(from, top);
  if (key === undefined || ALWAYS.has(key)) return;
  const value = from[key];
  if (sub === null) to[key] = value;
  else if (Array.isArray(value)) to[key] = value.filter(isObject).map((e) => pickSub(e, sub));
  else if (isObject(value)) to[key] = { ...(to[key] as ScimObject | undefined), ...pickSub(value, sub) };
}

function pickSub(element: ScimObject, sub: string): ScimObject {
  const key = findKey(element, sub);
  return key === undefined ? {} : { [key]: element[key] };
}

function remove(object: ScimObject, container: string | null, top: string, sub: string | null): void {
  const target = container === null ? object : object[container];
  if (!isObject(target)) return;
  const key = findKey(target, top);
  if (key === undefined || ALWAYS.has(key)) return;
  if (sub === null) {
    delete target[key];
    return;
  }
  const value = target[key];
  const elements = Array.isArray(value) ? value.filter(isObject) : isObject(value) ? [value] : [];
  for (const element of elements) {
    const subKey = findKey(element, sub);
    if (subKey !== undefined) delete element[subKey];
  }
}
