// "Import placements (CSV)": what a placements file would do (the preview, written nowhere) and doing
// it (every change in one transaction, or none). Rows that cannot be applied are reported and skipped:
// an unknown userName or organization, a userName listed again, a malformed line, a field value WFO
// would refuse. Columns of catalog fields (an exported sheet, edited) are edits of the fields WFO owns;
// a cell the identity provider owns that differs is reported and left as it is, and the rest of its
// row still applies: a sheet whose first names the identity provider has since corrected still places.
import { PLACEMENT_PREVIEW_LISTED, type EmployeeChanges, type PlacementPreview } from '../../../preload/employees-contract';
import { CATALOG_FIELDS, type CatalogField, type CatalogFieldKey } from '../../../preload/field-catalog';
import type { Store } from '../../store/store';
import { foldCase } from '../../store/case-fold';
import type { Actor, Clock } from '../context';
import { ServiceError } from '../errors';
import { undefusedCell } from '../export/csv-text';
import type { DirectoryRow } from '../employees/employee-query';
import { scimOwnedFields } from '../employees/field-ownership';
import { organizationFinder, toTree } from '../organizations/organization-tree';
import type { EmployeeDirectoryService } from './employee-directory-service';
import { fieldValue } from './employee-view';
import { readPlacementCsv, type FieldCell, type PlacementRow } from './placement-csv';

type Problem = PlacementPreview['problems'][number];
type CellChange = PlacementPreview['edits'][number]['changes'][number];
/** A preview's lists, every row of the file in them. */
type WholePreview = Omit<PlacementPreview, 'counts'>;

/** One row's plan: a move, edits, both, or nothing (it already reads as the file says). */
interface PlannedRow {
  employee: DirectoryRow;
  organizationId: string | null;
  changes: EmployeeChanges;
}

const FIELD_BY_KEY: ReadonlyMap<CatalogFieldKey, CatalogField> = new Map(CATALOG_FIELDS.map((field) => [field.key, field]));

