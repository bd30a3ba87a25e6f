// "Import placements (CSV)": what a placements file would do (the preview, written nowhere) and doing
// it (every move in one transaction, or none). Rows that cannot be applied are reported and skipped:
// an unknown userName or organization, a userName listed again, a malformed line.
import type { PlacementPreview } from '../../../preload/employees-contract';
import type { Store } from '../../store/store';
import { foldCase } from '../../store/case-fold';
import type { Actor, Clock } from '../context';
import { organizationFinder, toTree } from '../organizations/organization-tree';
import type { EmployeeDirectoryService } from './employee-directory-service';
import { readPlacementCsv, type PlacementRow } from './placement-csv';

export class PlacementImport {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly directory: EmployeeDirectoryService,
  ) {}

  preview(csv: string): PlacementPreview {
    return this.plan(csv).preview;
  }

  /** Applies the moves the file describes now (it is read again: the preview may be stale). */
  apply(csv: string, actor: Actor): { moved: number } {
    return this.store.transaction(() => {
      const { preview } = this.plan(csv);
      const at = this.clock.now().toISOString();
      for (const move of preview.moves) {
        const employee = this.store.employees.byId(move.employeeId)!;
        this.directory.moveInTransaction(employee, move.organizationId, at, actor);
      }
      return { moved: preview.moves.length };
    });
  }

  private plan(csv: string): { preview: PlacementPreview } {
    const { rows, malformed } = readPlacementCsv(csv);
    const organizations = toTree(this.store.organizations.all());
    const organizationOf = organizationFinder(organizations);
    const candidates = rows.flatMap((row) =>
      row.undefused.userName === null ? [row.userName] : [row.userName, row.undefused.userName],
    );
    const employees = new Map(this.store.directory.byUserNames(candidates).map((e) => [foldCase(e.userName), e]));
    // A cell as it reads, else as the export defused it (placement-csv.ts).
    const userNameOf = (row: PlacementRow) =>
      row.undefused.userName !== null && !employees.has(foldCase(row.userName)) ? row.undefused.userName : row.userName;
    const pathOf = new Map(organizations.map((org) => [org.id, org.path]));
    const seen = new Map<string, number>();
    const moves: PlacementPreview['moves'] = [];
    const problems: PlacementPreview['problems'] = malformed.map((row) => ({
      line: row.line,
      kind: 'malformed',
      message: row.message,
    }));
    let unchanged = 0;
    for (const row of rows) {
      const key = foldCase(userNameOf(row));
      const firstLine = seen.get(key);
      if (firstLine !== undefined) {
        problems.push({
          line: row.line,
          kind: 'duplicate',
          message: `Line ${row.line}: ${row.userName} is already placed by line ${firstLine}.`,
        });
        continue;
      }
      seen.set(key, row.line);
      const employee = employees.get(key);
      if (!employee) {
        problems.push({
          line: row.line,
          kind: 'unknown_user',
          message: `Line ${row.line}: no employee has the userName ${row.userName}.`,
        });
        continue;
      }
      const undefusedPath = row.undefused.organizationPath;
      const organization =
        organizationOf(row.organizationPath) ?? (undefusedPath === null ? undefined : organizationOf(undefusedPath));
      if (!organization) {
        const shown = row.organizationPath.join('/');
        problems.push({
          line: row.line,
          kind: 'unknown_organization',
          message: `Line ${row.line}: there is no organization ${shown}.`,
        });
        continue;
      }
      if (organization.id === employee.orgId) {
        unchanged += 1;
        continue;
      }
      moves.push({
        line: row.line,
        employeeId: employee.id,
        userName: employee.userName,
        from: pathOf.get(employee.orgId) ?? [],
        to: organization.path,
        organizationId: organization.id,
      });
    }
    problems.sort((a, b) => a.line - b.line);
    return { preview: { moves, unchanged, problems } };
  }
}
