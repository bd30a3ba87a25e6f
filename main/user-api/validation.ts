// Input checked with the contract's zod schemas, refused as one 400 problem naming every field at fault.
import type { z } from 'zod';
import { ProblemError } from './problem';

export function parseOrProblem<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = new Set<string>();
  const messages: string[] = [];
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.length > 0 ? String(issue.path[0]) : ''];
    for (const key of keys) if (key !== '') fields.add(key);
    const where = issue.code === 'unrecognized_keys' ? '' : issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    messages.push(`${where}${issue.message}`);
  }
  throw new ProblemError('validation', messages.join('; '), [...fields]);
}

/** A query parameter the endpoint does not take, named in the problem (at most 100 characters of it: it is request text). */
export function unknownQueryParameter(name: string): ProblemError {
  const shown = name.slice(0, 100);
  return new ProblemError('validation', `Unknown query parameter '${shown}'.`, [shown]);
}
