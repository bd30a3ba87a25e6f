// /api/v1/organizations: the organization tree, so a downstream system can find the organizationId
// that GET /api/v1/employees filters by and each employee names (scope employees:read). Read only:
// the tree is changed in the console or with idsvc organization.
import type { ApiAnswer, ApiRequest } from './api-types';
import { unknownQueryParameter } from './validation';

export function listOrganizations({ query, services }: ApiRequest): ApiAnswer {
  const [unknown] = query.keys();
  if (unknown !== undefined) throw unknownQueryParameter(unknown);
  return { status: 200, body: { items: services.organizations.list() } };
}
