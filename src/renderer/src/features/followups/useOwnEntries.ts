import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { isUsersOwn, type FollowUp, type LogKind } from '../../../../shared/model/followup'
import { call } from '../../api/client'
import { errorText } from '../../i18n/errorText'
import { useToast } from '../../ui/Toast'

/** What `followups/add` takes to put a deleted entry back as it was (with a new id). */
function restoreInput(entry: FollowUp) {
  const note = entry.note ? { note: entry.note } : {}
  if (entry.type === 'task')
    return {
      type: 'task',
      interviewId: entry.interviewId,
      kind: 'custom',
      dueAt: entry.dueAt!,
      ...note,
    } as const
  return {
    type: 'log',
    interviewId: entry.interviewId,
    kind: entry.kind as LogKind,
    at: entry.at,
    ...(entry.channel ? { channel: entry.channel } : {}),
    ...note,
  } as const
}

/**
 * Correcting and removing what the user logged by hand (or a reminder they set): for an entry, the edit and
 * delete actions of its FollowUpItem, or none when it is a record the app keeps. A removal can be undone for
 * a while from its toast. `onChanged` gets the interview whose log changed, so its list and alerts follow.
 */
export function useOwnEntries(onChanged: (interviewId: string) => void) {
  const { t } = useTranslation()
  const toast = useToast()
  /** Saves a corrected note; gives the error's text when it was refused. */
  const edit = useCallback(
    async (entry: FollowUp, note: string): Promise<string | undefined> => {
      // A note entry is its text, as when it was added.
      if (entry.kind === 'note' && !note.trim()) return t('followups.noteEmpty')
      const result = await call('followups/update', { id: entry.id, note })
      if (!result.ok) return errorText(result.error)
      onChanged(entry.interviewId)
      return undefined
    },
    [onChanged, t],
  )
  const remove = useCallback(
    async (entry: FollowUp, name: string) => {
      const result = await call('followups/delete', { id: entry.id })
      if (!result.ok) return toast(errorText(result.error), 'error')
      onChanged(entry.interviewId)
      const what = entry.type === 'task' ? 'reminder' : 'entry'
      toast(t(`followups.deleted.${what}`, { name }), 'info', {
        action: {
          label: t('followups.undo'),
          run: () =>
            void call('followups/add', restoreInput(result.value)).then((restored) => {
              if (restored.ok) toast(t(`followups.restored.${what}`, { name }))
              else toast(errorText(restored.error), 'error')
              onChanged(entry.interviewId)
            }),
        },
      })
    },
    [onChanged, t, toast],
  )
  return useCallback(
    (entry: FollowUp) =>
      isUsersOwn(entry)
        ? { onEdit: (note: string) => edit(entry, note), onDelete: (name: string) => remove(entry, name) }
        : {},
    [edit, remove],
  )
}
