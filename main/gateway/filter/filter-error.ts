// The one error the filter module throws: a filter the gateway must refuse with 400 `invalidFilter`
// (RFC 7644 section 3.12), whether it is malformed or asks for an unsupported comparison.

export class FilterError extends Error {
  /** RFC 7644 scimType the gateway puts in its error response. */
  readonly scimType = 'invalidFilter';

  constructor(
    message: string,
    /** 0-based offset into the filter text; undefined when the error is not about one place in it. */
    readonly offset?: number,
  ) {
    super(message);
    this.name = 'FilterError';
  }
}

/** Messages name 1-based columns, the way an administrator counts characters in a log line. */
export function at(offset: number): string {
  return `at column ${offset + 1}`;
}
