// What counts as a failed SCIM request: every 4xx and 5xx answer. Pure and shared: the provisioning log's
// "failures only" query and chart count by it, the Activity view marks rows by it.

/** The lowest HTTP status that is a failure. Migration 003's partial index `provisioning_log_failures`
 * is declared `WHERE status >= 400`: a query uses it only while its SQL says the same, so a change here
 * needs a migration that rebuilds that index. */
export const FAILURE_STATUS_MIN = 400;

export const isFailureStatus = (status: number): boolean => status >= FAILURE_STATUS_MIN;
