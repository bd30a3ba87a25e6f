// What a parsed path names in a resource's schema: an attribute (maybe one of its sub-attributes,
// maybe filtered), a whole schema part, or nothing the gateway keeps. Shapes that can never make
// sense (a filter on a single value, a sub-attribute of a string) are refused here as invalidPath.
import type { Filter } from '../filter';
import {
  findSubAttribute,
  sameName,
  type PatchAttribute,
  type PatchSchema,
  type PatchSchemaPart,
  type PatchScalar,
} from './attribute-types';
import type { PatchPath } from './patch-path';
import { badRequest } from './scim-refusal';

export type Target =
  /** Unknown to the schema (or `password`): the operation is skipped, as RFC 7644 lets a provider do. */
  | { readonly kind: 'ignored' }
  | { readonly kind: 'schema'; readonly part: PatchSchemaPart }
  | {
      readonly kind: 'attribute';
      readonly text: string;
      readonly part: PatchSchemaPart;
      readonly attribute: PatchAttribute;
      readonly sub?: PatchScalar;
      readonly filter?: Filter;
      /** The attribute or sub-attribute is readOnly: refused when named by a path, skipped inside a value. */
      readonly readOnly: boolean;
    };

export function resolveTarget(path: PatchPath, schema: PatchSchema): Target {
  const parts = [schema.core, ...schema.extensions];
  if (path.kind === 'schema') {
    const part = parts.find((p) => sameName(p.id, path.uri));
    return part === undefined ? { kind: 'ignored' } : { kind: 'schema', part };
  }
  const candidates = path.uri === undefined ? parts : parts.filter((p) => sameName(p.id, path.uri ?? ''));
  for (const part of candidates) {
    const attribute = part.attributes.find((a) => sameName(a.name, path.name));
    if (attribute === undefined) continue;
    const shown = JSON.stringify(path.text);
    const base = { kind: 'attribute', text: path.text, part, attribute } as const;
    if (attribute.type !== 'complex') {
      if (path.filter !== undefined || path.subAttribute !== undefined) {
        throw badRequest(
          'invalidPath',
          `The path ${shown} treats "${attribute.name}" as complex, but it is a single ${attribute.type}`,
        );
      }
      return { ...base, readOnly: attribute.readOnly === true };
    }
    if (path.filter !== undefined && !attribute.multiValued) {
      throw badRequest('invalidPath', `The path ${shown} filters "${attribute.name}", which holds one value, not a list`);
    }
    if (path.subAttribute !== undefined && path.filter === undefined && attribute.multiValued) {
      throw badRequest(
        'invalidPath',
        `The path ${shown} names a sub-attribute of every "${attribute.name}" element; select the elements with a value filter, ` +
          `e.g. ${attribute.name}[type eq "work"].${path.subAttribute}`,
      );
    }
    const filtered = path.filter !== undefined ? { filter: path.filter } : {};
    if (path.subAttribute === undefined) return { ...base, ...filtered, readOnly: attribute.readOnly === true };
    const sub = findSubAttribute(attribute, path.subAttribute);
    if (sub === undefined) return attribute.readOnly === true ? { ...base, readOnly: true } : { kind: 'ignored' };
    return { ...base, ...filtered, sub, readOnly: attribute.readOnly === true || sub.readOnly === true };
  }
  return { kind: 'ignored' };
}
