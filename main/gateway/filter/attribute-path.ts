// Reads one attribute path word (`[schemaURI:]attrName[.subAttr]`, RFC 7644 section 3.10) and checks
// its name syntax, so a misspelt path is a 400 while a well-formed unknown one simply matches nothing.
import type { AttributePath } from './filter-ast';
import { at, FilterError } from './filter-error';

// RFC 7643 ATTRNAME, plus `$ref`, which the core schemas themselves use (members.$ref, manager.$ref).
const ATTRIBUTE_NAME = /^(?:[A-Za-z][A-Za-z0-9_-]*|\$ref)$/;
// A scheme, a colon, then anything: the URN is everything before the last colon.
const SCHEMA_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;

export function readAttributePath(word: string, offset: number): AttributePath {
  const lastColon = word.lastIndexOf(':');
  const uri = lastColon >= 0 ? word.slice(0, lastColon) : undefined;
  const rest = word.slice(lastColon + 1);
  const parts = rest.split('.');
  for (const part of parts) {
    if (!ATTRIBUTE_NAME.test(part)) {
      throw new FilterError(
        `Invalid attribute name ${JSON.stringify(part)} in ${JSON.stringify(word)} ${at(offset)}: ` +
          'a name starts with a letter and has only letters, digits, "-" and "_"',
        offset,
      );
    }
  }
  if (parts.length > 2) {
    throw new FilterError(
      `Invalid attribute path ${JSON.stringify(word)} ${at(offset)}: at most one sub-attribute (name.subName)`,
      offset,
    );
  }
  if (uri !== undefined && !SCHEMA_URI.test(uri)) {
    throw new FilterError(`Invalid schema URI ${JSON.stringify(uri)} in attribute path ${at(offset)}`, offset);
  }
  const [name = '', subAttribute] = parts;
  return {
    ...(uri !== undefined ? { uri } : {}),
    name,
    ...(subAttribute !== undefined ? { subAttribute } : {}),
  };
}

export function checkSubAttributeName(name: string, offset: number): void {
  if (!ATTRIBUTE_NAME.test(name)) {
    throw new FilterError(`Invalid sub-attribute name ${JSON.stringify(name)} ${at(offset)}`, offset);
  }
}

/** The path as a client would write it, for error messages. */
export function pathText(path: AttributePath): string {
  const prefix = path.uri !== undefined ? `${path.uri}:` : '';
  const bracket = path.valueFilter !== undefined ? '[...]' : '';
  const sub = path.subAttribute !== undefined ? `.${path.subAttribute}` : '';
  return `${prefix}${path.name}${bracket}${sub}`;
}
