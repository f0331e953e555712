import { CHANNELS, type Channel } from '../shared/channels'
import { contract, type ChannelOutput, type ChannelParsed } from '../shared/contract'
import { AppFailure, fail, ok, type Result } from '../shared/result'
import { summarizeIssues, toFieldIssues } from '../shared/validation'

export type Handler<C extends Channel> = (
  input: ChannelParsed<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>
export type HandlerMap = { [C in Channel]: Handler<C> }

type AnyHandler = (input: unknown) => unknown

/**
 * The one map from channel to handler that both transports serve. Every call is validated against the
 * contract and answered with a Result: no exception and no stack trace crosses the boundary.
 */
export class Registry {
  private readonly handlers = new Map<string, AnyHandler>()

  constructor(private readonly log: (message: string, error: unknown) => void = console.error) {}

  register<C extends Channel>(channel: C, handler: Handler<C>): void {
    if (this.handlers.has(channel)) throw new Error(`Channel ${channel} is registered twice`)
    if (!(CHANNELS as readonly string[]).includes(channel))
      throw new Error(`Channel ${channel} is not in the contract`)
    this.handlers.set(channel, handler as AnyHandler)
  }

  channels(): string[] {
    return [...this.handlers.keys()]
  }

  async dispatch(channel: string, input: unknown): Promise<Result<unknown>> {
    const handler = this.handlers.get(channel)
    if (!handler) return fail('UNKNOWN_CHANNEL', `There is no channel named ${JSON.stringify(channel)}.`)
    const parsed = contract[channel as Channel].input.safeParse(input)
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error)
      return fail('VALIDATION', summarizeIssues(issues), issues)
    }
    try {
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.issues)
      this.log(`Channel ${channel} failed`, error)
      return fail('INTERNAL', 'Something went wrong inside the app. Nothing was changed by this request.')
    }
  }
}

/** Registers every handler of the map; a channel of the contract without a handler is a start-up error. */
export function createRegistry(
  handlers: HandlerMap,
  log?: (message: string, error: unknown) => void,
): Registry {
  const registry = new Registry(log)
  for (const channel of CHANNELS) registry.register(channel, handlers[channel] as Handler<typeof channel>)
  return registry
}
