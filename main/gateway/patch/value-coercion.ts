// Turns the JSON an IdP sends into the value the schema says an attribute holds: Entra's "True"/"False"
// strings become booleans, a manager sent as an id, an object or a one-element list becomes
// `{ value }`, and anything that cannot be read as the attribute's type is a 400 naming the attribute.
import { findSubAttribute, type PatchComplex, type PatchScalar } from './attribute-types';
import { readBoolean } from '../scim/scim-boolean';
import { isObject, type JsonObject } from './json-object';
import { badRequest } from './scim-refusal';

export type Scalar = string | number | boolean;

const describe = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** null stays null: RFC 7643 section 2.5 makes a null value the same as an unassigned attribute. */
export function coerceScalar(attribute: PatchScalar, value: unknown, shown: string): Scalar | null {
  if (value === null) return null;
  switch (attribute.type) {
    case 'boolean': {
      const boolean = readBoolean(value);
      if (boolean !== undefined) return boolean;
      throw badRequest('invalidValue', `"${shown}" is a boolean: send true or false, not ${describe(value)}`);
    }
    case 'integer':
    case 'decimal':
      if (typeof value === 'number' && Number.isFinite(value) && (attribute.type === 'decimal' || Number.isInteger(value)))
        return value;
      throw badRequest(
        'invalidValue',
        `"${shown}" is ${attribute.type === 'integer' ? 'an integer' : 'a number'}, not ${describe(value)}`,
      );
    default:
      if (typeof value === 'string') return value;
      // Some mappings emit an employee number as a JSON number; its text is what the IdP meant.
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      throw badRequest('invalidValue', `"${shown}" is a string, not ${describe(value)}`);
  }
}

/**
 * The sub-attributes of one complex value, named in the schema's casing. Unknown and readOnly ones are
 * dropped rather than refused; a null is kept so a merge can unassign that sub-attribute.
 */
export function coerceSubAttributes(attribute: PatchComplex, value: unknown, shown: string): Record<string, Scalar | null> {
  if (!isObject(value)) {
    throw badRequest('invalidValue', `"${shown}" takes an object of sub-attributes, not ${describe(value)}`);
  }
  const out: Record<string, Scalar | null> = {};
  for (const [key, item] of Object.entries(value)) {
    const sub = findSubAttribute(attribute, key);
    if (sub === undefined || sub.readOnly === true) continue;
    out[sub.name] = coerceScalar(sub, item, `${shown}.${sub.name}`);
  }
  return out;
}

export function withoutNulls(object: Record<string, Scalar | null>): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null));
}

/** The elements of a multi-valued value: a list, or one object on its own; empty elements are dropped. */
export function coerceElements(attribute: PatchComplex, value: unknown, shown: string): JsonObject[] {
  if (value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items
    .map((item) => withoutNulls(coerceSubAttributes(attribute, item, shown)))
    .filter((element) => Object.keys(element).length > 0);
}

/**
 * Entra sends the manager as a bare id, Okta and the RFC as `{ value }`, older clients as `[{ value }]`.
 * null means "no manager": an empty id, an empty list or an element without an id unassign it.
 */
export function coerceManager(attribute: PatchComplex, value: unknown, shown: string): JsonObject | null {
  if (value === null || value === '') return null;
  if (Array.isArray(value)) {
    if (value.length > 1) throw badRequest('invalidValue', `"${shown}" is one manager, but ${value.length} were sent`);
    return value.length === 0 ? null : coerceManager(attribute, value[0], shown);
  }
  const id = findSubAttribute(attribute, 'value');
  if (id !== undefined && !isObject(value)) {
    const text = coerceScalar(id, value, `${shown}.value`);
    return text === '' || text === null ? null : { value: text };
  }
  const element = withoutNulls(coerceSubAttributes(attribute, value, shown));
  return element['value'] === undefined || element['value'] === '' ? null : element;
}
