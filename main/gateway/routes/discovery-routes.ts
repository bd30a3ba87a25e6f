// GET ServiceProviderConfig, ResourceTypes[/id], Schemas[/id].
import type { Route } from '../http/gateway-types';
import { resourceTypes, schemas, serviceProviderConfig } from '../scim/discovery';
import { ScimError } from '../scim/scim-error';
import { sameName } from '../scim/attribute-name';
import { LIST_RESPONSE_URN } from '../scim/scim-urns';

const list = (resources: unknown[]) => ({
  schemas: [LIST_RESPONSE_URN],
  totalResults: resources.length,
  itemsPerPage: resources.length,
  startIndex: 1,
  Resources: resources,
});

function byId<T extends { id: string }>(items: T[], id: string | null, what: string) {
  if (id === null) return { status: 200, body: list(items) };
  const found = items.find((item) => sameName(item.id, id));
  if (!found) throw new ScimError(404, undefined, `${what} ${id} not found.`);
  return { status: 200, body: found };
}

export const getServiceProviderConfig: Route = (request) => ({ status: 200, body: serviceProviderConfig(request.baseUrl) });
export const getResourceTypes: Route = (request) => byId(resourceTypes(request.baseUrl), request.id, 'ResourceType');
export const getSchemas: Route = (request) => byId(schemas(request.baseUrl), request.id, 'Schema');
