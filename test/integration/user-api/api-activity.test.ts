// Every user management API call is in the Activity log (provisioning_log), refusals too, with the API
// token's label as actor, under /api/v1 and resource type Employee, apart from the SCIM calls beside it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin } from '../../fixtures/gateway';
import { userApiInTempDir, type UserApiFixture } from '../../fixtures/user-api';
import { activityFilter } from '../../../preload/activity-contract';

const OPEN_ACTIVITY_FILTER = activityFilter.parse({});

describe('user management API in the Activity log', () => {
  let fx: UserApiFixture;
  beforeEach(async () => {
    fx = await userApiInTempDir();
  });
  afterEach(async () => {
    await fx.dispose();
  });

  const activity = () => fx.services.activity.list({ ...OPEN_ACTIVITY_FILTER, beforeId: null, limit: 50 }).entries.reverse();

  it('records calls with the token label as actor, the change made, and refusals; SCIM calls stay apart', async () => {
    const { id } = fx.services.directory.createLocal(
      { userName: 'logged@example.com', firstName: 'Log', organizationId: fx.rootId },
      admin,
    );
    await fx.scimUser('idp@example.com');
    await fx.api('GET', `/employees/${id}`, { token: fx.readToken });
    await fx.api('PATCH', `/employees/${id}`, { body: { city: 'Lyon' } });
    await fx.api('PATCH', `/employees/${id}`, { body: { city: 'Porto' }, token: fx.readToken });
    await fx.api('GET', '/employees?search=log', { token: null });
    // Rows are written at the end of the event-loop turn that answered.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const rows = activity();
    expect(rows.map((r) => [r.method, r.path, r.resourceType, r.status, r.actor])).toEqual([
      ['POST', '/scim/v2/Users', 'User', 201, 'Microsoft Entra ID'],
      ['GET', `/api/v1/employees/${id}`, 'Employee', 200, 'Reporting'],
      ['PATCH', `/api/v1/employees/${id}`, 'Employee', 200, 'HR sync'],
      ['PATCH', `/api/v1/employees/${id}`, 'Employee', 403, 'Reporting'],
      ['GET', '/api/v1/employees?search=log', 'Employee', 401, null],
    ]);
    expect(rows[2]).toMatchObject({
      resourceId: id,
      userName: 'logged@example.com',
      changes: { city: { old: null, new: 'Lyon' } },
      scimType: null,
    });
    expect(rows[3]).toMatchObject({ scimType: 'forbidden', detail: expect.stringMatching(/employees:write/), changes: null });
    expect(rows[4]).toMatchObject({ scimType: 'unauthorized' });
    // The directory's audit row names the token's label as who changed the employee.
    const audit = fx.store.db
      .prepare("SELECT actor FROM audit_log WHERE action = 'employee.update' AND target = ?")
      .pluck()
      .all(id);
    expect(audit).toEqual(['HR sync']);
    // No token string in the log.
    for (const token of [fx.readToken, fx.writeToken]) expect(JSON.stringify(rows)).not.toContain(token.split('.')[2]);
  });
});
