// Turns a zod failure into the boundary's error body, naming the first field at fault.
import type { z } from 'zod';
import type { ApiErrorBody } from '../../preload/contract';

export function validationBody(error: z.ZodError): ApiErrorBody {
  const issue = error.issues[0];
  if (!issue) return { code: 'validation', message: 'The request is not valid.' };
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = [...issue.path, ...keys.slice(0, 1)].map(String);
  const field = path.join('.');
  const body: ApiErrorBody = { code: 'validation', message: describe(issue, field) };
  if (field !== '') body.field = field;
  return body;
}

function describe(issue: z.core.$ZodIssue, field: string): string {
  // Custom rules (Tenant URL, organization name) already speak in whole sentences.
  if (issue.code === 'custom' || /[.!?]$/.test(issue.message)) return issue.message;
  if (issue.code === 'unrecognized_keys') return `Unknown field '${field}'.`;
  return field === '' ? `The request is not valid: ${issue.message}.` : `${field}: ${issue.message}.`;
}
