// How a placements preview reads: the one-line summary and each problem's kind in words, in the
// console's Import placements dialog and in `idsvc employees place`. Pure.
import type { PlacementPreview } from './employees-contract';

type ProblemKind = PlacementPreview['problems'][number]['kind'];

export const PROBLEM_LABELS: Readonly<Record<ProblemKind, string>> = {
  unknown_user: 'Unknown username',
  unknown_organization: 'Unknown organization',
  duplicate: 'Listed twice',
  malformed: 'Not a placement row',
};

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "3 moves, 1 unchanged, 2 problems (skipped)." */
export function previewSummary(preview: PlacementPreview): string {
  const parts = [count(preview.moves.length, 'move', 'moves'), `${preview.unchanged.toLocaleString('en-US')} unchanged`];
  if (preview.problems.length > 0) parts.push(`${count(preview.problems.length, 'problem', 'problems')} (skipped)`);
  return `${parts.join(', ')}.`;
}

/** "Apply 3 moves". */
export const applyLabel = (moves: number): string => `Apply ${count(moves, 'move', 'moves')}`;
