// The SCIM schema and message URNs the gateway speaks. The User schemas' URNs are the field catalog's
// (its paths name the enterprise extension), defined once there.
export { CORE_USER_URN as USER_URN, ENTERPRISE_USER_URN } from '../../../preload/field-catalog';
export const GROUP_URN = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const LIST_RESPONSE_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const SERVICE_PROVIDER_CONFIG_URN = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
export const RESOURCE_TYPE_URN = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
export const SCHEMA_URN = 'urn:ietf:params:scim:schemas:core:2.0:Schema';
export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const SEARCH_REQUEST_URN = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';
