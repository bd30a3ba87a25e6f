// Operators: the OS accounts that may use the console and idsvc, and their privileges. Owns the rules:
// the first account to open a database without operators gets every privilege; someone always holds
// Manage Operators; every change is audited with the privileges before and after.
import { PRIVILEGES, privilegeLabel, type Privilege } from '../../../preload/privileges';
import type { OperatorView, SessionView } from '../../../preload/operators-contract';
import type { OperatorRow } from '../../store/operators-repository';
import type { Store } from '../../store/store';
import type { Actor, Clock } from '../context';
import { ServiceError, conflictError, notFoundError } from '../errors';
import { accountKey } from './account-key';

const MANAGE = 'manage-operators' satisfies Privilege;

const inOrder = (privileges: Iterable<Privilege>): Privilege[] => {
  const held = new Set(privileges);
  return PRIVILEGES.filter((p) => held.has(p));
};

export class OperatorsService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /**
   * A new database, or one upgraded from before operators existed, has none: its first opener (the
   * account that owns the data directory, which is owner-only unless an administrator shared it)
   * becomes an operator with every privilege, so nobody is locked out. Returns whether it did.
   */
  ensureFirstOperator(actor: Actor): boolean {
    // Read first: every open would otherwise take the write lock, and wait behind a busy gateway.
    if (!this.store.operators.isEmpty()) return false;
    return this.store.transaction(() => {
      if (!this.store.operators.isEmpty()) return false;
      const at = this.clock.now().toISOString();
      const key = this.key(actor.name);
      this.store.operators.insert({ accountKey: key, account: actor.name, at, by: actor.name });
      for (const privilege of PRIVILEGES) this.store.operators.grant(key, privilege, at, actor.name);
      return true;
    });
  }

  privilegesOf(actor: Actor): ReadonlySet<Privilege> {
    return new Set(this.store.operators.privilegesOf(this.key(actor.name)));
  }

  whoami(actor: Actor): SessionView {
    return {
      account: actor.name,
      privileges: inOrder(this.privilegesOf(actor)),
      operatorManagers: this.store.operators.holders(MANAGE),
    };
  }

  /** Who to ask, for a refusal's message. */
  operatorManagers(): string[] {
    return this.store.operators.holders(MANAGE);
  }

  list(): OperatorView[] {
    return this.store.operators.list().map(toView);
  }

  add(account: string, privileges: readonly Privilege[], actor: Actor): OperatorView {
    return this.store.transaction(() => {
      const key = this.key(account);
      const existing = this.store.operators.byKey(key);
      if (existing) {
        throw conflictError(`${existing.account} is already an operator. Change their privileges instead.`, 'account');
      }
      const at = this.clock.now().toISOString();
      this.store.operators.insert({ accountKey: key, account, at, by: actor.name });
      for (const privilege of privileges) this.store.operators.grant(key, privilege, at, actor.name);
      const added = this.read(key);
      this.audit('operator.add', actor, at, added, [], added.privileges);
      return added;
    });
  }

  grant(account: string, privilege: Privilege, actor: Actor): OperatorView {
    return this.store.transaction(() => {
      const before = this.existing(account);
      const at = this.clock.now().toISOString();
      if (!this.store.operators.grant(before.accountKey, privilege, at, actor.name)) return toView(before);
      const after = this.read(before.accountKey);
      this.audit('operator.update', actor, at, after, before.privileges, after.privileges);
      return after;
    });
  }

  revoke(account: string, privilege: Privilege, actor: Actor): OperatorView {
    return this.store.transaction(() => {
      const before = this.existing(account);
      if (!before.privileges.includes(privilege)) return toView(before);
      if (privilege === MANAGE) this.refuseLastManager(before, 'revoke');
      this.store.operators.revoke(before.accountKey, privilege);
      const after = this.read(before.accountKey);
      this.audit('operator.update', actor, this.clock.now().toISOString(), after, before.privileges, after.privileges);
      return after;
    });
  }

  remove(account: string, actor: Actor): { removed: string } {
    return this.store.transaction(() => {
      const before = this.existing(account);
      if (before.privileges.includes(MANAGE)) this.refuseLastManager(before, 'remove');
      this.store.operators.remove(before.accountKey);
      this.audit('operator.remove', actor, this.clock.now().toISOString(), toView(before), before.privileges, []);
      return { removed: before.account };
    });
  }

  private refuseLastManager(operator: OperatorRow, verb: 'revoke' | 'remove'): void {
    // Counted inside the write's IMMEDIATE transaction: two administrators removing each other at
    // once cannot both succeed.
    if (this.store.operators.holders(MANAGE).length > 1) return;
    const what = verb === 'remove' ? `remove ${operator.account}` : `revoke "${privilegeLabel(MANAGE)}" from ${operator.account}`;
    throw new ServiceError(
      'conflict',
      `Cannot ${what}: they are the only operator who holds "${privilegeLabel(MANAGE)}", and without one nobody could ` +
        'change privileges again. Grant it to another operator first.',
      'account',
    );
  }

  private existing(account: string): OperatorRow {
    const row = this.store.operators.byKey(this.key(account));
    if (!row) throw notFoundError('account', `${account} is not an operator.`);
    return row;
  }

  private read(key: string): OperatorView {
    return toView(this.store.operators.byKey(key)!);
  }

  private audit(
    action: string,
    actor: Actor,
    at: string,
    operator: OperatorView,
    before: readonly Privilege[],
    after: readonly Privilege[],
  ) {
    this.store.audit.append({
      at,
      actor: actor.name,
      action,
      target: operator.account,
      details: { account: operator.account, changes: { privileges: { old: inOrder(before), new: inOrder(after) } } },
    });
  }

  private key(account: string): string {
    return accountKey(account, this.platform);
  }
}

function toView(row: OperatorRow): OperatorView {
  return { account: row.account, privileges: inOrder(row.privileges), addedAt: row.addedAt, addedBy: row.addedBy };
}
