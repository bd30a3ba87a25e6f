// Service refusals as SCIM errors: the service speaks the console's codes, the identity provider
// reads RFC 7644's statuses and scimType keywords.
import { BusyError, type ServiceError } from '../../services/errors';
import { ScimError } from '../scim/scim-error';
import { preconditionFailed } from '../scim/etag';

export function toScimError(error: ServiceError): ScimError {
  switch (error.code) {
    case 'validation':
      return new ScimError(400, 'invalidValue', error.message);
    case 'conflict':
      return error.field === 'version' ? preconditionFailed() : new ScimError(409, 'uniqueness', error.message);
    case 'not_found':
      return new ScimError(404, undefined, error.message);
    case 'forbidden':
      return new ScimError(403, undefined, error.message);
    case 'unavailable':
      return new ScimError(503, undefined, error.message, error instanceof BusyError ? error.retryAfterSeconds : undefined);
    default:
      return new ScimError(500, undefined, 'The gateway failed to process the request; the details are in its log.');
  }
}
