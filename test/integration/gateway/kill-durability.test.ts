// kill -9 under load: the real `idsvc serve` process takes concurrent creates and PATCHes and is killed
// with SIGKILL the moment an answer arrives (after a random stretch of load), then started again on the
// same database, three times. Every write answered with a 2xx before a kill must be there (a PATCHed name
// is the last one answered, or the one still in flight at the kill), the restarted gateway serves, and
// the file passes PRAGMA integrity_check and foreign_key_check.
//
// What it can catch, and what it cannot. Killing a process loses what the process holds, not what it
// has handed to the kernel: SQLite's write() of a commit's WAL frames sits in the OS page cache, which
// outlives the process. So it catches an answer sent before its write is committed (the group commit's
// rule, docs/decisions/0005: the kill follows an answer as closely as a second process can, while that
// turn's commit may still be pending), writes held in memory past their answer (a write-behind queue,
// a commit on a timer or at shutdown), and a database or lock a crashed process leaves unusable to the
// next one. It cannot catch synchronous=OFF: that only skips fsync, which matters when the kernel or the
// power fails, and no test on one running kernel can cut the power. The store runs WAL with
// synchronous=NORMAL (store/database.ts): no acknowledged write lost to a process crash; a power cut may
// lose the last commits, never the file's integrity (SQLite's documented trade-off).
// Tried: with the handler answering before `committed()` settles, this test failed 3 runs of 3 (answered
// creates missing after the first or third kill). With journal_mode=OFF it passed 3 of 3: a torn file
// needs the kill inside a commit's few write() calls, which a short run rarely hits; integrity_check is
// a net here, not a proof.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../main/store/database';
import { provisionedDataDir } from '../../fixtures/services';
import { makeTempDir } from '../../fixtures/temp-dir';

const CLI = join(process.cwd(), 'bin', 'idsvc.mjs');
const ROUNDS = 3;
const WORKERS = 8;
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** What the clients were told, and what was in flight when the answers stopped. */
interface Ledger {
  /** userNames whose create was answered 201. */
  created: Set<string>;
  /** Per user (by id): the givenName last answered 200, and the one sent without an answer. */
  names: Map<string, { userName: string; answered: string; unanswered: string | null }>;
}

async function serve(dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir, '--port', '0', '--rate-limit', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening on (http:\/\/[\d.]+:\d+\/scim\/v2)/.exec(chunk.toString());
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`idsvc serve exited with ${code}: ${stderr}`)));
  });
  return { child, base };
}

interface Answer {
  status: number;
  body: string;
}

/** One request; `onStatus` runs as soon as the status line is in, before the body is read. */
function call(
  agent: Agent,
  url: string,
  token: string,
  method: string,
  body: unknown,
  onStatus: (status: number) => void = () => undefined,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = request(
      url,
      {
        method,
        agent,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(text === undefined ? {} : { 'Content-Type': 'application/scim+json', 'Content-Length': Buffer.byteLength(text) }),
        },
      },
      (response) => {
        onStatus(response.statusCode ?? 0);
        let received = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (received += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: received }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(text);
  });
}

