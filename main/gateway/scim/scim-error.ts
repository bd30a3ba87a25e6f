// The gateway's one SCIM error class (defined beside the PATCH engine, which has no HTTP code) and the
// response body RFC 7644 section 3.12 gives it.
import { ScimError } from '../patch/scim-error';

export { ScimError };
export type { ScimErrorType } from '../patch/scim-error';

export const SCIM_ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

export function scimErrorBody(error: ScimError): Record<string, unknown> {
  return {
    schemas: [SCIM_ERROR_URN],
    status: String(error.status),
    ...(error.scimType ? { scimType: error.scimType } : {}),
    detail: error.detail,
  };
}
