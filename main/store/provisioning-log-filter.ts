// The Activity filters as SQL over provisioning_log. One text per combination of filters (each prepared
// once), not `? IS NULL OR ...`, which keeps SQLite from using the (operation, id), (resource_type, id)
// and failures indexes. The date range arrives as id bounds (rows are appended in time order; the
// repository finds them by binary search), with the instants kept as conditions for rows near the ends.
import { FAILURE_STATUS_MIN } from '../../preload/failure-status';
import type { ActivityOperation, ActivityOutcome } from '../../preload/activity-operations';
import { foldCase, foldedSql } from './case-fold';

/** Every member narrows; null leaves it open. `since` inclusive, `until` exclusive, ISO as `at` holds them. */
export interface LogFilter {
  since: string | null;
  until: string | null;
  operation: ActivityOperation | null;
  resourceType: string | null;
  outcome: ActivityOutcome | null;
  /** Part of the userName (or a group's name), externalId, token label, path or reason; folded. */
  text: string | null;
}

export const OPEN_LOG_FILTER: LogFilter = {
  since: null,
  until: null,
  operation: null,
  resourceType: null,
  outcome: null,
  text: null,
};

// Text, not a parameter: SQLite uses the partial index of failures only for a literal that implies its WHERE.
export const IS_FAILURE = `status >= ${FAILURE_STATUS_MIN}`;
const IS_SUCCESS = `status < ${FAILURE_STATUS_MIN}`;

// instr, not LIKE: LIKE folds A-Z only, and its wildcards would need escaping.
const TEXT_COLUMNS = ['user_name', 'external_id', 'actor', 'path', 'detail'];
const TEXT_MATCH = `(${TEXT_COLUMNS.map((column) => `instr(${foldedSql(column)}, ?) > 0`).join(' OR ')})`;

export const LOG_COLUMNS = `id, at, actor, token_id AS tokenId, method, path, resource_type AS resourceType,
  resource_id AS resourceId, user_name AS userName, external_id AS externalId, status, scim_type AS scimType,
  detail, changes, remote_address AS remoteAddress, duration_ms AS durationMs, operation`;

/**
 * The page query: rows with `lowId <= id < highId` matching the filter, newest first. Parameters in
 * the order of the text: highId, lowId, then each narrowing filter's values, then the limit.
 */
export function logPageSql(filter: LogFilter): { sql: string; params: Array<string | number> } {
  const conditions = ['id < ?', 'id >= ?'];
  const params: Array<string | number> = [];
  if (filter.since !== null) {
    conditions.push('at >= ?');
    params.push(filter.since);
  }
  if (filter.until !== null) {
    conditions.push('at < ?');
    params.push(filter.until);
  }
  if (filter.operation !== null) {
    conditions.push('operation = ?');
    params.push(filter.operation);
  }
  if (filter.resourceType !== null) {
    conditions.push('resource_type = ?');
    params.push(filter.resourceType);
  }
  if (filter.outcome !== null) conditions.push(filter.outcome === 'failure' ? IS_FAILURE : IS_SUCCESS);
  if (filter.text !== null) {
    conditions.push(TEXT_MATCH);
    const folded = foldCase(filter.text);
    for (const _ of TEXT_COLUMNS) params.push(folded);
  }
  return {
    sql: `SELECT ${LOG_COLUMNS} FROM provisioning_log WHERE ${conditions.join(' AND ')}
      ORDER BY id DESC LIMIT CAST(? AS INTEGER)`,
    params,
  };
}
