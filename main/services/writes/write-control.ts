// How writes reach the disk while a gateway runs in this process: group commits (the writes of one
// event-loop turn share a commit) and WAL checkpoints in a worker thread. The gateway turns them on
// and off; every answer waits for committed() (store/group-commit.ts says why).
import type { BackgroundCheckpoints } from '../../store/background-checkpoints';
import type { Store } from '../../store/store';

export type { BackgroundCheckpoints };

export class WriteControl {
  constructor(private readonly store: Store) {}

  groupCommits(onError: (error: unknown) => void): void {
    this.store.groupCommits(onError);
  }

  /** Commits what is pending and goes back to one commit per transaction. */
  stopGroupCommits(): void {
    this.store.stopGroupCommits();
  }

  /** Settles once every write so far is committed; null when none waits (no group commits, or idle). */
  committed(): Promise<void> | null {
    return this.store.committed();
  }

  checkpointInBackground(onError: (message: string) => void): BackgroundCheckpoints {
    return this.store.checkpointInBackground(onError);
  }
}
