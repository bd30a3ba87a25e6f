// How a logged SCIM request reads for an administrator: "409 Conflict", who it was about, when.
import { ACTIVITY_OPERATION_LABELS, ACTIVITY_RESOURCE_TYPES, type ActivityOperation } from '../../../preload/activity-operations';
import type { ActivityEntry } from '../../../preload/contract';
import type { ActivityFilter } from '../../state/activity/initial-state';

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

export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "just now", "45 seconds ago", "3 minutes ago", "2 hours ago", "5 days ago". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = Math.floor((now.getTime() - Date.parse(iso)) / 1000);
  if (seconds < 10) return 'just now';
  if (seconds < 60) return `${plural(seconds, 'second')} ago`;
  if (seconds < 3600) return `${plural(Math.floor(seconds / 60), 'minute')} ago`;
  if (seconds < 86_400) return `${plural(Math.floor(seconds / 3600), 'hour')} ago`;
  return `${plural(Math.floor(seconds / 86_400), 'day')} ago`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A log time as short as it can be without doubt: "Today 14:03:21", "Nov 27 14:03:21", else with the year. */
export function formatLogTime(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  const time = timeFormat.format(at);
  if (at.toDateString() === now.toDateString()) return `Today ${time}`;
  if (at.getFullYear() === now.getFullYear()) return `${dayFormat.format(at)} ${time}`;
  return fullFormat.format(at);
}

/** The full local date and time, for a title or a screen reader. */
export const formatFullTime = (iso: string): string => fullFormat.format(new Date(iso));

export const formatClockTime = (iso: string): string => timeFormat.format(new Date(iso));

/** The line above the table, read out when it changes: how many requests show, for which filter, as of when. */
export function resultSummary(input: { count: number; more: boolean; filter: ActivityFilter; updatedAt: string }): string {
  const { filter } = input;
  const noun =
    filter.outcome === 'failure'
      ? plural(input.count, 'failed request')
      : filter.outcome === 'success'
        ? plural(input.count, 'successful request')
        : plural(input.count, 'request');
  const parts: string[] = [];
  const operation = ACTIVITY_OPERATION_LABELS.get(filter.operation as ActivityOperation);
  if (operation) parts.push(`operation ${operation.toLowerCase()}`);
  const resource = ACTIVITY_RESOURCE_TYPES.get(filter.resourceType);
  if (resource) parts.push(resource);
  if (filter.from && filter.to) parts.push(`from ${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`from ${filter.from}`);
  else if (filter.to) parts.push(`until ${filter.to}`);
  if (filter.text.trim() !== '') parts.push(`matching "${filter.text.trim()}"`);
  const which = parts.length === 0 ? '' : ` (${parts.join(', ')})`;
  const more = input.more ? '; older ones: Load more' : '';
  return `Showing ${noun}${which}, newest first${more}. Updated ${input.updatedAt}.`;
}
