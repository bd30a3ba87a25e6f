// Reads a PATCH "path" (RFC 7644 section 3.5.2: `[URN:]attr[.sub]` or `[URN:]attr[filter][.sub]`) into
// its parts. Only the bracket is a filter, handed to the filter module's parser; the rest is split here
// because a schema URN is full of colons and dots ("...:enterprise:2.0:User:manager").
import { FilterError, parseFilter, type Filter } from '../filter';
import { sameName } from './attribute-types';
import { badRequest } from './scim-refusal';

export type PatchPath =
  /** The path is a schema URN itself: its value holds that schema's attributes. */
  | { readonly kind: 'schema'; readonly uri: string }
  | {
      readonly kind: 'attribute';
      readonly text: string;
      readonly uri?: string;
      readonly name: string;
      readonly filter?: Filter;
      readonly subAttribute?: string;
    };

// RFC 7643 ATTRNAME, plus `$ref`, which members and manager carry.
const ATTRIBUTE_NAME = /^(?:[A-Za-z][A-Za-z0-9_-]*|\$ref)$/;
const SCHEMA_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

export function parsePatchPath(raw: string, schemaUris: readonly string[]): PatchPath {
  const text = raw.trim();
  const shown = JSON.stringify(raw);
  if (text === '') throw badRequest('invalidPath', 'The path is empty; leave "path" out to target the resource itself');
  const uri = schemaUris.find((id) => sameName(id, text));
  if (uri !== undefined) return { kind: 'schema', uri };

  const open = text.indexOf('[');
  const head = open < 0 ? text : text.slice(0, open);
  let filter: Filter | undefined;
  let tail = '';
  if (open >= 0) {
    const close = closingBracket(text, open);
    if (close < 0) throw badRequest('invalidPath', `The path ${shown} opens '[' but never closes it`);
    filter = readFilter(text.slice(open + 1, close), shown);
    tail = text.slice(close + 1);
    if (tail !== '' && !tail.startsWith('.')) {
      throw badRequest(
        'invalidPath',
        `The path ${shown} continues after ']' with ${JSON.stringify(tail)}; only ".subAttribute" may follow`,
      );
    }
  }

  const colon = head.lastIndexOf(':');
  const prefix = colon >= 0 ? head.slice(0, colon) : undefined;
  if (prefix !== undefined && !SCHEMA_URI.test(prefix)) {
    throw badRequest('invalidPath', `The path ${shown} starts with ${JSON.stringify(prefix)}, which is not a schema URN`);
  }
  const names = head.slice(colon + 1).split('.');
  if (filter !== undefined && names.length > 1) {
    throw badRequest('invalidPath', `The path ${shown} puts a value filter after a sub-attribute`);
  }
  if (tail !== '') names.push(tail.slice(1));
  if (names.length > 2) throw badRequest('invalidPath', `The path ${shown} goes deeper than attribute.subAttribute`);
  for (const name of names) {
    if (!ATTRIBUTE_NAME.test(name)) {
      throw badRequest(
        'invalidPath',
        `The path ${shown} has the invalid attribute name ${JSON.stringify(name)}: a name starts with a letter and has only letters, digits, "-" and "_"`,
      );
    }
  }
  const [name = '', subAttribute] = names;
  return {
    kind: 'attribute',
    text,
    ...(prefix !== undefined ? { uri: prefix } : {}),
    name,
    ...(filter !== undefined ? { filter } : {}),
    ...(subAttribute !== undefined ? { subAttribute } : {}),
  };
}

/** The ']' that closes the bracket at `open`, skipping any inside a JSON string of the filter. */
function closingBracket(text: string, open: number): number {
  let inString = false;
  for (let i = open + 1; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === ']') {
      return i;
    }
  }
  return -1;
}

function readFilter(text: string, shown: string): Filter {
  try {
    return parseFilter(text);
  } catch (error) {
    if (error instanceof FilterError) {
      throw badRequest('invalidFilter', `The value filter in the path ${shown} is invalid: ${error.message}`);
    }
    throw error;
  }
}
