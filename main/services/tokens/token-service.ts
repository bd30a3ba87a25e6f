// Bearer tokens of both kinds (SCIM and user management API): mint (the compact JWT is returned once and
// stored nowhere), list, revoke, rotate the signing key, verify. Every change is one transaction with its
// audit row.
import { randomUUID } from 'node:crypto';
import type { SecretStore } from '../../secrets/secret-store';
import type { Store } from '../../store/store';
import { API_SCOPES, kindScopeProblem, normalizeScopes, type ApiScope, type TokenKind } from '../../../preload/token-kinds';
import type { Actor, Clock } from '../context';
import { conflictError, notFoundError, validationError } from '../errors';
import { SigningKeyManager, SigningKeyRaceError } from './signing-key-manager';
import { signToken } from './token-claims';
import { checkExpiry, checkLabel } from './token-input';
import { TokenVerifier, type TokenVerifierOptions, type VerifyContext, type VerifyResult } from './token-verifier';
import { tokenStatus, toTokenView, type TokenView } from './token-view';

export interface CreateTokenInput {
  label: string;
  /** A Date, or an ISO 8601 date-time string. */
  expiresAt: Date | string;
  /** 'scim' unless given. */
  kind?: TokenKind;
  /** An API token's scopes (write implies read); none for a SCIM token. */
  scopes?: readonly ApiScope[];
}

export interface CreatedToken {
  /** The compact JWT. Shown to the administrator once; it is never stored or logged. */
  token: string;
  record: TokenView;
}

export interface KeyRotation {
  kid: string;
  retiredKid: string | null;
}

export class TokenService {
  private readonly keys: SigningKeyManager;
  private readonly verifier: TokenVerifier;

  constructor(
    private readonly store: Store,
    secrets: SecretStore,
    private readonly clock: Clock,
    options: TokenVerifierOptions = {},
  ) {
    this.keys = new SigningKeyManager(store, secrets, clock);
    this.verifier = new TokenVerifier(store, clock, options);
  }

  async create(input: CreateTokenInput, actor: Actor): Promise<CreatedToken> {
    const now = this.clock.now();
    const label = checkLabel(input.label);
    const expiresAt = checkExpiry(input.expiresAt, now);
    const { kind, scopes } = checkKindAndScopes(input.kind, input.scopes);
    // Signing is async and a SQLite transaction is not, so the token is signed first and its row (and,
    // on first use, the key's row) written after in one transaction; if that fails the token is unusable.
    for (let attempt = 1; ; attempt += 1) {
      const { key, pending } = await this.keys.forSigning();
      const id = randomUUID();
      try {
        const tenantId = this.store.installation.tenantId();
        const issuedAt = Math.floor(now.getTime() / 1000);
        const token = await signToken(key, { tenantId, jti: id, issuedAt, expiresAt, kind, scopes });
        const row = this.store.transaction(() => {
          const at = now.toISOString();
          if (pending) this.keys.insert(pending, at, actor);
          const expiresAtIso = new Date(expiresAt * 1000).toISOString();
          const createdBy = actor.name;
          this.store.tokens.insert({
            id,
            label,
            kid: key.kid,
            createdAt: at,
            createdBy,
            expiresAt: expiresAtIso,
            kind,
            scopes,
            lowS: true,
          });
          this.store.audit.append({
            at,
            actor: actor.name,
            action: 'token.create',
            target: id,
            details: { label, kid: key.kid, expiresAt: expiresAtIso, kind, scopes },
          });
          return this.store.tokens.byId(id);
        });
        if (!row) throw new Error(`token ${id} vanished after insert`);
        return { token, record: toTokenView(row, now) };
      } catch (error) {
        if (pending) await this.keys.discard(pending);
        if (error instanceof SigningKeyRaceError && attempt < 2) continue;
        throw error;
      }
    }
  }

  /** Newest first, each with its status as of now; only tokens of `kind` when given. */
  list(kind?: TokenKind): TokenView[] {
    const now = this.clock.now();
    return this.store.tokens
      .newestFirst()
      .filter((row) => kind === undefined || row.kind === kind)
      .map((row) => toTokenView(row, now));
  }

  /** Whether a token of `kind` is neither revoked nor expired now. */
  hasUsable(kind: TokenKind): boolean {
    const now = this.clock.now();
    return this.store.tokens
      .newestFirst()
      .some((row) => row.kind === kind && tokenStatus(row, now) !== 'revoked' && tokenStatus(row, now) !== 'expired');
  }

  revoke(id: string, actor: Actor): TokenView {
    const now = this.clock.now();
    const row = this.store.transaction(() => {
      const existing = typeof id === 'string' ? this.store.tokens.byId(id) : undefined;
      if (!existing) throw notFoundError('id', 'There is no token with this id.');
      if (existing.revokedAt !== null) {
        const by = existing.revokedBy ?? 'unknown';
        throw conflictError(`The token "${existing.label}" was already revoked at ${existing.revokedAt} by ${by}.`, 'id');
      }
      const at = now.toISOString();
      this.store.tokens.revoke(id, at, actor.name);
      const details = { label: existing.label, kind: existing.kind };
      this.store.audit.append({ at, actor: actor.name, action: 'token.revoke', target: id, details });
      return this.store.tokens.byId(id);
    });
    if (!row) throw new Error(`token ${id} vanished after revoke`);
    return toTokenView(row, now);
  }

  /** New tokens are signed with a new key; tokens signed with the old one keep verifying until they expire. */
  rotateKey(actor: Actor): Promise<KeyRotation> {
    return this.keys.rotate(actor);
  }

  verify(token: string, context: VerifyContext = {}): Promise<VerifyResult> {
    return this.verifier.verify(token, context);
  }

  /** The verifier's counters, for tests and diagnostics. */
  get verifierStats(): { signaturesChecked: number } {
    return { signaturesChecked: this.verifier.signaturesChecked };
  }
}

const KNOWN_SCOPES = new Set<string>(API_SCOPES);

/** The rules main enforces whatever the caller validated: a known kind, and scopes that fit it. */
function checkKindAndScopes(kind: unknown, scopes: unknown): { kind: TokenKind; scopes: ApiScope[] } {
  const checkedKind = kind ?? 'scim';
  if (checkedKind !== 'scim' && checkedKind !== 'api') throw validationError('kind', 'The kind must be scim or api.');
  const list = scopes ?? [];
  if (!Array.isArray(list) || !list.every((scope) => typeof scope === 'string' && KNOWN_SCOPES.has(scope))) {
    throw validationError('scopes', `Unknown scope: use ${API_SCOPES.join(' or ')}.`);
  }
  const problem = kindScopeProblem(checkedKind, list as string[]);
  if (problem) throw validationError('scopes', problem);
  return { kind: checkedKind, scopes: normalizeScopes(list as ApiScope[]) };
}
