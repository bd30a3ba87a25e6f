// The console API through the preload bridge (desktop app). Failures become ApiError here because
// contextBridge would strip an error's code and field.
import type { PreloadBridge } from '../../preload/index';
import { ApiError } from '../../preload/api-error';
import type { ConsoleApi } from '../../preload/contract';

declare global {
  interface Window {
    idsvc?: PreloadBridge;
  }
}

export function createElectronApi(bridge: PreloadBridge): ConsoleApi {
  return {
    async invoke(channel, input) {
      const envelope = await bridge.invoke(channel, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    },
  };
}
