// Token expiry dates as an administrator picks them: a calendar date, meaning the end of that day in
// the picker's own time zone. Pure and shared by the renderer's date picker and `idsvc token create`.

/** The longest a token may live; main refuses a later expiry, the picker offers none. */
export const TOKEN_MAX_LIFETIME_YEARS = 15;
export const EXPIRY_PRESETS = [
  { label: '90 days', days: 90 },
  { label: '1 year', years: 1 },
  { label: '2 years', years: 2 },
  { label: `${TOKEN_MAX_LIFETIME_YEARS} years`, years: TOKEN_MAX_LIFETIME_YEARS },
] as const;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The last second of `date` (YYYY-MM-DD) in local time, or null when it is not a real date. */
export function endOfLocalDay(date: string): Date | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const end = new Date(year, month - 1, day, 23, 59, 59, 0);
  const real = end.getFullYear() === year && end.getMonth() === month - 1 && end.getDate() === day;
  return real ? end : null;
}

/** YYYY-MM-DD of a local date. */
export function localDateString(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function presetDate(preset: { days: number } | { years: number }, today: Date): string {
  const target = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if ('days' in preset) target.setDate(target.getDate() + preset.days);
  else target.setFullYear(target.getFullYear() + preset.years);
  return localDateString(target);
}

/** The latest date the picker offers: TOKEN_MAX_LIFETIME_YEARS from today. */
export const latestExpiryDate = (today: Date): string => presetDate({ years: TOKEN_MAX_LIFETIME_YEARS }, today);
