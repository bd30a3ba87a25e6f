// The SCIM Error message (RFC 7644 section 3.12): its URN and the response body built from a ScimError.
// Re-exports ScimError (`patch/scim-refusal.ts`, where the HTTP-free PATCH engine defines it) so the
// gateway's handlers import one module.
import { ScimError } from '../patch/scim-refusal';

export { ScimError };
export type { ScimErrorType } from '../patch/scim-refusal';

export const SCIM_ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

export function scimErrorBody(error: ScimError): Record<string, unknown> {
  return {
    schemas: [SCIM_ERROR_URN],
    status: String(error.status),
    ...(error.scimType ? { scimType: error.scimType } : {}),
    detail: error.detail,
  };
}
