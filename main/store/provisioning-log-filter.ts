// The Activity filters as SQL over provisioning_log. One text per combination of filters (each prepared
// once), not `? IS NULL OR ...`, which keeps SQLite from using the (operation, id), (resource_type, id)
// and failures indexes. The date range arrives as id bounds (rows are appended in time order; the
// repository finds them by binary search), with the instants kept as conditions for rows near the ends.
import { FAILURE_STATUS_MIN } from '../../preload/failure-status';
import type { ActivityOperation, ActivityOutcome } from '../../preload/activity-operations';
import { foldCase, foldedSql } from './case-fold';
import { conditionsOf, type SqlValue } from './sql-conditions';

/** Every member narrows; null leaves it open. `since` inclusive, `until` exclusive, ISO as `at` holds them. */
export interface LogFilter {
  since: string | null;
  until: string | null;
  operation: ActivityOperation | null;
  resourceType: string | null;
  outcome: ActivityOutcome | null;
  /** Part of the userName (or a group's name), externalId, token label, path or reason; folded. */
  text: string | null;
  /** The whole userName (or group name), folded; with `text` set to it, the text index finds the rows. */
  userName: string | null;
}

export const OPEN_LOG_FILTER: LogFilter = {
  since: null,
  until: null,
  operation: null,
  resourceType: null,
  outcome: null,
  text: null,
  userName: null,
};

// Text, not a parameter: SQLite uses the partial index of failures only for a literal that implies its WHERE.
export const IS_FAILURE = `status >= ${FAILURE_STATUS_MIN}`;
const IS_SUCCESS = `status < ${FAILURE_STATUS_MIN}`;

// instr, not LIKE: LIKE folds A-Z only, and its wildcards would need escaping. The text index
// (migration 013) has a column of each name, in this order.
export const TEXT_COLUMNS = ['user_name', 'external_id', 'actor', 'path', 'detail'];
const TEXT_MATCH = `(${TEXT_COLUMNS.map((column) => `instr(${foldedSql(column)}, ?) > 0`).join(' OR ')})`;

export const LOG_COLUMNS = `id, at, actor, token_id AS tokenId, method, path, resource_type AS resourceType,
  resource_id AS resourceId, user_name AS userName, external_id AS externalId, status, scim_type AS scimType,
  detail, changes, remote_address AS remoteAddress, duration_ms AS durationMs, operation`;

/**
 * The conditions but the text, and their parameters in the order of the text. They name no `id`, so
 * they also apply to a join of the log with the text index's ids.
 */
export function logRowConditions(filter: LogFilter): { conditions: string[]; params: SqlValue[] } {
  const { conditions, params } = conditionsOf([
    ['at >= ?', filter.since],
    ['at < ?', filter.until],
    ['operation = ?', filter.operation],
    ['resource_type = ?', filter.resourceType],
    [`(${foldedSql('user_name')}) = ?`, filter.userName === null ? null : foldCase(filter.userName)],
  ]);
  if (filter.outcome !== null) conditions.push(filter.outcome === 'failure' ? IS_FAILURE : IS_SUCCESS);
  return { conditions, params };
}

/** Whether a filter narrows by more than text and dates: an operation, resource type or outcome. */
export function narrowsRows(filter: LogFilter): boolean {
  return filter.operation !== null || filter.resourceType !== null || filter.outcome !== null;
}

/**
 * The page query, text matched by reading each row: rows with `lowId <= id < highId` matching the
 * filter, newest first. Parameters in the order of the text: highId, lowId, then each narrowing
 * filter's values, then the limit. For no text; and, with text, for the rows the text index does not
 * hold yet.
 */
export function logPageSql(filter: LogFilter): { sql: string; params: SqlValue[] } {
  const { conditions, params } = logRowConditions(filter);
  if (filter.text !== null) {
    conditions.push(TEXT_MATCH);
    params.push(...textParams(filter.text));
  }
  return {
    sql: `SELECT ${LOG_COLUMNS} FROM provisioning_log WHERE ${['id < ?', 'id >= ?', ...conditions].join(' AND ')}
      ORDER BY id DESC LIMIT CAST(? AS INTEGER)`,
    params,
  };
}

/**
 * A window of the rows matching the filter but its text, newest first, each with whether its text
 * matches (read from the row). Parameters: textParams(text), highId, lowId, the conditions', the limit.
 */
export function rowWindowSql(filter: LogFilter): { sql: string; params: SqlValue[] } {
  const { conditions, params } = logRowConditions(filter);
  return {
    sql: `SELECT id, ${TEXT_MATCH} AS hit FROM provisioning_log WHERE ${['id < ?', 'id >= ?', ...conditions].join(' AND ')}
      ORDER BY id DESC LIMIT CAST(? AS INTEGER)`,
    params,
  };
}

/** TEXT_MATCH's parameters: the folded text once per column. */
export function textParams(text: string): string[] {
  const folded = foldCase(text);
  return TEXT_COLUMNS.map(() => folded);
}
