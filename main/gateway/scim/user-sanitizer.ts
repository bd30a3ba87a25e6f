// Turns what a client sent as a User into what the gateway stores: known attributes only, canonical
// casing, booleans that identity providers send as "True"/"False" made booleans, and the shapes checked.
// Refusals are 400 invalidValue naming the attribute.
import { findKey, sameName } from './attribute-name';
import { readBoolean } from './scim-boolean';
import { ScimError } from './scim-error';
import { ENTERPRISE_USER_URN, USER_URN } from './scim-urns';
import {
  CORE_USER_ATTRIBUTES,
  ENTERPRISE_ATTRIBUTES,
  MULTI_VALUED,
  NAME_SUB_ATTRIBUTES,
  canonical,
  isBooleanAttribute,
  multiValuedSubAttributes,
  type AttributeNames,
} from './user-attributes';

export type ScimObject = Record<string, unknown>;

export function sanitizeUser(body: unknown): ScimObject {
  if (!isObject(body)) throw invalid('The request body must be a JSON object (a SCIM User).');
  const user: ScimObject = {};
  for (const key of Object.keys(body)) {
    const value = body[key];
    if (value === null || value === undefined) continue;
    const name = canonical(key, CORE_USER_ATTRIBUTES);
    if (name !== undefined) {
      user[name] = sanitizeCore(name, value);
    } else if (sameName(key, ENTERPRISE_USER_URN)) {
      const enterprise = sanitizeEnterprise(value);
      if (Object.keys(enterprise).length > 0) user[ENTERPRISE_USER_URN] = enterprise;
    }
  }
  user.schemas = user[ENTERPRISE_USER_URN] ? [USER_URN, ENTERPRISE_USER_URN] : [USER_URN];
  return user;
}

function sanitizeCore(name: string, value: unknown): unknown {
  if (isBooleanAttribute(name)) return toBoolean(value, name);
  if (name === 'name') return pickKnown(value, NAME_SUB_ATTRIBUTES, 'name');
  if (MULTI_VALUED.has(name)) {
    if (!Array.isArray(value)) throw invalid(`${name} must be a list.`);
    const known = multiValuedSubAttributes(name);
    return value.map((element) => {
      const picked = pickKnown(element, known, name);
      for (const key of Object.keys(picked)) {
        if (isBooleanAttribute(name, key)) picked[key] = toBoolean(picked[key], `${name}.${key}`);
      }
      return picked;
    });
  }
  if (typeof value === 'object') throw invalid(`${name} must be a single value.`);
  return name === 'userName' || name === 'externalId' || name === 'displayName' ? String(value) : value;
}

function sanitizeEnterprise(value: unknown): ScimObject {
  if (!isObject(value)) throw invalid('The enterprise extension must be an object.');
  const out: ScimObject = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    const name = canonical(key, ENTERPRISE_ATTRIBUTES);
    if (name === undefined || item === null || item === undefined) continue;
    if (name === 'manager') {
      const manager = normalizeManager(item);
      if (manager) out.manager = manager;
    } else {
      if (typeof item === 'object') throw invalid(`${name} must be a single value.`);
      out[name] = String(item);
    }
  }
  return out;
}

/**
 * Entra and Okta send the manager as an id, as { value }, or as [{ value }]. `$ref` is kept with it;
 * `displayName` is read-only in the schema, so a sent one is dropped, as PATCH drops it.
 */
export function normalizeManager(value: unknown): ScimObject | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first === '' ? undefined : { value: first };
  if (isObject(first) && typeof first.value === 'string' && first.value !== '') {
    const ref = first[findKey(first, '$ref') ?? '$ref'];
    return { value: first.value, ...(typeof ref === 'string' ? { $ref: ref } : {}) };
  }
  return undefined;
}

export function toBoolean(value: unknown, attribute: string): boolean {
  const boolean = readBoolean(value);
  if (boolean === undefined) throw invalid(`${attribute} must be true or false.`);
  return boolean;
}

function pickKnown(value: unknown, known: AttributeNames, attribute: string): ScimObject {
  if (!isObject(value)) throw invalid(`${attribute} must be an object.`);
  const out: ScimObject = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    const name = canonical(key, known);
    if (name !== undefined && item !== null && item !== undefined) out[name] = item;
  }
  return out;
}

export function isObject(value: unknown): value is ScimObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function invalid(detail: string): ScimError {
  return new ScimError(400, 'invalidValue', detail);
}
