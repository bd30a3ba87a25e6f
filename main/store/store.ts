// The store as the services see it: one database, one repository per table group, one transaction helper.
import type { Database } from 'better-sqlite3';
import { AuditRepository } from './audit-repository';
import { startBackgroundCheckpoints, type BackgroundCheckpoints } from './background-checkpoints';
import { ChangeStamp } from './change-stamp';
import { GroupCommit } from './group-commit';
import { DirectorySearchIndex } from './directory-search-index';
import { EmployeeDirectoryRepository } from './employee-directory-repository';
import { EmployeeListRepository } from './employee-list-repository';
import { EmployeesRepository } from './employees-repository';
import { GatewayListenersRepository } from './gateway-listeners-repository';
import { GroupsRepository } from './groups-repository';
import { ProvisioningLogRepository } from './provisioning-log-repository';
import { openDatabase, type OpenOptions } from './database';
import { InstallationRepository } from './installation-repository';
import { LogRetentionRepository } from './log-retention-repository';
import { OperatorsRepository } from './operators-repository';
import { OrganizationsRepository } from './organizations-repository';
import { SettingsRepository } from './settings-repository';
import { SigningKeysRepository } from './signing-keys-repository';
import { TokensRepository } from './tokens-repository';

export class Store {
  readonly installation: InstallationRepository;
  readonly organizations: OrganizationsRepository;
  readonly settings: SettingsRepository;
  readonly audit: AuditRepository;
  readonly signingKeys: SigningKeysRepository;
  readonly tokens: TokensRepository;
  readonly employees: EmployeesRepository;
  readonly employeeLists: EmployeeListRepository;
  readonly directory: EmployeeDirectoryRepository;
  readonly provisioningLog: ProvisioningLogRepository;
  readonly logRetention: LogRetentionRepository;
  readonly groups: GroupsRepository;
  readonly gatewayListeners: GatewayListenersRepository;
  readonly operators: OperatorsRepository;
  // One transaction function for every call: better-sqlite3's db.transaction() builds four wrappers
  // each time it is called, a measurable share of a gateway write.
  private readonly immediate: (work: () => unknown) => unknown;
  private commitGroup: GroupCommit | null = null;
  private readonly changes: ChangeStamp;
  /** The directory search's prefix table (migration 018), kept when idle by the processes that write. */
  readonly directorySearch: DirectorySearchIndex;

  constructor(readonly db: Database) {
    const changes = new ChangeStamp(db);
    this.changes = changes;
    this.installation = new InstallationRepository(db);
    this.organizations = new OrganizationsRepository(db, changes);
    this.settings = new SettingsRepository(db, changes);
    this.audit = new AuditRepository(db, changes);
    this.signingKeys = new SigningKeysRepository(db);
    this.tokens = new TokensRepository(db, changes);
    this.directorySearch = new DirectorySearchIndex(db, changes);
    this.directorySearch.rebuildIfMisnamed();
    this.employees = new EmployeesRepository(db, changes, this.directorySearch);
    this.employeeLists = new EmployeeListRepository(db);
    this.directory = new EmployeeDirectoryRepository(db, changes, this.directorySearch);
    this.provisioningLog = new ProvisioningLogRepository(db, changes);
    this.logRetention = new LogRetentionRepository(db);
    this.groups = new GroupsRepository(db);
    this.gatewayListeners = new GatewayListenersRepository(db);
    this.operators = new OperatorsRepository(db);
    this.immediate = db.transaction((work: () => unknown) => work()).immediate;
  }

  static open(dataDir: string, options?: OpenOptions): Store {
    return new Store(openDatabase(dataDir, options));
  }

  /**
   * Runs `work` in one IMMEDIATE transaction: all of it is written, or none. With group commits on,
   * it runs as a savepoint of the turn's shared transaction: await `committed()` before telling anyone.
   */
  transaction<T>(work: () => T): T {
    this.commitGroup?.join();
    return this.immediate(work) as T;
  }

  /**
   * For a process that writes on every request: the writes of one event-loop turn share a commit, and
   * the caches see another process's commits once per turn (change-stamp.ts).
   */
  groupCommits(onError: (error: unknown) => void): void {
    this.commitGroup ??= new GroupCommit(this.db, onError);
    this.changes.readOncePerTurn(true);
  }

  /** Commits what is pending and goes back to one commit per transaction, and to a stamp read per call. */
  stopGroupCommits(): void {
    this.commitGroup?.commit();
    this.commitGroup = null;
    this.changes.readOncePerTurn(false);
  }

  /** Settles once every write so far is committed; null when none waits (no group commits, or idle). */
  committed(): Promise<void> | null {
    return this.commitGroup?.pending() ?? null;
  }

  /** For a process that writes on every request: WAL checkpoints in a worker thread (see there). */
  checkpointInBackground(onError: (message: string) => void): BackgroundCheckpoints {
    return startBackgroundCheckpoints(this.db, onError);
  }

  close(): void {
    if (!this.db.open) return;
    this.provisioningLog.stopIndexing();
    this.directorySearch.stop();
    this.stopGroupCommits();
    this.db.close();
  }
}
