// One credential, one spelling (RFC 8725 section 3.2's canonical forms): an ECDSA signature (r, s) is
// also valid as (r, n - s), so each token has a twin that verifies too. New tokens are signed with
// the low s (s <= n/2, as Bitcoin's BIP 62 and libsecp256k1 require) and their rows say so; the verifier
// refuses the high twin of such a token. Tokens issued before keep working in either spelling (their
// row cannot say which was issued); both spellings carry the same jti, so a revocation covers both.

/** The order n of P-256's base point (FIPS 186-4, D.1.2.3). */
const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const HALF_ORDER = P256_ORDER >> 1n;
const COMPONENT_BYTES = 32;

function toBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

function toBytes(value: bigint): Uint8Array {
  const bytes = new Uint8Array(COMPONENT_BYTES);
  let rest = value;
  for (let i = COMPONENT_BYTES - 1; i >= 0; i -= 1) {
    bytes[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

/** Whether a 64-byte ES256 signature (r || s) has the high s. */
export function hasHighS(signature: Uint8Array): boolean {
  return toBigInt(signature.subarray(COMPONENT_BYTES)) > HALF_ORDER;
}

/** The same signature with the low s: (r, n - s) when s is high, else itself. */
export function withLowS(signature: Uint8Array): Uint8Array {
  if (!hasHighS(signature)) return signature;
  const out = new Uint8Array(signature);
  out.set(toBytes(P256_ORDER - toBigInt(signature.subarray(COMPONENT_BYTES))), COMPONENT_BYTES);
  return out;
}
