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

/**
 * The console's caller is the OS account running it (operators are OS accounts): `DOMAIN\name` on
 * Windows, where the bare name is ambiguous between a local and a domain account; the login name elsewhere.
 */
export function osUserActor(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Actor {
  try {
    const name = userInfo().username;
    const domain = env.USERDOMAIN;
    return { name: platform === 'win32' && domain ? `${domain}\\${name}` : name };
  } catch {
    return { name: 'unknown OS user' };
  }
}
