// The Tenant URL rule: the public base URL of the gateway as the identity provider sees it.
// Pure and shared: the contract enforces it at every boundary and the renderer runs it inline.

export const TENANT_URL_MAX_LENGTH = 2048;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type TenantUrlCheck = { ok: true; normalized: string } | { ok: false; message: string };

/** Validates and normalizes (no trailing slash, lower-case scheme and host, default port dropped). */
export function checkTenantUrl(raw: string): TenantUrlCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Tenant URL is required.' };
  if (text.length > TENANT_URL_MAX_LENGTH) {
    return { ok: false, message: `Tenant URL must be at most ${TENANT_URL_MAX_LENGTH} characters.` };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'Tenant URL must be an absolute URL, such as https://idsvc.example.com/scim/v2.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Tenant URL must start with https://.' };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, message: 'Tenant URL must use https:// (plain http:// is allowed only for localhost).' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: 'Tenant URL must not contain a user name or password.' };
  }
  // URL drops an empty "?" or "#", so look at the text as typed too.
  if (url.search !== '' || text.includes('?')) {
    return { ok: false, message: 'Tenant URL must not contain a query (?...).' };
  }
  if (url.hash !== '' || text.includes('#')) {
    return { ok: false, message: 'Tenant URL must not contain a fragment (#...).' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, normalized: `${url.protocol}//${url.host}${path}` };
}
