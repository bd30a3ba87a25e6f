// What every service call knows about its caller and time.
import { userInfo } from 'node:os';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Who a change is attributed to in the audit log. */
export interface Actor {
  name: string;
}

/** Until sign-in exists, the console's actor is the OS user running it. */
export function osUserActor(): Actor {
  try {
    return { name: userInfo().username };
  } catch {
    return { name: 'unknown OS user' };
  }
}
