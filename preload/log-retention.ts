// How long Activity's log rows are kept: the default and the limits the settings field and main's
// contract both apply. Pure and free of zod, so the renderer's bundle can carry it.
export const LOG_RETENTION_DEFAULT_DAYS = 90;
export const LOG_RETENTION_MIN_DAYS = 1;
export const LOG_RETENTION_MAX_DAYS = 3650;
