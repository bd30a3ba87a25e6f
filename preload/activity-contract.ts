// The Activity view's part of the console API contract beyond its list and chart: the filter every
// read and export takes, the desktop app's export to a file, and how long log rows are kept. Pure.
import { z } from 'zod';
import { exportFormat } from './export-format-schema';
import { ACTIVITY_OPERATIONS, ACTIVITY_OUTCOMES } from './activity-operations';
import { ACTIVITY_SEARCH_TOO_SHORT, activitySearchTooShort } from './activity-search-text';
import { LOG_RETENTION_MAX_DAYS, LOG_RETENTION_MIN_DAYS } from './log-retention';
import { ANY_OPERATOR, type ChannelAccess } from './privileges';

export { LOG_RETENTION_DEFAULT_DAYS, LOG_RETENTION_MAX_DAYS, LOG_RETENTION_MIN_DAYS } from './log-retention';

const instant = z.iso.datetime({ offset: true, error: 'Give a date and time with its offset, such as 2026-12-01T00:00:00Z.' });

/** Every member narrows; null leaves it open. `until` is exclusive. */
export const activityFilter = z
  .object({
    since: instant.nullable().default(null),
    until: instant.nullable().default(null),
    operation: z.enum(ACTIVITY_OPERATIONS, { error: 'Choose an operation from the list.' }).nullable().default(null),
    resourceType: z.string().max(64, 'Resource type must be at most 64 characters.').nullable().default(null),
    outcome: z.enum(ACTIVITY_OUTCOMES, { error: 'Outcome is success or failure.' }).nullable().default(null),
    /** Part of a userName, group name, externalId, token label, path or reason; at least 3 characters. */
    text: z
      .string()
      .trim()
      .max(200, 'Text must be at most 200 characters.')
      .refine((text) => !activitySearchTooShort(text), ACTIVITY_SEARCH_TOO_SHORT)
      .transform((text) => (text === '' ? null : text))
      .nullable()
      .default(null),
    /**
     * The text is a whole userName (or group name), ignoring case, not a part of one: an employee's
     * requests without those of a longer name holding it (ann@example.com, not joann@example.com).
     */
    exact: z.boolean().default(false),
  })
  .strict();
export type ActivityFilterInput = z.input<typeof activityFilter>;
export type ActivityFilterValue = z.output<typeof activityFilter>;

export const logRetentionView = z.object({
  days: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type LogRetentionView = z.output<typeof logRetentionView>;

export const activityContract = {
  /**
   * The desktop app: asks where to save and streams the rows there (main/app). Over HTTP the browser
   * downloads GET /export/activity.csv or .json instead, and this channel answers `unavailable`.
   */
  'activity:export-file': {
    input: activityFilter.extend({ format: exportFormat }),
    output: z.object({ saved: z.boolean(), rows: z.number().int(), path: z.string().nullable() }),
    privilege: 'view-activity' as ChannelAccess,
  },
  'activity:get-retention': {
    input: z.object({}).strict(),
    output: logRetentionView,
    privilege: ANY_OPERATOR as ChannelAccess,
  },
  'activity:set-retention': {
    input: z
      .object({
        days: z
          .number({ error: 'Keep log rows for a whole number of days.' })
          .int('Keep log rows for a whole number of days.')
          .min(LOG_RETENTION_MIN_DAYS, `Keep log rows for at least ${LOG_RETENTION_MIN_DAYS} day.`)
          .max(LOG_RETENTION_MAX_DAYS, `Keep log rows for at most ${LOG_RETENTION_MAX_DAYS} days (10 years).`),
      })
      .strict(),
    output: logRetentionView,
    privilege: 'configure-provisioning' as ChannelAccess,
  },
} as const;
