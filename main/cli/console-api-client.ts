// CLI commands call the console API through the same dispatcher as the console, so every input is
// validated by the contract, privileges are checked for the OS user running idsvc, and refusals read
// the same. A refusal becomes a one-line CliError.
import type { Channel, ChannelInput, ChannelOutput } from '../../preload/contract';
import type { ChannelAccess } from '../../preload/privileges';
import { createDispatcher, refusal } from '../console-api/dispatcher';
import { createHandlers } from '../console-api/handlers';
import { osUserActor } from '../services/context';
import { resolveDataDir } from '../services/data-dir';
import { openServices, type Services, type ServicesOptions } from '../services/services';
import { CliError } from './cli-error';

export interface CliApi {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** For commands that read the services directly (streams): refuses as the dispatcher would. */
  authorize(needed: ChannelAccess): void;
}

export async function withCliApi<T>(
  dataDirFlag: string | undefined,
  options: ServicesOptions,
  work: (api: CliApi, services: Services) => Promise<T>,
): Promise<T> {
  const services = openServices(resolveDataDir({ flag: dataDirFlag }), options);
  const dispatch = createDispatcher(createHandlers(services), services.operators);
  const actor = osUserActor();
  const api: CliApi = {
    async call(channel, input) {
      const envelope = await dispatch(channel, input, { actor });
      if (envelope.ok) return envelope.value as ChannelOutput<typeof channel>;
      // The console's messages already name what is wrong in words; usage-style refusals exit 2.
      throw new CliError(envelope.error.message, envelope.error.code === 'validation' ? 2 : 1);
    },
    authorize(needed) {
      const refused = refusal(services.operators, needed, actor);
      if (refused) throw new CliError(refused.message, 1);
    },
  };
  try {
    return await work(api, services);
  } finally {
    services.close();
  }
}