export class PlacementImport {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly directory: EmployeeDirectoryService,
  ) {}

  /** What the file would do: every count whole, each list its first PLACEMENT_PREVIEW_LISTED rows. */
  preview(csv: string): PlacementPreview {
    const { preview } = this.plan(csv);
    const first = <T>(rows: T[]) => rows.slice(0, PLACEMENT_PREVIEW_LISTED);
    return {
      counts: {
        moves: preview.moves.length,
        edits: preview.edits.length,
        fieldChanges: preview.edits.reduce((sum, edit) => sum + edit.changes.length, 0),
        ownedCells: preview.ownedCells.length,
        problems: preview.problems.length,
      },
      ...preview,
      moves: first(preview.moves),
      edits: first(preview.edits),
      ownedCells: first(preview.ownedCells),
      problems: first(preview.problems),
    };
  }

  /**
   * Applies what the file describes now (it is read again: the preview may be stale): each row's edits
   * and move as one change of the employee (one version, one audit row), every row in one transaction.
   */
  apply(csv: string, actor: Actor): { moved: number; edited: number } {
    return this.store.transaction(() => {
      const { preview, planned } = this.plan(csv);
      const at = this.clock.now().toISOString();
      for (const { employee, organizationId, changes } of planned) {
        if (Object.keys(changes).length === 0) {
          this.directory.moveInTransaction(employee, organizationId!, at, actor);
          continue;
        }
        const withMove = organizationId === null ? changes : { ...changes, organizationId };
        this.directory.update(employee.id, withMove, actor, (version) => version === employee.version);
      }
      return { moved: preview.moves.length, edited: preview.edits.length };
    });
  }

  /** The file's plan: every row's preview entry (whole lists, no counts: preview() adds them) and what to write. */
  private plan(csv: string): { preview: WholePreview; planned: PlannedRow[] } {
    const { rows, malformed } = readPlacementCsv(csv);
    const organizations = toTree(this.store.organizations.all());
    const organizationOf = organizationFinder(organizations);
    const settings = this.store.settings.read();
    const candidates = rows.flatMap((row) =>
      row.undefused.userName === null ? [row.userName] : [row.userName, row.undefused.userName],
    );
    const employees = new Map(this.store.directory.byUserNames(candidates).map((e) => [foldCase(e.userName), e]));
    // A cell as it reads, else as the export defused it (placement-csv.ts).
    const userNameOf = (row: PlacementRow) =>
      row.undefused.userName !== null && !employees.has(foldCase(row.userName)) ? row.undefused.userName : row.userName;
    const pathOf = new Map(organizations.map((org) => [org.id, org.path]));
    const seen = new Map<string, number>();
    const preview: WholePreview = { moves: [], edits: [], ownedCells: [], unchanged: 0, problems: [] };
    const planned: PlannedRow[] = [];
    const problem = (line: number, kind: Problem['kind'], message: string) => preview.problems.push({ line, kind, message });
    for (const row of malformed) problem(row.line, 'malformed', row.message);
    for (const row of rows) {
      const key = foldCase(userNameOf(row));
      const firstLine = seen.get(key);
      if (firstLine !== undefined) {
        problem(row.line, 'duplicate', `Line ${row.line}: ${row.userName} is already placed by line ${firstLine}.`);
        continue;
      }
      seen.set(key, row.line);
      const employee = employees.get(key);
      if (!employee) {
        problem(row.line, 'unknown_user', `Line ${row.line}: no employee has the userName ${row.userName}.`);
        continue;
      }
      const undefusedPath = row.undefused.organizationPath;
      const organization =
        organizationOf(row.organizationPath) ?? (undefusedPath === null ? undefined : organizationOf(undefusedPath));
      if (!organization) {
        problem(
          row.line,
          'unknown_organization',
          `Line ${row.line}: there is no organization ${row.organizationPath.join('/')}.`,
        );
        continue;
      }
      const cells = changedCells(row.fields, employee);
      if ('invalid' in cells) {
        problem(row.line, 'invalid_value', `Line ${row.line}: ${employee.userName}: ${cells.invalid}`);
        continue;
      }
      const owned = scimOwnedFields(employee, settings);
      const changes: EmployeeChanges = {};
      const shown: CellChange[] = [];
      const placed = { line: row.line, employeeId: employee.id, userName: employee.userName };
      for (const change of cells.changed) {
        if (owned.includes(change.field as (typeof owned)[number])) {
          preview.ownedCells.push({ ...placed, ...change });
          continue;
        }
        (changes as Record<string, string | null>)[change.field] = change.to;
        shown.push(change);
      }
      const refusal = this.refusalOf(employee, changes);
      if (refusal !== null) {
        problem(row.line, 'invalid_value', `Line ${row.line}: ${employee.userName}: ${refusal}`);
        continue;
      }
      const moves = organization.id !== employee.orgId;
      if (!moves && shown.length === 0) {
        preview.unchanged += 1;
        continue;
      }
      if (moves)
        preview.moves.push({
          ...placed,
          from: pathOf.get(employee.orgId) ?? [],
          to: organization.path,
          organizationId: organization.id,
        });
      if (shown.length > 0) preview.edits.push({ ...placed, changes: shown });
      planned.push({ employee, organizationId: moves ? organization.id : null, changes });
    }
    preview.problems.sort((a, b) => a.line - b.line);
    return { preview, planned };
  }

  /** What the directory would refuse of the row's edits, in its words; null when nothing. */
  private refusalOf(employee: DirectoryRow, changes: EmployeeChanges): string | null {
    if (Object.keys(changes).length === 0) return null;
    try {
      this.directory.checkChanges(employee, changes);
      return null;
    } catch (error) {
      if (error instanceof ServiceError) return error.message;
      throw error;
    }
  }
}

/**
 * The row's field cells that differ from the employee's values, as `{ field, from, to }` (an empty cell
 * is no value). A cell the export defused (`'+1 512 ...`) matches its value without the apostrophe.
 * Status reads `active` or `inactive` in any case; anything else is the row's refusal.
 */
function changedCells(cells: readonly FieldCell[], employee: DirectoryRow): { changed: CellChange[] } | { invalid: string } {
  const changed: CellChange[] = [];
  for (const { key, cell } of cells) {
    const field = FIELD_BY_KEY.get(key)!;
    const current = fieldValue(employee, field);
    const readings = [undefusedCell(cell), cell].filter((text) => text !== null).map((text) => reading(field, text));
    if (readings.includes(current)) continue;
    const to = readings[0]!;
    if (to === undefined) return { invalid: `${key} must be active or inactive, not "${cell}".` };
    changed.push({ field: key, from: current, to });
  }
  return { changed };
}

/** A cell's value in the directory's terms: text trimmed (empty: none), Status a word; undefined when it is not one. */
function reading(field: CatalogField, text: string): string | null | undefined {
  const trimmed = text.trim();
  if (field.kind !== 'boolean') return trimmed === '' ? null : trimmed;
  const word = trimmed.toLowerCase();
  return word === 'active' || word === 'inactive' ? word : undefined;
}
