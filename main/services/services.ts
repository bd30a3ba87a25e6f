// Wires the services over one store. Every entry point (desktop app, idsvc CLI, tests) builds them here.
// The store itself stays below: callers reach data only through these services (DESIGN.md's layers),
// so another storage engine would change what createServices is given, not the gateway or the console.
import { KeytarSecretStore } from '../secrets/keytar-secret-store';
import type { SecretStore } from '../secrets/secret-store';
import { Store } from '../store/store';
import { osUserActor, systemClock, type Actor, type Clock } from './context';
import { ActivityService } from './activity/activity-service';
import { AuditService } from './audit/audit-service';
import { EmployeeDirectoryService } from './directory/employee-directory-service';
import { PlacementImport } from './directory/placement-import';
import { EmployeeProvisioningService } from './employees/employee-provisioning';
import { GatewayStatusService } from './gateway-status/gateway-status-service';
import { GatewayHostService } from './gateway-host/gateway-host-service';
import { GroupProvisioningService } from './groups/group-provisioning';
import { CursorSeal } from './paging/cursor-seal';
import { OperatorsService } from './operators/operators-service';
import { OrganizationsService } from './organizations/organizations-service';
import { SettingsService } from './settings/settings-service';
import { TokenService } from './tokens/token-service';
import { WriteControl } from './writes/write-control';

export interface Services {
  settings: SettingsService;
  organizations: OrganizationsService;
  tokens: TokenService;
  employees: EmployeeProvisioningService;
  groups: GroupProvisioningService;
  directory: EmployeeDirectoryService;
  placements: PlacementImport;
  activity: ActivityService;
  gatewayStatus: GatewayStatusService;
  /** What a gateway listener needs: Tenant URL, switch, its listener record, the provisioning log. */
  gatewayHost: GatewayHostService;
  /** Group commits and background checkpoints while a gateway runs; committed() before answering. */
  writes: WriteControl;
  operators: OperatorsService;
  audit: AuditService;
  /** Seals the cursors clients page with (SCIM lists, the directory): one key per process. */
  cursors: CursorSeal;
  close(): void;
}

export interface ServicesOptions {
  clock?: Clock;
  suggestedTenantUrl?: string;
  /** Where token-signing private keys live; the OS keychain unless a test passes a fake. */
  secrets?: SecretStore;
  /**
   * Who becomes the all-privileges operator when the database has none yet (new, or upgraded from
   * before operators): the OS user opening it unless a test names someone.
   */
  firstOperator?: Actor;
}

export function createServices(store: Store, options: ServicesOptions = {}): Services {
  const clock = options.clock ?? systemClock;
  const cursors = new CursorSeal(clock);
  const directory = new EmployeeDirectoryService(store, clock, cursors);
  const operators = new OperatorsService(store, clock);
  operators.ensureFirstOperator(options.firstOperator ?? osUserActor());
  return {
    settings: new SettingsService(store, clock, options.suggestedTenantUrl),
    organizations: new OrganizationsService(store, clock),
    tokens: new TokenService(store, options.secrets ?? new KeytarSecretStore(), clock),
    employees: new EmployeeProvisioningService(store, clock),
    groups: new GroupProvisioningService(store, clock),
    directory,
    placements: new PlacementImport(store, clock, directory),
    activity: new ActivityService(store, clock),
    gatewayStatus: new GatewayStatusService(store, clock),
    gatewayHost: new GatewayHostService(store),
    writes: new WriteControl(store),
    operators,
    audit: new AuditService(store),
    cursors,
    close: () => store.close(),
  };
}

export function openServices(dataDir: string, options: ServicesOptions = {}): Services {
  const clock = options.clock ?? systemClock;
  return createServices(Store.open(dataDir, { now: () => clock.now() }), options);
}
