// The shapes the engine passes between its steps: one validated operation of a PatchOp request and
// an attribute target it acts on.
import type { Target } from './path-target';

export type PatchOpName = 'add' | 'replace' | 'remove';

export interface PatchOperation {
  readonly op: PatchOpName;
  readonly path?: string;
  /** Absent for most removes; `null` is a value (it unassigns), so presence is tracked apart. */
  readonly value?: unknown;
  readonly hasValue: boolean;
}

export type AttributeTarget = Extract<Target, { kind: 'attribute' }>;
