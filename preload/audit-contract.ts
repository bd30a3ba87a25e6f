// The Audit view's part of the console API contract: audit rows newest first, filtered, in keyset
// pages; the values its filters offer; and the desktop app's export to a file. Pure.
import { z } from 'zod';
import { exportFormat } from './export-format-schema';
import type { ChannelAccess } from './privileges';

export const AUDIT_PAGE_MAX = 500;

const instant = z.iso.datetime({ offset: true, error: 'Give a date and time with its offset, such as 2026-12-01T00:00:00Z.' });

/** Every member narrows; null leaves it open. `until` is exclusive. */
export const auditFilter = z
  .object({
    since: instant.nullable().default(null),
    until: instant.nullable().default(null),
    actor: z.string().max(256).nullable().default(null),
    action: z.string().max(100).nullable().default(null),
  })
  .strict();
export type AuditFilterInput = z.input<typeof auditFilter>;
export type AuditFilterValue = z.output<typeof auditFilter>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.output<typeof auditEntry>;

export const auditListInput = auditFilter.extend({
  beforeId: z.number().int().min(1).nullable().default(null),
  limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(100),
});

export const auditPage = z.object({ entries: z.array(auditEntry), nextBeforeId: z.number().int().nullable() });
export type AuditPage = z.output<typeof auditPage>;

export const auditContract = {
  'audit:list': { input: auditListInput, output: auditPage, privilege: 'view-activity' as ChannelAccess },
  'audit:facets': {
    input: z.object({}).strict(),
    output: z.object({ actors: z.array(z.string()), actions: z.array(z.string()) }),
    privilege: 'view-activity' as ChannelAccess,
  },
  /**
   * The desktop app: asks where to save and streams the CSV or JSON there (main/app). Over HTTP the
   * browser downloads GET /export/audit.csv or .json instead, and this channel answers `unavailable`.
   */
  'audit:export-file': {
    input: auditFilter.extend({ format: exportFormat }),
    output: z.object({ saved: z.boolean(), rows: z.number().int(), path: z.string().nullable() }),
    privilege: 'view-activity' as ChannelAccess,
  },
} as const;
