// Parses SCIM filter text (RFC 7644 section 3.4.2.2, with errata 7322's valFilter) into the Filter
// AST. Recursive descent gives the precedence not > and > or; keywords are case-insensitive.
import { checkSubAttributeName, pathText, readAttributePath } from './attribute-path';
import { COMPARE_OPERATORS, type AttributePath, type CompareOperator, type CompareValue, type Filter } from './filter-ast';
import { at, FilterError } from './filter-error';
import { tokenize, type Token } from './filter-tokenizer';

// Deep enough for any real filter; stops `((((...` from exhausting the stack.
const MAX_DEPTH = 64;
// Each comparison joined by and/or is one more level of the SQL expression the store builds, and SQLite
// refuses an expression more than 1,000 levels deep (a 16 KB filter can hold 2,000 comparisons).
export const MAX_COMPARISONS = 500;
const OPERATORS = new Set<string>([...COMPARE_OPERATORS, 'pr']);
const OPERATOR_LIST = [...OPERATORS].join(', ');

export function parseFilter(text: string): Filter {
  const tokens = tokenize(text);
  if (tokens[0]?.type === 'end') throw new FilterError('The filter is empty', 0);
  return new Parser(tokens).parseAll();
}

function isWord(token: Token, ...texts: string[]): boolean {
  return token.type === 'word' && texts.includes(token.text.toLowerCase());
}

function describe(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the filter';
    case 'word':
      return `"${token.text}" ${at(token.offset)}`;
    case 'string':
      return `the string ${JSON.stringify(token.value)} ${at(token.offset)}`;
    case 'number':
      return `the number ${token.text} ${at(token.offset)}`;
    default:
      return `'${token.type}' ${at(token.offset)}`;
  }
}

class Parser {
  private index = 0;
  private depth = 0;
  private comparisons = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): Filter {
    const filter = this.parseOr(false);
    const next = this.peek();
    if (next.type === 'end') return filter;
    if (next.type === ')' || next.type === ']') {
      const open = next.type === ')' ? '(' : '[';
      throw new FilterError(`Unbalanced '${next.type}' ${at(next.offset)}: there is no '${open}' to close`, next.offset);
    }
    throw this.error(next, `Expected "and", "or" or the end of the filter, found ${describe(next)}`);
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  private error(token: Token, message: string): FilterError {
    return new FilterError(message, token.offset);
  }

  private parseOr(inBracket: boolean): Filter {
    let left = this.parseAnd(inBracket);
    while (isWord(this.peek(), 'or')) {
      this.next();
      left = { kind: 'or', left, right: this.parseAnd(inBracket) };
    }
    return left;
  }

  private parseAnd(inBracket: boolean): Filter {
    let left = this.parseUnary(inBracket);
    while (isWord(this.peek(), 'and')) {
      this.next();
      left = { kind: 'and', left, right: this.parseUnary(inBracket) };
    }
    return left;
  }

  private parseUnary(inBracket: boolean): Filter {
    const token = this.peek();
    if (token.type === '(') return this.parseGroup(inBracket);
    if (isWord(token, 'not')) {
      const after = this.peek(1);
      if (after.type === '(') {
        this.next();
        return { kind: 'not', operand: this.parseGroup(inBracket) };
      }
      // `not` is also a legal attribute name; only an operator after it makes it one.
      if (!(after.type === 'word' && OPERATORS.has(after.text.toLowerCase()))) {
        throw this.error(after, `Expected '(' after "not" ${at(token.offset)}, found ${describe(after)}`);
      }
    }
    if (token.type === 'word') return this.parseAttributeExpression(inBracket);
    throw this.error(token, `Expected an attribute path, '(' or "not", found ${describe(token)}`);
  }

  private parseGroup(inBracket: boolean): Filter {
    const open = this.next();
    const inner = this.nested(() => this.parseOr(inBracket), open);
    const close = this.next();
    if (close.type !== ')') {
      throw this.error(close, `Expected "and", "or" or ')' to close '(' ${at(open.offset)}, found ${describe(close)}`);
    }
    return inner;
  }

  private nested<T>(parse: () => T, open: Token): T {
    if (++this.depth > MAX_DEPTH) {
      throw this.error(open, `The filter nests more than ${MAX_DEPTH} levels deep ${at(open.offset)}`);
    }
    const result = parse();
    this.depth -= 1;
    return result;
  }

  private parseAttributeExpression(inBracket: boolean): Filter {
    const word = this.next() as Extract<Token, { type: 'word' }>;
    const path = readAttributePath(word.text, word.offset);
    const open = this.peek();
    if (open.type !== '[') return this.parseOperation(path);
    if (inBracket) throw this.error(open, `Value filters cannot be nested: unexpected '[' ${at(open.offset)}`);
    if (path.subAttribute !== undefined) {
      const where = `A value filter '[' ${at(open.offset)}`;
      throw this.error(open, `${where} must follow an attribute, not the sub-attribute "${pathText(path)}"`);
    }
    this.next();
    const filter = this.nested(() => this.parseOr(true), open);
    const close = this.next();
    if (close.type !== ']') {
      throw this.error(close, `Expected "and", "or" or ']' to close '[' ${at(open.offset)}, found ${describe(close)}`);
    }
    if (this.peek().type !== '.') return { kind: 'valuePath', path, filter };
    this.next();
    const sub = this.next();
    if (sub.type !== 'word') throw this.error(sub, `Expected a sub-attribute name after '.', found ${describe(sub)}`);
    checkSubAttributeName(sub.text, sub.offset);
    return this.parseOperation({ ...path, valueFilter: filter, subAttribute: sub.text });
  }

  private parseOperation(path: AttributePath): Filter {
    const token = this.next();
    if (++this.comparisons > MAX_COMPARISONS) {
      throw this.error(token, `The filter has more than ${MAX_COMPARISONS} comparisons; one more is ${at(token.offset)}`);
    }
    const shown = JSON.stringify(pathText(path));
    if (token.type !== 'word') {
      throw this.error(token, `Expected an operator (${OPERATOR_LIST}) after ${shown}, found ${describe(token)}`);
    }
    const op = token.text.toLowerCase();
    if (op === 'pr') return { kind: 'present', path };
    if (!OPERATORS.has(op)) {
      throw this.error(token, `Unknown operator "${token.text}" ${at(token.offset)}: expected one of ${OPERATOR_LIST}`);
    }
    return { kind: 'compare', path, op: op as CompareOperator, value: this.parseValue(token) };
  }

  private parseValue(operator: Extract<Token, { type: 'word' }>): CompareValue {
    const token = this.next();
    if (token.type === 'string' || token.type === 'number') return token.value;
    if (isWord(token, 'true')) return true;
    if (isWord(token, 'false')) return false;
    if (isWord(token, 'null')) return null;
    throw this.error(
      token,
      `Expected a value (a JSON string, number, true, false or null) after "${operator.text}" ${at(operator.offset)}, ` +
        `found ${describe(token)}`,
    );
  }
}
