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
export function previewSummary(preview: Pick<PlacementPreview, 'counts' | 'unchanged'>): string {
  const { counts } = preview;
  const parts = [countOf(counts.moves, 'move')];
  if (counts.edits > 0) parts.push(countOf(counts.edits, 'edit'));
  parts.push(`${preview.unchanged.toLocaleString('en-US')} unchanged`);
  if (counts.problems > 0) parts.push(`${countOf(counts.problems, 'problem')} (skipped)`);
  const owned = counts.ownedCells;
  if (owned > 0)
    parts.push(`${countOf(owned, 'value')} managed by your identity provider (left as ${owned === 1 ? 'it is' : 'they are'})`);
  return `${parts.join(', ')}.`;
}

/** "Apply 3 moves", "Apply 2 edits", "Apply 3 moves and 2 edits": an edit is one employee's changed fields. */
export function applyLabel(preview: Pick<PlacementPreview, 'counts'>): string {
  const { moves, edits } = preview.counts;
  if (edits === 0) return `Apply ${countOf(moves, 'move')}`;
  if (moves === 0) return `Apply ${countOf(edits, 'edit')}`;
  return `Apply ${countOf(moves, 'move')} and ${countOf(edits, 'edit')}`;
}

/** Whether Apply has anything to do. */
export const hasChanges = (preview: Pick<PlacementPreview, 'counts'>): boolean =>
  preview.counts.moves > 0 || preview.counts.edits > 0;

/** "… and 3,000 more not listed": the rows of a kind a preview counts beyond those it lists; '' when none. */
export function notListedText(listed: number, total: number): string {
  return total > listed ? `… and ${(total - listed).toLocaleString('en-US')} more not listed` : '';
}

/** A value in a preview's From and To: an empty cell or field reads "(none)". */
export const cellValueText = (value: string | null): string => value ?? '(none)';
