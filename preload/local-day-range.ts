// A date range as people pick it (YYYY-MM-DD, both days included, in their own time zone) turned into
// the instants the audit filter compares: the start of the first day and the start of the day after the
// last. Pure; shared by the Audit view's filters and `idsvc audit export --since`.
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of `date` in local time, or null when it is not a real date. */
export function startOfLocalDay(date: string, daysLater = 0): Date | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(year, month - 1, day);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== day) return null;
  return new Date(year, month - 1, day + daysLater);
}

/** `from` and `to` as the filter's `since` and exclusive `until` (ISO); an empty or invalid day is open. */
export function localDayRange(from: string, to: string): { since: string | null; until: string | null } {
  return {
    since: startOfLocalDay(from)?.toISOString() ?? null,
    until: startOfLocalDay(to, 1)?.toISOString() ?? null,
  };
}
