import type { Channel } from '../../../shared/channels'
import type { ChannelInput, ChannelOutput } from '../../../shared/contract'
import type { Result } from '../../../shared/result'

/** What the preload exposes as `window.api` inside Electron (absent in browser mode). */
export type PreloadApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> }

declare global {
  interface Window {
    api?: PreloadApi
  }
}
