// The first view's calls, started together when the console boots rather than one after another:
// the settings tab asks for the settings, the organizations and the tokens only once session:whoami
// has answered and the tab has rendered, so each waited for the one before (issue #11). Here all four
// go out at once, and the first time a view asks for one of them it gets that answer, if it is fresh;
// every later call goes to main as before. The four are open to any operator; an account without
// privileges is refused them, which costs nothing (refusals are not logged) and is never shown.
import type { Channel, ConsoleApi } from '../../preload/contract';

export const FIRST_CALLS = [
  'session:whoami',
  'settings:get',
  'organizations:list',
  'tokens:list',
] as const satisfies readonly Channel[];

/** An early answer older than this is not handed out: the caller asks main again. */
export const FIRST_CALL_FRESH_MS = 10_000;

type FirstCall = (typeof FIRST_CALLS)[number];
const isFirstCall = (channel: Channel): channel is FirstCall => (FIRST_CALLS as readonly Channel[]).includes(channel);
const hasNoInput = (input: unknown) => typeof input === 'object' && input !== null && Object.keys(input).length === 0;

/** The same API (its other members kept, e.g. the audit download), whose first calls have already started. */
export function withFirstCalls<A extends ConsoleApi>(api: A, now: () => number = () => performance.now()): A {
  const startedAt = now();
  const early = new Map<Channel, Promise<unknown>>();
  for (const channel of FIRST_CALLS) {
    const answer = api.invoke(channel, {});
    // Nobody may ever take it (a refused session shows only the notice): no unhandled rejection.
    answer.catch(() => undefined);
    early.set(channel, answer);
  }
  const invoke: ConsoleApi['invoke'] = (channel, input) => {
    const answer = isFirstCall(channel) ? early.get(channel) : undefined;
    if (answer === undefined) return api.invoke(channel, input);
    early.delete(channel);
    if (!hasNoInput(input) || now() - startedAt > FIRST_CALL_FRESH_MS) return api.invoke(channel, input);
    return answer as ReturnType<typeof api.invoke<typeof channel>>;
  };
  return { ...api, invoke };
}
