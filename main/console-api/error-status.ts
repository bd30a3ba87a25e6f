// HTTP status for each boundary error code.
import type { ErrorCode } from '../../preload/contract';

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  scim_owned: 409,
  internal: 500,
  unavailable: 503,
};

export const httpStatusFor = (code: ErrorCode): number => STATUS[code];
