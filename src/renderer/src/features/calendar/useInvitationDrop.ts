import { useState, type DragEvent } from 'react'
import type { InvitationReading } from '../../../../shared/model/invitation'
import type { AppError } from '../../../../shared/result'
import { call } from '../../api/client'
import { readAsBase64 } from '../../api/files'

/**
 * Dropping an invitation file (.eml, .ics, .txt) on the calendar: the file is read by `invitations/parse`
 * and handed on to open a new-interview form filled from it. Only file drags are taken; moving an
 * interview (a pointer drag) is left alone.
 */
export function useInvitationDrop(
  zone: string,
  onRead: (reading: InvitationReading) => void,
  onError: (error: AppError) => void,
) {
  const [dragging, setDragging] = useState(false)
  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files')
  return {
    dragging,
    handlers: {
      onDragOver: (event: DragEvent) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setDragging(true)
      },
      onDragLeave: () => setDragging(false),
      onDrop: async (event: DragEvent) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setDragging(false)
        const file = event.dataTransfer.files[0]
        if (!file) return
        const base64 = await readAsBase64(file, () => undefined)
        const result = await call('invitations/parse', { base64, fileName: file.name, timeZone: zone })
        if (result.ok) onRead(result.value)
        else onError(result.error)
      },
    },
  }
}
