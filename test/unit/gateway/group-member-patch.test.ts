// Which Group PATCHes are member changes alone (applied to the membership rows), and which take the general path.
import { describe, expect, it } from 'vitest';
import { readPatchRequest } from '../../../main/gateway/patch/patch-request';
import { memberActions } from '../../../main/gateway/routes/group-member-patch';

const ops = (Operations: unknown[]) =>
  memberActions(readPatchRequest({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations }));

describe('memberActions', () => {
  it('reads the forms Entra ID and Okta send', () => {
    expect(ops([{ op: 'Add', path: 'members', value: [{ value: 'u1' }, { value: 'u2', display: 'Two' }] }])).toEqual([
      { kind: 'add', ids: ['u1', 'u2'] },
    ]);
    expect(ops([{ op: 'Remove', path: 'members', value: [{ value: 'u1' }] }])).toEqual([{ kind: 'remove', ids: ['u1'] }]);
    expect(ops([{ op: 'remove', path: 'members[value eq "u1"]' }])).toEqual([{ kind: 'remove', ids: ['u1'] }]);
    expect(ops([{ op: 'remove', path: 'urn:ietf:params:scim:schemas:core:2.0:Group:members' }])).toEqual([{ kind: 'clear' }]);
    expect(ops([{ op: 'replace', path: 'members', value: [{ value: 'u3' }] }])).toEqual([
      { kind: 'clear' },
      { kind: 'add', ids: ['u3'] },
    ]);
  });

  it('leaves everything else to the general path', () => {
    expect(ops([{ op: 'replace', path: 'displayName', value: 'x' }])).toBeNull();
    expect(
      ops([
        { op: 'add', path: 'members', value: [{ value: 'u1' }] },
        { op: 'replace', path: 'displayName', value: 'x' },
      ]),
    ).toBeNull();
    expect(ops([{ op: 'add', value: { members: [{ value: 'u1' }] } }])).toBeNull();
    expect(ops([{ op: 'add', path: 'members', value: [{ display: 'no value' }] }])).toBeNull();
    expect(ops([{ op: 'add', path: 'members', value: [{ value: 7 }] }])).toBeNull();
    expect(ops([{ op: 'remove', path: 'members[display eq "x"]' }])).toBeNull();
    expect(ops([{ op: 'replace', path: 'members[value eq "u1"]', value: { value: 'u2' } }])).toBeNull();
    expect(ops([{ op: 'remove', path: 'members[value eq "u\\"1"]' }])).toBeNull();
  });
});
