// How a placements preview reads: the one-line summary, each problem's kind in words and the Apply
// button's words, in the console's Import placements dialog and in `idsvc employees place`. Pure.
import { countOf } from './count-words';
import type { PlacementPreview } from './employees-contract';

type ProblemKind = PlacementPreview['problems'][number]['kind'];

export const PROBLEM_LABELS: Readonly<Record<ProblemKind, string>> = {
  unknown_user: 'Unknown username',
  unknown_organization: 'Unknown organization',
  duplicate: 'Listed twice',
  malformed: 'Not a placement row',
  invalid_value: 'Value refused',
};

/** "3 moves, 2 edits, 1 unchanged, 2 problems (skipped), 1 value managed by your identity provider (left as it is)." */
export function previewSummary(preview: PlacementPreview): string {
  const parts = [countOf(preview.moves.length, 'move')];
  if (preview.edits.length > 0) parts.push(countOf(preview.edits.length, 'edit'));
  parts.push(`${preview.unchanged.toLocaleString('en-US')} unchanged`);
  if (preview.problems.length > 0) parts.push(`${countOf(preview.problems.length, 'problem')} (skipped)`);
  const owned = preview.ownedCells.length;
  if (owned > 0)
    parts.push(`${countOf(owned, 'value')} managed by your identity provider (left as ${owned === 1 ? 'it is' : 'they are'})`);
  return `${parts.join(', ')}.`;
}

/** "Apply 3 moves", "Apply 2 edits", "Apply 3 moves and 2 edits": an edit is one employee's changed fields. */
export function applyLabel(preview: Pick<PlacementPreview, 'moves' | 'edits'>): string {
  const moves = preview.moves.length;
  const edits = preview.edits.length;
  if (edits === 0) return `Apply ${countOf(moves, 'move')}`;
  if (moves === 0) return `Apply ${countOf(edits, 'edit')}`;
  return `Apply ${countOf(moves, 'move')} and ${countOf(edits, 'edit')}`;
}

/** Whether Apply has anything to do. */
export const hasChanges = (preview: Pick<PlacementPreview, 'moves' | 'edits'>): boolean =>
  preview.moves.length > 0 || preview.edits.length > 0;

/** A value in a preview's From and To: an empty cell or field reads "(none)". */
export const cellValueText = (value: string | null): string => value ?? '(none)';
