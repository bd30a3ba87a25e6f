// How a time reads in the console: relative ("3 minutes ago"), as short as it can be without doubt, or
// in full for a title or a screen reader. In the local time zone and language.
import { countOf } from '../../preload/count-words';

/** "just now", "45 seconds ago", "3 minutes ago", "2 hours ago", "5 days ago". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = Math.floor((now.getTime() - Date.parse(iso)) / 1000);
  if (seconds < 10) return 'just now';
  if (seconds < 60) return `${countOf(seconds, 'second')} ago`;
  if (seconds < 3600) return `${countOf(Math.floor(seconds / 60), 'minute')} ago`;
  if (seconds < 86_400) return `${countOf(Math.floor(seconds / 3600), 'hour')} ago`;
  return `${countOf(Math.floor(seconds / 86_400), 'day')} ago`;
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

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Dec 4, 2026": a day, as token expiries and the day someone was added or deleted read. */
export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));
/** "Dec 4, 2026, 14:03": when a change was made. */
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));