/** Creates and PATCHes from WORKERS clients until the process is killed right after an answer. */
async function loadUntilKilled(child: ChildProcess, base: string, token: string, round: number, ledger: Ledger): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: WORKERS });
  let killed = false;
  let armed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    child.kill('SIGKILL');
  };
  // A 2xx after the armed moment triggers the kill at once: the next commit may not have happened yet.
  const onStatus = (status: number) => {
    if (armed && status >= 200 && status < 300) kill();
  };
  const loadMs = 150 + Math.floor(Math.random() * 350);
  const arm = setTimeout(() => {
    armed = true;
    setTimeout(kill, 2_000).unref();
  }, loadMs);
  const exited = once(child, 'exit');

  const worker = async (w: number) => {
    const own: string[] = [];
    for (let i = 0; !killed; i += 1) {
      try {
        const userName = `k${round}-${w}-${i}@example.com`;
        const created = await call(
          agent,
          `${base}/Users`,
          token,
          'POST',
          { schemas: [USER], userName, name: { givenName: 'Created', familyName: 'Durable' } },
          (status) => {
            if (status === 201) ledger.created.add(userName);
            onStatus(status);
          },
        );
        if (created.status !== 201) throw new Error(`create answered ${created.status}: ${created.body}`);
        const { id } = JSON.parse(created.body) as { id: string };
        ledger.names.set(id, { userName, answered: 'Created', unanswered: null });
        own.push(id);
        const target = own[(i * 7) % own.length]!;
        const entry = ledger.names.get(target)!;
        const givenName = `Patched${round}x${w}x${i}`;
        entry.unanswered = givenName;
        const patched = await call(
          agent,
          `${base}/Users/${target}`,
          token,
          'PATCH',
          { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'name.givenName', value: givenName }] },
          (status) => {
            if (status === 200) {
              entry.answered = givenName;
              entry.unanswered = null;
            }
            onStatus(status);
          },
        );
        if (patched.status !== 200) throw new Error(`PATCH answered ${patched.status}: ${patched.body}`);
      } catch (error) {
        if (killed) return;
        throw error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
  } finally {
    clearTimeout(arm);
    kill();
    await exited;
    agent.destroy();
  }
  return loadMs;
}

/** Every SCIM user the restarted gateway lists: userName -> givenName, and id -> givenName. */
async function listAll(base: string, token: string): Promise<{ byUserName: Map<string, string>; byId: Map<string, string> }> {
  const agent = new Agent({ keepAlive: true });
  const byUserName = new Map<string, string>();
  const byId = new Map<string, string>();
  try {
    for (let start = 1; ; start += 1000) {
      const page = await call(agent, `${base}/Users?startIndex=${start}&count=1000`, token, 'GET', undefined);
      expect(page.status).toBe(200);
      const list = JSON.parse(page.body) as {
        totalResults: number;
        Resources: Array<{ id: string; userName: string; name?: { givenName?: string } }>;
      };
      for (const user of list.Resources) {
        byUserName.set(user.userName, user.name?.givenName ?? '');
        byId.set(user.id, user.name?.givenName ?? '');
      }
      if (start + 1000 > list.totalResults) return { byUserName, byId };
    }
  } finally {
    agent.destroy();
  }
}

function checkFile(dataDir: string): void {
  const db = new Database(join(dataDir, DATABASE_FILE_NAME));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    db.close();
  }
}

describe.skipIf(process.platform === 'win32')('idsvc serve killed with SIGKILL under load', () => {
  const dir = makeTempDir();
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    dir.remove();
  });

  it('keeps every write it answered with a 2xx, and a sound file, over three kills', async () => {
    const dataDir = join(dir.path, 'data');
    const token = await provisionedDataDir(dataDir, 'Durability');
    const ledger: Ledger = { created: new Set(), names: new Map() };
    const loads: number[] = [];
    for (let round = 1; round <= ROUNDS + 1; round += 1) {
      const started = await serve(dataDir);
      child = started.child;
      // What every earlier round was told is there, as the restarted gateway answers it.
      const { byUserName, byId } = await listAll(started.base, token);
      const where = `after ${round - 1} kill(s), each after ${loads.join(', ')} ms of load`;
      expect(
        [...ledger.created].filter((userName) => !byUserName.has(userName)),
        `answered creates lost ${where}`,
      ).toEqual([]);
      for (const [id, entry] of ledger.names) {
        const stored = byId.get(id);
        const allowed = entry.unanswered === null ? [entry.answered] : [entry.answered, entry.unanswered];
        expect(allowed, `givenName of ${entry.userName} ${where}`).toContain(stored);
      }
      if (round > ROUNDS) break;
      const before = ledger.created.size;
      loads.push(await loadUntilKilled(child, started.base, token, round, ledger));
      child = undefined;
      // The kill came after answers, so this round has something to lose.
      expect(ledger.created.size, `creates answered in round ${round}`).toBeGreaterThan(before);
      checkFile(dataDir);
    }
  }, 60_000);
});
