import type { Channel } from '../../../shared/channels'
import type { ChannelInput, ChannelOutput } from '../../../shared/contract'
import type { Result } from '../../../shared/result'

/** What the preload exposes as `window.api` inside Electron (absent in browser mode). */
export type PreloadApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> }

/** Events main sends to the page (Electron only). Each returns a function that unsubscribes. */
export interface AppEvents {
  onOpenInterview: (listener: (interviewId: string) => void) => () => void
}

declare global {
  interface Window {
    api?: PreloadApi
    appEvents?: AppEvents
  }
}
