// How a logged SCIM request reads for an administrator: "409 Conflict", who it was about, when.
import { ACTIVITY_OPERATION_LABELS, ACTIVITY_RESOURCE_TYPES, type ActivityOperation } from '../../../preload/activity-operations';
import type { ActivityEntry } from '../../../preload/contract';
import type { ActivityFilter } from '../../state/activity/initial-state';
import { countOf } from '../../../preload/count-words';

const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/** "201 Created"; a code without a known reason reads by its class ("418 Client error"). */
export function statusLabel(status: number): string {
  const reason =
    REASONS[status] ?? (status >= 500 ? 'Server error' : status >= 400 ? 'Client error' : status >= 300 ? 'Redirect' : 'Success');
  return `${status} ${reason}`;
}

/** Who the request was about: the userName, else the identity provider's externalId. */
export function userLabel(entry: Pick<ActivityEntry, 'userName' | 'externalId'>): string | null {
  return entry.userName ?? entry.externalId ?? null;
}

/** The line above the table, read out when it changes: how many requests show, for which filter, as of when. */
export function resultSummary(input: { count: number; more: boolean; filter: ActivityFilter; updatedAt: string }): string {
  const { filter } = input;
  const noun =
    filter.outcome === 'failure'
      ? countOf(input.count, 'failed request')
      : filter.outcome === 'success'
        ? countOf(input.count, 'successful request')
        : countOf(input.count, 'request');
  const parts: string[] = [];
  const operation = ACTIVITY_OPERATION_LABELS.get(filter.operation as ActivityOperation);
  if (operation) parts.push(`operation ${operation.toLowerCase()}`);
  const resource = ACTIVITY_RESOURCE_TYPES.get(filter.resourceType);
  if (resource) parts.push(resource);
  if (filter.from && filter.to) parts.push(`from ${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`from ${filter.from}`);
  else if (filter.to) parts.push(`until ${filter.to}`);
  const text = filter.text.trim();
  if (text !== '') parts.push(filter.exact ? `about "${text}" exactly` : `matching "${text}"`);
  const which = parts.length === 0 ? '' : ` (${parts.join(', ')})`;
  const more = input.more ? '; older ones: Load more' : '';
  return `Showing ${noun}${which}, newest first${more}. Updated ${input.updatedAt}.`;
}
