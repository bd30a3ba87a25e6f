// The Tenant URL offered while none is saved: this machine's host name, the gateway's default port
// and base path. Offered only; it is saved when the administrator accepts it and saves.
import { hostname } from 'node:os';
import { checkTenantUrl } from '../../../preload/tenant-url-rule';

export const DEFAULT_GATEWAY_PORT = 8443;
export const DEFAULT_SCIM_BASE_PATH = '/scim/v2';

export function suggestTenantUrl(hostName: string = hostname()): string {
  const candidate = `https://${hostName.toLowerCase()}:${DEFAULT_GATEWAY_PORT}${DEFAULT_SCIM_BASE_PATH}`;
  const check = checkTenantUrl(candidate);
  return check.ok ? check.normalized : `https://localhost:${DEFAULT_GATEWAY_PORT}${DEFAULT_SCIM_BASE_PATH}`;
}
