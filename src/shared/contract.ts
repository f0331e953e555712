import { z } from 'zod'
import type { Channel } from './channels'
import { backupFileSchema, type Backup, type DatabaseStatus } from './model/backup'
import {
  idSchema,
  interviewInputSchema,
  interviewListSchema,
  interviewUpdateSchema,
  type Interview,
} from './model/interview'
import { settingsUpdateSchema, type Settings } from './model/settings'

/** A channel: its strict input schema, and its output type (carried for typing only). */
interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input
  output?: Output
}

const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({ input })

const empty = z.strictObject({})
const byId = z.strictObject({ id: idSchema })

/** The product's API: both transports (Electron IPC and browser-mode HTTP) serve exactly this map. */
export const contract = {
  'interviews/create': channel<Interview>()(interviewInputSchema),
  'interviews/update': channel<Interview>()(interviewUpdateSchema),
  'interviews/get': channel<Interview>()(byId),
  'interviews/list': channel<Interview[]>()(interviewListSchema),
  'interviews/delete': channel<{ id: string }>()(byId),
  'settings/get': channel<Settings>()(empty),
  'settings/update': channel<Settings>()(settingsUpdateSchema),
  'backup/create': channel<Backup>()(empty),
  'backup/list': channel<Backup[]>()(empty),
  'backup/restore': channel<{ restored: string; keptAside?: string }>()(
    z.strictObject({ file: backupFileSchema }),
  ),
  'database/status': channel<DatabaseStatus>()(empty),
  /** Starts a fresh database after a failed open; the damaged file is kept aside, never deleted. */
  'database/reset': channel<DatabaseStatus>()(empty),
} satisfies Record<Channel, ChannelSpec<z.ZodType, unknown>>

type Contract = typeof contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = NonNullable<Contract[C]['output']>
