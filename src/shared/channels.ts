/**
 * Every channel name, as a plain list: the sandboxed preload needs the names and nothing else
 * (no zod, no schemas). `contract.ts` is checked against this list at compile time.
 */
export const CHANNELS = [
  'interviews/create',
  'interviews/update',
  'interviews/get',
  'interviews/list',
  'interviews/count',
  'interviews/delete',
  'interviews/history',
  'settings/get',
  'settings/update',
  'settings/adoptDefaults',
  'backup/create',
  'backup/list',
  'backup/restore',
  'alerts/list',
  'reminders/due',
  'drafts/create',
  'drafts/markSent',
  'reschedule/answer',
  'drafts/check',
  'followups/add',
  'followups/list',
  'followups/complete',
  'ics/import',
  'ics/export',
  'ics/exportProgress',
  'invitations/parse',
  'data/export',
  'data/import',
  'travel/list',
  'travel/set',
  'travel/delete',
  'database/status',
  'database/reset',
  'database/check',
  'database/openFolder',
] as const

export type Channel = (typeof CHANNELS)[number]
