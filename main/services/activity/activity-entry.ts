// A provisioning_log row as the console shows it: the contract's ActivityEntry, without the token id
// (which identity provider acted is the token's label, `actor`). Shared by Activity and Gateway status.
import type { ActivityEntry } from '../../../preload/contract';
import type { ProvisioningLogRecord } from '../../store/provisioning-log-repository';

export function toActivityEntry(row: ProvisioningLogRecord): ActivityEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    method: row.method,
    path: row.path,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    userName: row.userName,
    externalId: row.externalId,
    status: row.status,
    scimType: row.scimType,
    detail: row.detail,
    changes: row.changes,
    remoteAddress: row.remoteAddress,
    durationMs: row.durationMs,
    operation: row.operation,
  };
}
