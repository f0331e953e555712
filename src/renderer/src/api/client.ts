import type { Channel } from '../../../shared/channels'
import type { ChannelInput, ChannelOutput } from '../../../shared/contract'
import { AppFailure, type Result } from '../../../shared/result'
import type { DatabaseStatus } from '../../../shared/model/backup'
import { MAX_REQUEST_BYTES } from '../../../shared/model/limits'

type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>

const TOKEN_KEY = 'interview-desk-token'

/**
 * Browser mode: the token arrives in the URL fragment once; it is kept for this tab only and removed
 * from the address bar so it does not linger in screenshots or history.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash)
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', location.pathname + location.search)
  }
  return storage.getItem(TOKEN_KEY) ?? undefined
}

export function httpTransport(token: string | undefined, fetcher: typeof fetch = fetch): Transport {
  return async (channel, input) => {
    const response = await fetcher(`/api/${channel}`, {
      method: 'POST',
      // Without the token (a reload, a bookmark) the session cookie the server set speaks for the page.
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input ?? {}),
    })
    return (await response.json()) as Result<unknown>
  }
}

function ipcTransport(api: NonNullable<Window['api']>): Transport {
  return (channel, input) => (api[channel] as (input: unknown) => Promise<Result<unknown>>)(input)
}

let transport: Transport | undefined

/** The most one call may carry: browser mode's HTTP limit. Electron's IPC sets none of its own. */
export function requestLimit(): number | undefined {
  return window.api ? undefined : MAX_REQUEST_BYTES
}

function currentTransport(): Transport {
  transport ??= window.api
    ? ipcTransport(window.api)
    : httpTransport(takeToken(window.location, window.sessionStorage, window.history))
  return transport
}

/**
 * Forgets the transport, so the next call chooses again. For tests only: they share this module, and each
 * sets up its own app (`window.api`) or server (`fetch`).
 */
export function resetTransport(): void {
  transport = undefined
}

/** Fired on the window when a call finds the data file removed or replaced: the app re-reads its status. */
export const DATABASE_REPLACED_EVENT = 'interview-desk:database-replaced'

/** Calls a channel and returns its Result; a broken connection becomes a failed Result too. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  try {
    const result = (await currentTransport()(channel, input)) as Result<ChannelOutput<C>>
    // A call refused because the file is gone, or a status that says so (the Data page asks for it).
    const replaced = result.ok
      ? channel === 'database/status' && (result.value as DatabaseStatus).state === 'replaced'
      : result.error.code === 'DB_REPLACED'
    if (replaced) window.dispatchEvent(new Event(DATABASE_REPLACED_EVENT))
    return result
  } catch {
    return {
      ok: false,
      error: { code: 'DB_UNAVAILABLE', message: 'The app did not answer. Is it still running?' },
    }
  }
}

/** Like `call`, but throws the failure: for places where an error is shown by the caller's catch. */
export async function request<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await call(channel, input)
  if (!result.ok) throw new AppFailure(result.error.code, result.error.message, result.error.issues)
  return result.value
}
