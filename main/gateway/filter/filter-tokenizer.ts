// Splits a SCIM filter into tokens: words (attribute paths, operators, keywords), JSON strings and
// numbers, and the punctuation ( ) [ ] . — the parser decides what each word means by its position.
import { at, FilterError } from './filter-error';

export type Token =
  | { readonly type: 'word'; readonly text: string; readonly offset: number }
  | { readonly type: 'string'; readonly value: string; readonly offset: number }
  | { readonly type: 'number'; readonly value: number; readonly text: string; readonly offset: number }
  | { readonly type: '(' | ')' | '[' | ']' | '.' | 'end'; readonly offset: number };

// A word may hold a whole URN-prefixed path (`urn:...:2.0:User:name.givenName`), hence ':' and '.'.
const WORD = /[A-Za-z$][A-Za-z0-9_\-.:$]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD_CHAR = /[A-Za-z0-9_$]/;
const WHITESPACE = /[ \t\r\n]/;
const PUNCTUATION = new Set(['(', ')', '[', ']', '.']);
// A Map: the escaped character is filter text (one character, but the lint rule holds for every such table).
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (WHITESPACE.test(ch)) {
      i += 1;
    } else if (PUNCTUATION.has(ch)) {
      tokens.push({ type: ch as '(' | ')' | '[' | ']' | '.', offset: i });
      i += 1;
    } else if (ch === '"') {
      const { value, end } = readString(text, i);
      tokens.push({ type: 'string', value, offset: i });
      i = end;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      i = readNumber(text, i, tokens);
    } else if (matchAt(WORD, text, i) !== undefined) {
      const word = matchAt(WORD, text, i) ?? '';
      tokens.push({ type: 'word', text: word, offset: i });
      i += word.length;
    } else {
      const hint = ch === "'" ? '; strings must be in double quotes' : '';
      throw new FilterError(`Unexpected character ${JSON.stringify(ch)} ${at(i)}${hint}`, i);
    }
  }
  tokens.push({ type: 'end', offset: text.length });
  return tokens;
}

function matchAt(pattern: RegExp, text: string, offset: number): string | undefined {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0];
}

function readNumber(text: string, start: number, tokens: Token[]): number {
  const raw = matchAt(NUMBER, text, start);
  if (raw === undefined) {
    throw new FilterError(`Invalid number ${at(start)}: expected a digit after "-"`, start);
  }
  const end = start + raw.length;
  // `12abc` or `1.` is one mistyped token, not a number followed by a word.
  if (end < text.length && (WORD_CHAR.test(text.charAt(end)) || text.charAt(end) === '.')) {
    throw new FilterError(`Invalid number ${at(start)}: unexpected ${JSON.stringify(text.charAt(end))}`, start);
  }
  tokens.push({ type: 'number', value: Number(raw), text: raw, offset: start });
  return end;
}

/** A JSON string (RFC 8259 escapes). Raw control characters are tolerated: the value is only ever bound. */
function readString(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"') return { value, end: i + 1 };
    if (ch !== '\\') {
      value += ch;
      i += 1;
      continue;
    }
    const escaped = text.charAt(i + 1);
    const simple = SIMPLE_ESCAPES.get(escaped);
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (escaped === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
      value += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else if (i + 1 >= text.length) {
      break;
    } else {
      const shown = escaped === 'u' ? `\\u${text.slice(i + 2, i + 6)}` : `\\${escaped}`;
      throw new FilterError(`Invalid escape ${JSON.stringify(shown)} in string ${at(i)}`, i);
    }
  }
  throw new FilterError(`Unterminated string starting ${at(start)}: expected a closing '"'`, start);
}
