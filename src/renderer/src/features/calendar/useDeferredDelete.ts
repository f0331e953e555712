import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import { call } from '../../api/client'
import { errorText } from '../../i18n/errorText'
import { UNDO_MS, useToast } from '../../ui/Toast'

/**
 * Delete with an Undo: the interviews disappear from the calendar at once, and are deleted for real when
 * the undo time is over (or the page goes away). Nothing is ever half gone: until then the database still
 * holds them with their history and follow-ups, and Undo simply shows them again. `onDeleted` hears the ids
 * once they are gone (the caller patches what named them).
 */
export function useDeferredDelete(onDeleted: (ids: readonly string[]) => void) {
  const { t } = useTranslation()
  const toast = useToast()
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const pending = useRef(new Map<string, ReturnType<typeof setTimeout>>())
  const done = useRef(onDeleted)
  useEffect(() => {
    done.current = onDeleted
  })

  const commit = useCallback(
    async (ids: readonly string[]) => {
      for (const id of ids) {
        clearTimeout(pending.current.get(id))
        pending.current.delete(id)
      }
      for (const id of ids) {
        const result = await call('interviews/delete', { id })
        if (!result.ok && result.error.code !== 'NOT_FOUND') toast(errorText(result.error), 'error')
      }
      setHidden((current) => new Set([...current].filter((id) => !ids.includes(id))))
      if (ids.length > 0) done.current(ids)
    },
    [toast],
  )

  const remove = useCallback(
    (interviews: readonly Interview[], text: string) => {
      const ids = interviews.map((interview) => interview.id)
      setHidden((current) => new Set([...current, ...ids]))
      const timer = setTimeout(() => void commit(ids), UNDO_MS)
      for (const id of ids) pending.current.set(id, timer)
      toast(text, 'info', {
        action: {
          label: t('agenda.undo'),
          run: () => {
            clearTimeout(timer)
            for (const id of ids) pending.current.delete(id)
            setHidden((current) => new Set([...current].filter((id) => !ids.includes(id))))
          },
        },
      })
    },
    [commit, t, toast],
  )

  // Leaving the page (or the component) ends the undo time: what was deleted is deleted.
  useEffect(() => {
    const flush = () => void commit([...pending.current.keys()])
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [commit])

  return { hidden, remove }
}
