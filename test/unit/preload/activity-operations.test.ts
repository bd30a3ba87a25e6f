import { describe, expect, it } from 'vitest';
import { describeRequest, employeeIdOf, operationOf, searchOf } from '../../../preload/activity-operations';
import { labelStep } from '../../../renderer/features/activity/chart-scale';
import { changeLines } from '../../../renderer/features/activity/change-format';

describe('operationOf', () => {
  it('names what a request did; a refusal is its own operation, a Status turned false a deactivation', () => {
    const of = (method: string, status: number, changes: Record<string, { old: unknown; new: unknown }> | null = null) =>
      operationOf({ method, status, changes });
    expect(of('POST', 201)).toBe('create');
    expect(of('POST', 409)).toBe('create');
    expect(of('patch', 200, { status: { old: true, new: false } })).toBe('deactivate');
    expect(of('PUT', 200, { status: { old: false, new: true } })).toBe('update');
    expect(of('PATCH', 200, null)).toBe('update');
    expect(of('DELETE', 204)).toBe('delete');
    expect(of('GET', 200)).toBe('read');
    expect(of('HEAD', 200)).toBe('read');
    for (const status of [401, 403, 429]) expect(of('POST', status)).toBe('refused');
  });
});

describe('employeeIdOf', () => {
  it("is a SCIM user's or an API employee's id, and null for groups, lists and refused creates", () => {
    expect(employeeIdOf({ resourceType: 'User', resourceId: 'u1' })).toBe('u1');
    expect(employeeIdOf({ resourceType: 'Employee', resourceId: 'e1' })).toBe('e1');
    expect(employeeIdOf({ resourceType: 'Group', resourceId: 'g1' })).toBeNull();
    expect(employeeIdOf({ resourceType: 'User', resourceId: null })).toBeNull();
    expect(employeeIdOf({ resourceType: null, resourceId: 'x' })).toBeNull();
    expect(employeeIdOf({ resourceType: 'Schema', resourceId: 'urn:x' })).toBeNull();
  });
});

describe('describeRequest and searchOf', () => {
  const entry = (changes: Partial<Parameters<typeof describeRequest>[0]>) => ({
    method: 'GET',
    path: '/scim/v2/Users',
    resourceType: 'User',
    resourceId: null,
    userName: null,
    operation: 'read' as const,
    ...changes,
  });
  it('reads a list as a search with its filter, a list without one as a list', () => {
    expect(describeRequest(entry({ path: '/scim/v2/Users?filter=userName%20eq%20%22a%22&count=1' }))).toBe(
      'Search users: userName eq "a"',
    );
    expect(describeRequest(entry({ path: '/scim/v2/Groups?excludedAttributes=members', resourceType: 'Group' }))).toBe(
      'List groups',
    );
    expect(describeRequest(entry({ path: '/api/v1/employees?search=ann', resourceType: 'Employee' }))).toBe(
      'Search employees (user management API): ann',
    );
    expect(describeRequest(entry({ path: '/api/v1/organizations', resourceType: 'Organization' }))).toBe(
      'List organizations (user management API)',
    );
    expect(employeeIdOf({ resourceType: 'Organization', resourceId: null })).toBeNull();
    expect(searchOf(entry({ path: '/scim/v2/Users/abc', resourceId: 'abc' }))).toBeNull();
    expect(searchOf(entry({ method: 'POST' }))).toBeNull();
  });
  it('names the resource and refusals', () => {
    expect(describeRequest(entry({ method: 'POST', operation: 'create', userName: 'ann' }))).toBe('Create user ann');
    expect(describeRequest(entry({ method: 'PATCH', operation: 'refused' }))).toBe('Refused: PATCH user');
    expect(describeRequest(entry({ resourceType: null, path: '/nope' }))).toBe('Read request');
  });
});

describe('change lines of a group', () => {
  it('shows members added and removed as lists, the name as before and after', () => {
    const lines = changeLines({
      membersRemoved: { old: ['bob'], new: null },
      displayName: { old: 'A', new: 'B' },
      membersAdded: { old: null, new: ['ann', 'cy'] },
    });
    expect(lines).toEqual([
      { field: 'displayName', label: 'Group name', before: 'A', after: 'B' },
      expect.objectContaining({ field: 'membersAdded', label: 'Members added', list: 'ann, cy' }),
      expect.objectContaining({ field: 'membersRemoved', label: 'Members removed', list: 'bob' }),
    ]);
  });
});

describe('labelStep', () => {
  it('labels every third hour when there is room, fewer as the chart narrows', () => {
    expect(labelStep(30)).toBe(3);
    expect(labelStep(20)).toBe(4);
    expect(labelStep(12)).toBe(6);
    expect(labelStep(5)).toBe(12);
  });
});
