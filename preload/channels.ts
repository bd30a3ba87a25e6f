// The console API's channel names, on their own so the sandboxed preload can check a channel without
// bundling zod and every schema (the contract pins this list to its own keys at compile time).
export const CHANNELS = [
  'settings:get',
  'settings:save',
  'organizations:list',
  'organizations:create',
  'organizations:rename',
  'organizations:move',
  'organizations:delete',
  'organizations:employee-counts',
  'tokens:list',
  'tokens:create',
  'tokens:revoke',
  'activity:list',
  'activity:chart',
  'gateway:status',
  'tokens:rotate-key',
  'employees:list',
  'employees:get',
  'employees:update',
  'employees:create',
  'employees:move',
  'employees:set-status',
  'employees:set-field',
  'employees:awaiting-count',
  'employees:preview-placements',
  'employees:apply-placements',
  'session:whoami',
  'operators:list',
  'operators:add',
  'operators:grant',
  'operators:revoke',
  'operators:remove',
  'audit:list',
  'audit:facets',
  'audit:export-file',
  'connection:test',
  'activity:export-file',
  'activity:get-retention',
  'activity:set-retention',
  'employees:export-file',
  'employees:history',
  'employees:select-matching',
] as const;

export type Channel = (typeof CHANNELS)[number];

const known: ReadonlySet<string> = new Set(CHANNELS);

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && known.has(value);
}
