// The Tenant URL rule: the public base URL of the gateway as the identity provider sees it.
// Pure and shared: the contract enforces it at every boundary and the renderer runs it inline.
// The text is checked character by character before any URL parser sees it: Chromium's parser
// accepts `https://a b.com` (as `a%20b.com`) where Node's refuses it, and both turn a space in the
// path into `%20` silently. What is accepted here parses the same in every engine.

export const TENANT_URL_MAX_LENGTH = 2048;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type TenantUrlCheck = { ok: true; normalized: string } | { ok: false; message: string };

const SCHEME_AND_REST = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/s;
// A host name of letters, digits and hyphens in dot-separated labels (an international name in its
// xn-- form), an IPv4 address (same characters), or an IPv6 literal in brackets.
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;
const IPV6_LITERAL = /^\[[0-9A-Fa-f:.]+\]$/;
// RFC 3986 path characters: unreserved, sub-delims, ':' '@' and '/', or a %XX escape.
const PATH_CHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;

/** Validates and normalizes (no trailing slash, lower-case scheme and host, default port dropped). */
export function checkTenantUrl(raw: string): TenantUrlCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Tenant URL is required.' };
  if (text.length > TENANT_URL_MAX_LENGTH) {
    return { ok: false, message: `Tenant URL must be at most ${TENANT_URL_MAX_LENGTH} characters.` };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\s\u0000-\u001f\u007f]/.test(text)) {
    return { ok: false, message: 'Tenant URL must not contain spaces or line breaks.' };
  }
  const parts = SCHEME_AND_REST.exec(text);
  if (!parts) {
    return { ok: false, message: 'Tenant URL must be an absolute URL, such as https://idsvc.example.com/scim/v2.' };
  }
  const [, scheme = '', authority = '', rest = ''] = parts;
  const protocol = `${scheme.toLowerCase()}:`;
  if (protocol !== 'https:' && protocol !== 'http:') {
    return { ok: false, message: 'Tenant URL must start with https://.' };
  }
  if (authority.includes('@')) {
    return { ok: false, message: 'Tenant URL must not contain a user name or password.' };
  }
  if (rest.includes('?')) return { ok: false, message: 'Tenant URL must not contain a query (?...).' };
  if (rest.includes('#')) return { ok: false, message: 'Tenant URL must not contain a fragment (#...).' };
  const hostProblem = authorityProblem(authority);
  if (hostProblem) return { ok: false, message: hostProblem };
  const pathProblem = pathCharacterProblem(rest);
  if (pathProblem) return { ok: false, message: pathProblem };

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'Tenant URL must be an absolute URL, such as https://idsvc.example.com/scim/v2.' };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, message: 'Tenant URL must use https:// (plain http:// is allowed only for localhost).' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, normalized: `${url.protocol}//${url.host}${path}` };
}

function authorityProblem(authority: string): string | null {
  const bracketed = authority.startsWith('[');
  const portAt = bracketed ? (authority.includes(']:') ? authority.indexOf(']:') + 1 : -1) : authority.lastIndexOf(':');
  const host = portAt >= 0 ? authority.slice(0, portAt) : authority;
  const port = portAt >= 0 ? authority.slice(portAt + 1) : null;
  if (host === '') return 'Tenant URL must name a host, such as https://idsvc.example.com/scim/v2.';
  if (!HOST_NAME.test(host) && !IPV6_LITERAL.test(host)) {
    return 'Tenant URL host may contain only letters, digits, hyphens and dots (an international name in its xn-- form).';
  }
  if (port !== null && (!/^[0-9]{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    return 'Tenant URL port must be a number from 1 to 65535.';
  }
  return null;
}

function pathCharacterProblem(path: string): string | null {
  for (let at = 0; at < path.length; at += 1) {
    const char = path.charAt(at);
    if (char === '%') {
      if (!/^%[0-9A-Fa-f]{2}$/.test(path.slice(at, at + 3))) return 'Tenant URL has a % that is not followed by two hex digits.';
      at += 2;
    } else if (!PATH_CHAR.test(char)) {
      return `Tenant URL path must not contain '${char}'; write it as ${percentEncoded(char)} if it is really part of the path.`;
    }
  }
  return null;
}

function percentEncoded(char: string): string {
  return [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
